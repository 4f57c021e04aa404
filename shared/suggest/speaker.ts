/**
 * Who is speaking, from the words between a cue and its content: «قال [وزير الخارجية
 * الأمريكي مايك بومبيو] في بيان إن…». The phrase is split into a role (titles, ranks,
 * organisations) and a name (the trailing run of name-like words), read from the end:
 * a name word is not a title, not a stop word, and starts with ال only when a name word comes
 * before it (محمد العاصمي, عبد الله). A phrase with no name is an organisation (its head is a
 * known organisation word), an unnamed source (مصدر مطلع), or a title alone (الوزير) that the
 * detector then resolves to a person named earlier.
 */
import { COMPOUND_ENDS, DEMONSTRATIVES, GENERIC_SOURCES, HONORIFICS, LB_NAMES, NAME_PARTICLES, NP_STOP, ORG_HEADS, TITLES, VERBAL_NOUNS } from './lexicon';
import type { Item } from './stream';
import type { DetectedSpeaker } from './types';

export interface PhraseWord {
  norm: string;
  text: string;
  /** A comma comes before this word (apposition: «وزير الخارجية، عادل الجبير، …»). */
  comma?: boolean;
  /** The item index of the word, when read from the stream by the detector. */
  at?: number;
}

export interface Phrase {
  speaker: DetectedSpeaker;
  /** No name: only a title or role (الوزير، مدير المكتب), to be resolved to someone named earlier. */
  titleOnly: boolean;
  /** Neither a name, a title nor a known organisation (الأرصاد، الاتفاق): may be the verb's object instead. */
  weak?: boolean;
  /** An unnamed source known by what it speaks for (متحدث باسم الجيش): not titleOnly, yet perhaps named next. */
  unnamed?: boolean;
}

/** Kinship words that describe a person named before them (رشا، شقيقة الناشط …، خديجة جنكيز، خطيبة …). */
export const KIN: ReadonlySet<string> = new Set([
  'شقيق', 'شقيقه', 'ابن', 'ابنه', 'نجل', 'نجله', 'زوج', 'زوجه', 'والد', 'والده', 'ارمله', 'اخ', 'اخت', 'حفيد', 'حفيده', 'صديق', 'صديقه',
  'خطيب', 'خطيبه',
]);

/** «أحد منظمي الفعالية»، «إحدى المشاركات»: one of a group, a description and not a name. */
const ONE_OF: ReadonlySet<string> = new Set(['احد', 'احدي', 'واحد', 'واحده']);

/** Longest name we accept: longer runs are clauses, not names. */
const MAX_NAME = 5;
const MAX_PHRASE = 12;

/** ال-less form of a normalised word, also without a ل/ب/و clitic before ال (للوزارة → وزاره). */
export function bare(norm: string): string {
  let w = norm;
  if (w.startsWith('لل') && w.length > 3) return w.slice(2);
  if ((w.startsWith('وال') || w.startsWith('بال') || w.startsWith('فال')) && w.length > 4) w = w.slice(1);
  if (w.startsWith('ال') && w.length > 3) return w.slice(2);
  return w;
}

/**
 * A word that opens with a glued ل/ب preposition (لمكافحة، بوزارة، بالوزارة; a لل-word is left to
 * the callers, which read it as an ال-word): never the start of a name — unless the word is a name
 * that starts with the letter (بشار، لبنى).
 */
export function gluedPreposition(norm: string): boolean {
  return /^[لب][^ل]/.test(norm) && !LB_NAMES.has(norm);
}

/** A ل/ب glued to a title or organisation (لمنظمة، بوزارة) leaves it one. */
function unglued(norm: string): string {
  return gluedPreposition(norm) && norm.length > 3 ? norm.slice(1) : norm;
}

/** A title, with or without ال or a clitic before ال (الوزير، وزير، للوزير). */
export function titleWord(norm: string): boolean {
  return TITLES.has(norm) || TITLES.has(bare(norm));
}

function isTitle(norm: string): boolean {
  return titleWord(norm) || TITLES.has(unglued(norm));
}

function isOrg(norm: string): boolean {
  return ORG_HEADS.has(norm) || ORG_HEADS.has(bare(norm)) || ORG_HEADS.has(unglued(norm));
}

function isDigitWord(norm: string): boolean {
  return /^[0-9]/.test(norm);
}

/** A definite word: ال, or ال after a glued preposition or conjunction (بالحدود، للطاقة، والفنون). */
export function definite(norm: string): boolean {
  return norm.startsWith('ال') || /^(بال|وال|فال|كال|لل)/.test(norm);
}

