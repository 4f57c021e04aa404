/**
 * People the article names with a title, an honorific or a describing adjective before them
 * («الرئيس فلاديمير بوتن»، «الستيني بخيت بن محمد الزهراني»، «اللاعب المصري محمد صلاح»), whether
 * or not they speak where they are introduced. Built once per article (one linear pass), so that
 * a speaker called later by one of their names (وأعلن بوتن، صلاح قال، ويقدم لها الزهراني …،
 * موضحا) gets the fullest name the article gave them, the way the judging rules want it.
 */
import { COMPLEMENTISERS, DEMONSTRATIVES, FRAMES, HONORIFICS, NAME_PARTICLES, NP_STOP, PARTICIPLE_CUES, QAD, spelledAsNoun, TITLES, VERB_CUES, VERBAL_NOUNS } from './lexicon';
import { accusativePair, bare, definite, gluedPreposition, nameLike, nisba, titleWord } from './speaker';
import { K, type Item } from './stream';

export interface Mention {
  /** The name as written. */
  name: string;
  /** Its words, normalised and without ال (the keys it is found by). */
  keys: string[];
  /** Item index of its first word. */
  at: number;
}

const MAX_NAME = 5;

/** Words that head a place's name (منطقة القصيم، محافظة جدة): a governor's post, never a person. */
const PLACE_HEADS: ReadonlySet<string> = new Set(['منطقه', 'محافظه', 'مدينه', 'ولايه', 'اقليم', 'مقاطعه', 'بلديه']);

/**
 * «إمام وخطيب المسجد الحرام الشيخ …» (round 38): a second role joined with و is more of the role, not
 * a name (خطيب, a preacher, is no title of its own: الخطيب is a family name).
 */
function joinedRole(s: string): boolean {
  return /^و./.test(s) && (TITLES.has(s.slice(1)) || s === 'وخطيب');
}

function isDefinite(it: Item | undefined): boolean {
  return it !== undefined && it.k === K.Word && definite(it.s);
}

function introduces(it: Item): boolean {
  if (it.k !== K.Word) return false;
  return titleWord(it.s) || HONORIFICS.has(it.s) || nisba(it.s);
}

/**
 * A word that may be part of a person's name (not a role, a cue, a preposition or a number). A word
 * with ب/ل glued is a preposition's, unless `inside` a name another name word began (بارتوميو).
 */
function nameWord(it: Item | undefined, slice: (s: number, e: number) => string, inside = false): boolean {
  if (!it || it.k !== K.Word) return false;
  const s = it.s;
  if (NP_STOP.has(s) || (VERB_CUES.has(s) && !spelledAsNoun(s, slice(it.start, it.end))) || PARTICIPLE_CUES.has(s) || COMPLEMENTISERS.has(s) || FRAMES.has(s)) return false;
  if (NAME_PARTICLES.has(s)) return true;
  return nameLike({ norm: s, text: s }) && (inside || !gluedPreposition(s));
}

/**
 * «يدرك جوزيه مورينيو مدرب تشيلسي …»، «قال دان كوتيس، رئيس الاستخبارات»: a name of two to four
 * words right before a title (a comma between them or not) is that person's too. The name starts
 * after a word no name has (a preposition, a cue, a definite noun); a name that starts its sentence
 * with three words or more begins with the sentence's verb (رفض ماريو غوتزه), which is dropped.
 * Returns the mention, or null.
 */
