/**
 * People the article names with a title, an honorific or a describing adjective before them
 * («الرئيس فلاديمير بوتن»، «الستيني بخيت بن محمد الزهراني»، «اللاعب المصري محمد صلاح»), whether
 * or not they speak where they are introduced. Built once per article (one linear pass), so that
 * a speaker called later by one of their names (وأعلن بوتن، صلاح قال، ويقدم لها الزهراني …،
 * موضحا) gets the fullest name the article gave them, the way the judging rules want it.
 */
import { COMPLEMENTISERS, FRAMES, HONORIFICS, NAME_PARTICLES, NP_STOP, PARTICIPLE_CUES, TITLES, VERB_CUES } from './lexicon';
import { accusativePair, bare, definite, nameLike, nisba } from './speaker';
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

function introduces(it: Item): boolean {
  if (it.k !== K.Word) return false;
  return TITLES.has(it.s) || TITLES.has(bare(it.s)) || HONORIFICS.has(it.s) || nisba(it.s);
}

/** A word that may be part of a person's name (not a role, a cue, a preposition or a number). */
function nameWord(it: Item | undefined): boolean {
  if (!it || it.k !== K.Word) return false;
  const s = it.s;
  if (NP_STOP.has(s) || VERB_CUES.has(s) || PARTICIPLE_CUES.has(s) || COMPLEMENTISERS.has(s) || FRAMES.has(s)) return false;
  if (NAME_PARTICLES.has(s)) return true;
  return nameLike({ norm: s, text: s }) && !/^[لب][^ل]/.test(s);
}

/** Every titled or described mention of a person, in reading order. */
export function findMentions(items: Item[], slice: (s: number, e: number) => string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < items.length - 2; k++) {
    if (!introduces(items[k]!)) continue;
    // Past further role words and adjectives: «اللاعب المصري محمد صلاح».
    let a = k + 1;
    while (a < items.length && a < k + 4 && introduces(items[a]!)) a++;
    // «العداء الكيني، إليود كيبتشوغي،»: the name in apposition, between commas, after a title.
    if (items[a]?.k === K.Comma && nameWord(items[a + 1]) && a > k + 1 && !nisba(items[k]!.s)) a++;
    const first = items[a];
    // «إليود»، «ألكسندر»: written with a hamza, the ال is part of the name, not the article.
    const article = (it: Item) => definite(it.s) && !/^[إأآ]/.test(slice(it.start, it.end));
    if (!nameWord(first) || article(first!)) continue;
    let b = a + 1;
    // A family name with ال only after a given name or a particle (بخيت بن محمد الزهراني), and it
    // ends the name («الرئيس كمال الحسيني خطابا»: the object follows).
    // «بن علي»: علي (folded like the preposition على) is a name after a particle.
    const part = (j: number) => nameWord(items[j]) || (items[j]?.s === 'علي' && NAME_PARTICLES.has(items[j - 1]!.s));
    while (b < items.length && b < a + MAX_NAME && part(b) && !article(items[b - 1]!) && !accusativePair(items[b]!.s, items[b + 1]?.s)) b++;
    if (b - a < 2 || NAME_PARTICLES.has(items[b - 1]!.s)) continue;
    const keys = items.slice(a, b).map((it) => bare(it.s)).filter((w) => !NAME_PARTICLES.has(w));
    out.push({ name: slice(items[a]!.start, items[b - 1]!.end), keys, at: a });
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