/** A definite relative adjective (النرويجي، الأمريكية، المصري): a nationality or affiliation, not a name. */
export function nisba(norm: string): boolean {
  return norm.startsWith('ال') && norm.length > 4 && (norm.endsWith('ي') || norm.endsWith('يه'));
}

/**
 * «أطلقت ناسا تلسكوبا جديدا»: two words in a row ending in alif (an indefinite accusative noun and
 * its adjective) are the verb's object, not more of a name (names rarely end so twice running).
 */
export function accusativePair(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.length >= 4 && b.length >= 4 && a.endsWith('ا') && b.endsWith('ا') && !a.startsWith('ال');
}

/** Does the name that starts at `from` end with «آل X» before word k (آل مروان: what follows is no name's)? */
export function afterFamilyName(words: readonly PhraseWord[], from: number, k: number): boolean {
  return k - 2 >= from && words[k - 2]!.norm === 'ال';
}

/** A word whose ال is the name's own, written with a hamza (إلياس، ألكسندر، آلاء), not إليه or إلا. */
function hamzaName(w: PhraseWord): boolean {
  return /^[إأآ]ل/.test(w.text) && definite(w.norm) && w.norm.length > 3 && !/^ال(يه|يها|يهم|يهما|يك|يكم|ينا|ي|ا)$/.test(w.norm);
}

export function nameLike(w: PhraseWord): boolean {
  return !isTitle(w.norm) && !isOrg(w.norm) && !NP_STOP.has(w.norm) && !isDigitWord(w.norm) && !GENERIC_SOURCES.has(w.norm);
}

function join(words: PhraseWord[]): string {
  return words.map((w) => w.text).join(' ');
}

/** The organisation inside a role: from its first organisation word to the end (لوزارة الخارجية → وزارة الخارجية). */
function organisationIn(role: PhraseWord[]): string | undefined {
  const k = role.findIndex((w) => isOrg(w.norm));
  if (k < 0) return undefined;
  const first = role[k]!;
  // Drop a ل/ب clitic glued to the organisation word (لوزارة، للأمم → الأمم).
  let text = first.text;
  if (first.norm.startsWith('لل')) text = `ال${[...text].slice(2).join('')}`;
  else if ((first.norm.startsWith('ل') || first.norm.startsWith('ب')) && !ORG_HEADS.has(first.norm)) text = [...text].slice(1).join('');
  return [text, ...role.slice(k + 1).map((w) => w.text)].join(' ');
}

/**
 * Is words[k] the ال-word that ends a compound given name (عبد العزيز، عبد الرحمن، ضيف الله، فخر
 * الدين), so that an ال-word after it is the family name (round 32: «رئيس النادي عطا الله الجعيد»
 * had been read as a title with no name)?
 */
function compoundEnd(words: PhraseWord[], k: number): boolean {
  const w = words[k];
  const prev = words[k - 1];
  if (!w || !prev || !definite(w.norm)) return false;
  return prev.norm === 'عبد' || (COMPOUND_ENDS.has(w.norm) && nameLike(prev) && !definite(prev.norm));
}

/** Title words that are also given names (خالد مساعد السهلي، محمد أمين الحسيني). */
const NAME_TITLES: ReadonlySet<string> = new Set(['مساعد', 'امين', 'امير']);

/** Is words[k] such a title word used as a name, between a plain name word and another name word? */
function titleAsName(words: PhraseWord[], k: number): boolean {
  const [before, w, after] = [words[k - 1], words[k], words[k + 1]];
  return w !== undefined && NAME_TITLES.has(w.norm) && before !== undefined && after !== undefined && nameLike(before) && !definite(before.norm) && nameLike(after);
}

/** «الحائز/الحاصل (على)»: the holder of a prize or a degree. */
export const HOLDER = /^ال(حايز|حاصل)ه?$/;