function nameBeforeTitle(items: Item[], k: number, slice: (s: number, e: number) => string): Mention | null {
  let b = k - 1;
  if (items[b]?.k === K.Comma) b--;
  let a = b;
  const opens = (j: number) => j === 0 || items[j - 1]!.sentence !== items[j]!.sentence || items[j - 1]!.k === K.Break || items[j - 1]!.k === K.End;
  // Only the last word may have ال (a family name: محمد الزهراني مدير …); «تلك النساء نجمة …» is no name.
  // A word with ب/ل is a name's inside the name (بارتوميو), a preposition's at its start (below).
  // «فقد نصح حسن روحاني نظيره»: قد and the verb after it are no name's.
  // «إمام وخطيب المسجد الحرام الشيخ …» (round 38): a title joined with و is a role, not a name.
  const part = (j: number) => nameWord(items[j], slice, j > 0 && nameWord(items[j - 1], slice)) && !joinedRole(items[j]!.s) && !QAD.test(items[j]!.s) && !QAD.test(items[j - 1]?.s ?? '') && !DEMONSTRATIVES.has(items[j]!.s) && (j === b || !definite(items[j]!.s)) && !accusativePair(items[j]!.s, items[j + 1]?.s) && !accusativePair(items[j - 1]?.s ?? '', items[j]!.s);
  while (a >= 0 && b - a < MAX_NAME - 1 && part(a) && !opens(a)) a--;
  // Stopped at the sentence's first word: a verb unless the name is short (جوزيه مورينيو مدرب …).
  if (a >= 0 && opens(a) && part(a)) {
    if (b - a + 1 <= 2) a--;
  }
  a++;
  if (gluedPreposition(items[a]!.s)) a++;
  if (b - a + 1 < 2 || definite(items[a]!.s) || NAME_PARTICLES.has(items[a]!.s) || NAME_PARTICLES.has(items[b]!.s) || PLACE_HEADS.has(items[a]!.s)) return null;
  // The word before must not be a name word we stopped at for length: then where the name starts is unknown.
  if (a > 0 && part(a - 1) && !opens(a - 1) && b - a + 1 >= MAX_NAME - 1) return null;
  const keys = items.slice(a, b + 1).map((it) => bare(it.s)).filter((w) => !NAME_PARTICLES.has(w));
  // «حسين الخليفة، مدير …، وخالد السيف، مدير …»: the و joining a list is not the name's.
  if (a > 0 && items[a - 1]!.k === K.Comma && /^و../.test(items[a]!.s) && nameWord({ ...items[a]!, s: items[a]!.s.slice(1) }, slice) && slice(items[a]!.start, items[a]!.start + 1) === 'و') {
    keys[0] = bare(items[a]!.s.slice(1));
    return { name: spoken(slice(items[a]!.start + 1, items[b]!.end)), keys, at: a };
  }
  return { name: spoken(slice(items[a]!.start, items[b]!.end)), keys, at: a };
}

/**
 * «المدرب أرسين فينغر يأمل في مشاركتهما» (round 38): a four-letter word in ي before a preposition
 * is the sentence's present-tense verb, not a third name word; given names of that shape are kept.
 */
const YA_NAMES = new Set(['يوسف', 'يونس', 'يحيي', 'ياسر', 'يسري', 'يامن']);
function presentVerb(items: Item[], j: number): boolean {
  const w = items[j]!.s;
  const next = items[j + 1];
  return /^ي.{3}$/u.test(w) && !YA_NAMES.has(w) && next?.k === K.Word && ['في', 'الي', 'علي', 'ان', 'من'].includes(next.s);
}

/**
 * «حدد المهاجم الجزائري رياض محرز هدفه مع …» (round 38): a third word with a possessive ه is the
 * verb's object; names that end in ه end in يه (جوزيه، وجيه) or are الله.
 */
function possessed(text: string): boolean {
  return /[^يةه]ه$/u.test(text) && text.length >= 4 && !text.endsWith('الله');
}

/** A name as written, with a hashtag's underscores (#رودريغو_دوتيرتي) read as the spaces they stand for (round 37). */
function spoken(name: string): string {
  return name.replace(/_+/g, ' ');
}