/** Analyse the words of a speaker phrase; null when there are none (a pronoun subject). */
export function analysePhrase(all: PhraseWord[], feminine: boolean | undefined): Phrase | null {
  // «بوتين والحديث …»: a second noun joined with و+ال to a name ends the subject (not «الثقافة
  // والفنون» inside a role's construct; والي, a governor, is one word).
  const joined = all.findIndex((w, k) => k > 0 && w.norm.startsWith('وال') && w.norm.length > 4 && !w.comma && !definite(all[k - 1]!.norm) && nameLike(all[k - 1]!));
  const words = all.slice(0, joined > 0 ? Math.min(joined, MAX_PHRASE) : MAX_PHRASE);
  if (words.length === 0) return null;
  // «الأستاذ علي النقيدان»: علي (folded like the preposition على) is a given name before another name word.
  const ali = (k: number) => words[k]?.norm === 'علي' && words[k + 1] !== undefined && nameLike(words[k + 1]!);
  // «ومدير فرع الجمعية …» (a mention inside a list): the conjunction is not part of the title.
  const w0 = words[0]!;
  if (/^و./.test(w0.norm) && (isTitle(w0.norm.slice(1)) || isOrg(w0.norm.slice(1)))) words[0] = { norm: w0.norm.slice(1), text: [...w0.text].slice(1).join('') };
  // Apposition: «مدير العمليات بمفوضية الانتخابات، صفاء الجابري، …»: the part between commas is the name.
  const second = words.findIndex((w, k) => k > 0 && w.comma);
  // «دانيلز، واسمها الحقيقي ستيفاني كليفورد، …»، «X، وهو …»: a clause joined with و is an aside, not the name.
  if (second > 0 && /^و(اسم|هو$|هي$|كان)/.test(words[second]!.norm)) {
    const aside = analysePhrase(words.slice(0, second), feminine);
    if (aside) return aside;
  }
  if (second > 0) {
    let third = words.findIndex((w, k) => k > second && w.comma);
    if (third < 0) third = words.length;
    let name = words.slice(second, third);
    // «الحاخام إلياس دراي، أحد منظمي الفعالية، …»: «one of …» between the commas describes the
    // person named before them.
    if (ONE_OF.has(name[0]!.norm) && name.length > 1) {
      const named = analysePhrase(words.slice(0, second), feminine);
      if (named && !named.titleOnly && !named.weak && named.speaker.kind === 'person') {
        const role = join(name);
        named.speaker.role = named.speaker.role ? `${named.speaker.role}، ${role}` : role;
        return named;
      }
    }
    // «قالت رشا، شقيقة الناشط …، وائل عباس، إن»: a name, then a kinship that describes it (round 27).
    if (KIN.has(name[0]!.norm) && second <= 3 && words.slice(0, second).every((w) => nameLike(w) && !definite(w.norm))) {
      return withRole(words.slice(0, second), name, feminine);
    }
    // «الأمين العام للحلف، النرويجي ينس شتولتنبرغ»: a nationality before the name belongs to the role.
    let lead = 0;
    // «المتحدث باسم التحالف، العقيد تركي المالكي، …»: a rank or honorific opening the apposed name
    // belongs to the role too (not the name's own ال-word: the honorific is followed by a plain word).
    while (lead < name.length - 2 && HONORIFICS.has(name[lead]!.norm)) lead++;
    while (lead < name.length - 1 && nisba(name[lead]!.norm)) lead++;
    if (lead > 0 && !name[lead]!.norm.startsWith('ال')) name = name.slice(lead);
    else lead = 0;
    // «اللواء محمد علي جعفري»: علي (folded like the preposition على) is a name word inside the name.
    // «السفير اليمني لدى لبنان، علي الديلمي،» (round 38): also first, before another name word.
    const nameWord = (w: PhraseWord, k: number) => nameLike(w) || (w.norm === 'علي' && k < name.length - 1) || titleAsName(name, k);
    // «العيسى، صعوبة وتعقيدات قضايا …»: a verbal noun after the comma opens content, not a name.
    // (بن/عبد do not count towards the name's length: «الأمير محمد بن نواف بن عبد العزيز», round 37.)
    if (name.length - name.filter((w) => NAME_PARTICLES.has(w.norm)).length <= MAX_NAME && name.every(nameWord) && !name[0]!.norm.startsWith('ال') && !VERBAL_NOUNS.has(name[0]!.norm)) {
      return withRole(name, words.slice(0, second + lead), feminine);
    }
    // «وزير الخارجية عادل الجبير، في …»: what follows the first comma is not part of the phrase,
    // unless it is the role (الأمير خالد بن سلمان، سفير المملكة في أمريكا، …), kept for titles referring back.
    const named = analysePhrase(words.slice(0, second), feminine);
    if (named && !named.titleOnly && named.speaker.kind === 'person' && isTitle(words[second]!.norm)) {
      const role = join(words.slice(second, third));
      named.speaker.role = named.speaker.role ? `${named.speaker.role}، ${role}` : role;
    }
    return named;
  }
  // «الناشطة اليمنية الحائزة على جائزة نوبل للسلام توكل كرمان» (round 38): after what the holder won,
  // whose last word cannot be told from a name's first, the name is taken as the last two words.
  const holder = words.findIndex((w, k) => HOLDER.test(w.norm) && words[k + 1]?.norm === 'علي');
  if (holder >= 0 && words.length - holder >= 5) {
    const name = words.slice(-2);
    if (name.every((w) => nameLike(w) && !gluedPreposition(w.norm)) && !definite(name[0]!.norm)) return withRole(name, words.slice(0, -2), feminine);
  }
  // «الطالب سامي العتيبي نائب رئيس النادي»: a describing noun, then the name, then the role.
  // «السفير محمد صبيح الأمين العام المساعد …»: a title, the name, then a definite title (round 25).
  const titled = isTitle(words[0]!.norm) && !HONORIFICS.has(words[0]!.norm);
  if (words.length > 3 && definite(words[0]!.norm) && (nameLike(words[0]!) || titled) && !nisba(words[0]!.norm) && nameLike(words[1]!) && !definite(words[1]!.norm)) {
    let k = 1;
    while (k < words.length && k < 1 + MAX_NAME && nameLike(words[k]!)) k++;
    if (k > 2 && k < words.length && isTitle(words[k]!.norm)) return withRole(words.slice(1, k), [words[0]!, ...words.slice(k)], feminine);
  }
  // A name first, then the role: «سيرناندو استريوا المتحدث باسم الناتو».
  if (nameLike(words[0]!) && !words[0]!.norm.startsWith('ال') && words.length > 1) {
    let k = 0;
    // «محمد علي الحوثي رئيس اللجنة الثورية» (round 38): علي inside the name, before another name word.
    while (k < words.length && k < MAX_NAME && (nameLike(words[k]!) || (k > 0 && ali(k)))) k++;
    // Not when that title is an honorific before a name: «مشرف المعرض الأستاذ سامي الحمدان».
    const honoured = HONORIFICS.has(words[k]?.norm ?? '') && words[k + 1] !== undefined && (nameLike(words[k + 1]!) || words[k + 1]!.norm === 'علي') && !words[k + 1]!.norm.startsWith('ال');
    if (k < words.length && (isTitle(words[k]!.norm) || isOrg(words[k]!.norm)) && !honoured) return withRole(words.slice(0, k), words.slice(k), feminine);
  }
  // An unnamed source: «مصدر عسكري روسي»، «مسؤولون رفيعو المستوى».
  if (GENERIC_SOURCES.has(words[0]!.norm) || GENERIC_SOURCES.has(bare(words[0]!.norm))) {
    // «المسؤول في الشرطة شفقت مالك»: a source, في where it serves, then a name (two or three words,
    // none with a pronoun: not «… طلب عدم نشر اسمه»): that person, named.
    if (words[1]?.norm === 'في') {
      let k = words.length;
      while (k > 2 && nameLike(words[k - 1]!) && !definite(words[k - 1]!.norm) && !/(ه|ها|هم)$/.test(words[k - 1]!.text)) k--;
      if (words.length - k >= 2 && words.length - k <= 3 && definite(words[k - 1]!.norm)) return withRole(words.slice(k), words.slice(0, k), feminine);
    }
    // «ووصف مصدر دبلوماسي تركي الاتهامات بأنها» (round 35): after the source's adjectives a definite
    // noun is the verb's object (not «مصادر الشرطة», a construct, nor «مصدر في الشرطة»).
    const object = words.findIndex((w, k) => k >= 2 && k < 4 && w.norm.startsWith('ال') && !nisba(w.norm) && words.slice(1, k).every((a) => !definite(a.norm) && a.norm.length > 3 && /يه?$/.test(a.norm)));
    return { speaker: { name: join(words.slice(0, object > 0 ? object : 4)), kind: 'person', feminine }, titleOnly: false };
  }
  // The name: after the last honorific (the run of name-like words that follows it), else the
  // trailing run of name-like words.
  let from = words.length;
  let to = words.length;
  // The last honorific followed by a name (not «المهندس عدنان بن أحمد السيد», where السيد ends the name).
  const honorific = words.findLastIndex((w, k) => HONORIFICS.has(w.norm) && k < words.length - 1 && (nameLike(words[k + 1]!) || words[k + 1]!.norm === 'علي'));
  // «نجم الفريق الأول لكرة القدم … حسين عبدالغني»: الفريق is a team there, not the rank, when an
  // ال-word follows it (names such as الوليد follow other honorifics); the name is the trailing run.
  const afterHonorific = words[honorific + 1];
  const team = honorific >= 0 && afterHonorific !== undefined && words[honorific]!.norm === 'الفريق' && definite(afterHonorific.norm);
  if (honorific >= 0 && honorific < words.length - 1 && (nameLike(words[honorific + 1]!) || ali(honorific + 1)) && !team) {
    from = honorific + 1;
    to = from + 1;
    // «فيصل بن خالد بن عبد العزيز»: بن/عبد do not count towards the name's length.
    const particles = () => words.slice(from, to).filter((w) => NAME_PARTICLES.has(w.norm)).length;
    // After بن a title word is a name (جلوي بن عبدالعزيز بن مساعد).
    const sonOf = (k: number) => (words[k - 1]!.norm === 'بن' || words[k - 1]!.norm === 'ابن') && isTitle(words[k]!.norm) && !definite(words[k]!.norm);
    // «آل مروان» ends the name: what follows is the verb's object (استقبل الملك … آل مروان الوفد).
    while (to < words.length && to < from + MAX_NAME + particles() && (nameLike(words[to]!) || sonOf(to)) && !DEMONSTRATIVES.has(words[to]!.norm) && !afterFamilyName(words, from, to)) to++;
  } else {
    let givenName = false;
    // The name so far is words[from, to): every step that goes on takes in the word right before it
    // (from === j + 1 at the top of each step).
    for (let j = words.length - 1; j >= 0; j--) {
      const w = words[j]!;
      // «علي» is a given name as well as «على» (folded alike): a name word only before another one.
      // (Not after «الحائز/الحاصل»: «الحائزة على جائزة نوبل توكل كرمان», what the holder won, round 38.)
      if (w.norm === 'علي' && j < words.length - 1 && !(j > 0 && HOLDER.test(words[j - 1]!.norm))) {
        from = j;
        continue;
      }
      if (!nameLike(w) && !titleAsName(words, j)) break;
      // «جمعية الثقافة والفنون بجدة عمر الجاسر»: a ب/ل-word after the role's definite word (not a
      // title: الرئيس بشار) before a name of two words already is a place or a complement of the
      // role (a lone «المنظمة ليلى حداد» keeps its given name).
      const prevWord = words[j - 1];
      if (gluedPreposition(w.norm) && prevWord && definite(prevWord.norm) && !isTitle(prevWord.norm) && !nisba(prevWord.norm) && from <= words.length - 2) break;
      // «العطا الله»، «نصر الله»: الله closes a compound name; it and the word before are one name word.
      if (w.norm === 'الله' && j > 0 && (nameLike(words[j - 1]!) || words[j - 1]!.norm === 'علي') && !isTitle(words[j - 1]!.norm)) {
        from = j;
        continue;
      }
      // «إلياس»، «ألكسندر»: written with a hamza, the ال is part of the name, not the article (a
      // given name or a family name: براءت ألبيرق); no ال-word goes before it but a compound's
      // (رئيس وزراء اليونان | أليكسيس تسيبراس). Not إليه، إلا.
      if (hamzaName(w)) {
        from = j;
        givenName = true;
        continue;
      }
      // «مدير الشرطة عبد الرحمن الشهري» (round 32): عبد and its ال-word are one given name.
      if (definite(w.norm) && j > 0 && words[j - 1]!.norm === 'عبد') {
        from = j - 1;
        j--;
        continue;
      }
      if (definite(w.norm) && !NAME_PARTICLES.has(w.norm)) {
        // Before a given name only the ال of a compound one (فخر الدين ألتون), never a family name.
        if (givenName && !COMPOUND_ENDS.has(w.norm)) break;
        // An ال-word is a family name only after a given name (محمد العاصمي), not after a title.
        const before = words[j - 1];
        if (!before || !(nameLike(before) || before.norm === 'علي') || (definite(before.norm) && !NAME_PARTICLES.has(before.norm) && !compoundEnd(words, j - 1))) break;
        // «لكرة القدم»، «لمكافحة الإرهاب»: a word with a glued ل/ب before an ال-word is a prepositional
        // phrase of the role — unless a title comes right before it: «الرئيس بشار الأسد»، «الوزير
        // لؤي الخطيب» (a preposition does not follow a bare title; «المتحدث باسم الوزارة» is the exception).
        // Also after a title and a nationality (الرئيس السوري بشار الأسد) when the ل/ب-word is no
        // noun in ة (الاتحاد الدولي لكرة القدم).
        const head = words[j - 2];
        // Either way the family name ends the phrase («لمكافحة الإرهاب فلاديمير …» goes on).
        const last = j === words.length - 1;
        const titled = head && last && isTitle(head.norm) && !isOrg(head.norm);
        const national = head && last && nisba(head.norm) && words[j - 3] !== undefined && isTitle(words[j - 3]!.norm) && !before.norm.endsWith('ه');
        if (/^[لب]/.test(before.norm) && !LB_NAMES.has(before.norm) && head && !((titled || national) && before.norm !== 'باسم')) break;
      }
      from = j;
    }
  }
  const name = words.slice(from, to);
  const role = words.slice(0, from);
  if (name.length > 0 && name.length - name.filter((w) => NAME_PARTICLES.has(w.norm)).length <= MAX_NAME && !(name.length === 1 && NAME_PARTICLES.has(name[0]!.norm))) {
    // A lone word after an organisation (قالت وزارة العمل) belongs to the organisation's name.
    if (!(isOrg(words[0]!.norm) && !role.some((w) => isTitle(w.norm)))) return withRole(name, role, feminine);
  }
  if (isOrg(words[0]!.norm)) {
    // «ووصف البيت الأبيض الاجتماعات الراهنة بأنها» (round 38): after a definite body and its
    // adjectives, a definite plural in ات is the verb's object (no ال-word is a construct's second part there).
    const object = definite(words[0]!.norm) ? words.findIndex((w, k) => k >= 2 && w.norm.startsWith('ال') && w.norm.endsWith('ات') && words.slice(0, k).every((a) => a.norm.startsWith('ال'))) : -1;
    return { speaker: { name: join(words.slice(0, object > 0 ? object : 6)), kind: 'organisation', feminine }, titleOnly: false };
  }
  if (!isTitle(words[0]!.norm)) {
    // «بوتن للمرة الأولى»، «بوتين بالقول»: a name followed by a prepositional or time phrase; the
    // phrase ends before the glued preposition when what comes before it is a name.
    const glued = words.findIndex((w, k) => k > 0 && /^(لل|بال|ل|ب)./.test(w.norm) && !isTitle(w.norm) && !isOrg(w.norm));
    if (glued > 0) {
      const before = analysePhrase(words.slice(0, glued), feminine);
      if (before && !before.weak && !before.titleOnly && before.speaker.kind === 'person') return before;
    }
    // Neither a name nor a title (الأرصاد، الشركة المصنعة): an organisation or body named by a noun.
    return { speaker: { name: join(words.slice(0, 6)), kind: 'organisation', feminine }, titleOnly: false, weak: true };
  }
  const org = organisationIn(words);
  const speaker: DetectedSpeaker = { name: join(words.slice(0, 6)), role: join(words.slice(0, 6)), kind: 'person', feminine };
  if (org) speaker.organisation = org;
  // «وأكد متحدث باسم الجيش الإسرائيلي»: an indefinite title refers back to nobody; it is an unnamed
  // source, known by what it speaks for.
  if (!definite(words[0]!.norm) && !/^و/.test(words[0]!.norm) && words[1]?.norm === 'باسم') return { speaker: { ...speaker, name: join(words.slice(0, 5)) }, titleOnly: false, unnamed: true };
  return { speaker, titleOnly: true };
}

function withRole(name: PhraseWord[], role: PhraseWord[], feminine: boolean | undefined): Phrase {
  const speaker: DetectedSpeaker = { name: join(name), kind: 'person', feminine };
  if (role.length) {
    speaker.role = join(role);
    const org = organisationIn(role);
    if (org) speaker.organisation = org;
  }
  return { speaker, titleOnly: false };
}

/** Words of items[from..to) as phrase words, skipping punctuation and anything in parentheses. */
export function phraseWords(items: Item[], from: number, to: number, slice: (s: number, e: number) => string): PhraseWord[] {
  const out: PhraseWord[] = [];
  let depth = 0;
  let comma = false;
  for (let k = from; k < to; k++) {
    const it = items[k]!;
    if (it.k === 6 /* ParenOpen */) depth++;
    else if (it.k === 7 /* ParenClose */) depth = Math.max(0, depth - 1);
    else if (it.k === 2 /* Comma */) comma = true;
    else if (it.k === 0 /* Word */ && depth === 0) {
      out.push(comma && out.length ? { norm: it.s, text: slice(it.start, it.end), comma: true } : { norm: it.s, text: slice(it.start, it.end) });
      comma = false;
    }
  }
  return out;
}