/** Every titled or described mention of a person, in reading order. */
export function findMentions(items: Item[], slice: (s: number, e: number) => string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < items.length - 2; k++) {
    if (!introduces(items[k]!)) continue;
    // Not «… يعرف باسم»: a title word with ب/ل is a preposition's object.
    if (k > 1 && titleWord(items[k]!.s) && !gluedPreposition(items[k]!.s) && !introduces(items[k - 1]!)) {
      const before = nameBeforeTitle(items, k, slice);
      if (before && !out.some((m) => m.at === before.at)) out.push(before);
    }
    // Past further role words and adjectives: «اللاعب المصري محمد صلاح».
    let a = k + 1;
    while (a < items.length && a < k + 4 && introduces(items[a]!)) a++;
    // «العداء الكيني، إليود كيبتشوغي،»: the name in apposition, between commas, after a title.
    if (items[a]?.k === K.Comma && nameWord(items[a + 1], slice) && a > k + 1 && !nisba(items[k]!.s)) a++;
    const first = items[a];
    // «إليود»، «ألكسندر»: written with a hamza, the ال is part of the name, not the article.
    const article = (it: Item) => definite(it.s) && !/^[إأآ]/.test(slice(it.start, it.end));
    // «وأكد متحدث باسم الجيش حصول الغارات»: a verbal noun opens the verb's content, not a name.
    // «إمام وخطيب المسجد الحرام» (round 38): a second title joined with و is more of the role.
    // «أمير منطقة القصيم الأمير فيصل بن بندر»: a region after the title is the post, not a name.
    // (A joined role before a team's name goes on to the name after the comma: «قائد وحارس يوفنتوس الإيطالي، جانلويجي بوفون،».)
    if (!nameWord(first, slice) || article(first!) || VERBAL_NOUNS.has(first!.s) || (joinedRole(first!.s) && isDefinite(items[a + 1])) || PLACE_HEADS.has(first!.s)) continue;
    // «… لجهاز الشرطة الخليجية وتعزيز دوره»، «الاتحاد الوطني الكردستاني وحركة التغيير» (round 31):
    // after an adjective of origin that no title precedes, a word with و goes on with a list, not a name.
    if (a === k + 1 && nisba(items[k]!.s) && !TITLES.has(items[k]!.s) && !HONORIFICS.has(items[k]!.s) && /^و../.test(first!.s)) continue;
    let b = a + 1;
    // A family name with ال only after a given name or a particle (بخيت بن محمد الزهراني), and it
    // ends the name («الرئيس كمال الحسيني خطابا»: the object follows).
    // «بن علي»: علي (folded like the preposition على) is a name after a particle.
    const part = (j: number) => nameWord(items[j], slice) || (items[j]?.s === 'علي' && NAME_PARTICLES.has(items[j - 1]!.s));
    // «عبد اللطيف الزياني» (round 31): the ال-word of a compound given name after عبد does not end the name.
    const compound = (j: number) => items[j - 1]?.s === 'عبد' && j - 1 >= a;
    while (b < items.length && b < a + MAX_NAME && part(b) && (!article(items[b - 1]!) || compound(b - 1)) && !accusativePair(items[b]!.s, items[b + 1]?.s) && !(b > a + 1 && (presentVerb(items, b) || possessed(slice(items[b]!.start, items[b]!.end))))) b++;
    // «قائد وحارس يوفنتوس الإيطالي، جانلويجي بوفون،»: a team or country with its nisba, then the
    // person's name between commas.
    if (items[b]?.k === K.Comma && nisba(items[b - 1]!.s)) {
      let e = b + 1;
      while (e < items.length && e < b + 1 + MAX_NAME && nameWord(items[e], slice, e > b + 1) && !article(items[e]!)) e++;
      if (e - b - 1 >= 2 && e - b - 1 <= 4 && items[e]?.k === K.Comma) {
        a = b + 1;
        b = e;
      }
    }
    if (b - a < 2 || NAME_PARTICLES.has(items[b - 1]!.s)) continue;
    const keys = items.slice(a, b).map((it) => bare(it.s)).filter((w) => !NAME_PARTICLES.has(w));
    out.push({ name: spoken(slice(items[a]!.start, items[b - 1]!.end)), keys, at: a });
    k = b - 1;
  }
  return out;
}

/**
 * The latest mention before item `before` that contains every one of `words` (normalised) and
 * more (or as many, with orSame: the article introduced that very name): «بوتن» → «فلاديمير بوتن». Null when none does, or when two different people would fit
 * (two brothers with one family name): then the short name stays as written.
 */
export function fullerMention(mentions: readonly Mention[], words: readonly string[], before: number, orSame = false): Mention | null {
  const keys = words.map(bare);
  let found: Mention | null = null;
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n]!;
    if (m.at >= before || m.keys.length < keys.length + (orSame ? 0 : 1) || !keys.every((w) => m.keys.includes(w))) continue;
    if (found && found.keys.join(' ') !== m.keys.join(' ') && !found.keys.every((w) => m.keys.includes(w)) && !m.keys.every((w) => found!.keys.includes(w))) return null;
    if (!found || m.keys.length > found.keys.length) found = m;
  }
  return found;
}
