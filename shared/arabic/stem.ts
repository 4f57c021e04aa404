/**
 * Light stemming of normalised Arabic words, after Larkey's light10 (Larkey, Ballesteros &
 * Connell 2002): strip the definite article with its attached clitics (ال وال بال كال فال لل)
 * and the common suffixes (ها ان ات ون ين يه ية ه ة ي), never the root.
 *
 * Where this departs from light10, it is to keep unrelated words apart:
 *
 * - A bare و/ف/ب/ل/ك is NOT stripped when indexing. In news text و is as often the first root
 *   letter (وزير، وحدة، ولاية، وطن) as the conjunction, and stripping it makes وزير match زير
 *   and ولاية match لا. Instead the QUERY asks for the word with and without these clitics
 *   (`procliticVariants`), so سوريا still finds بسوريا and لسوريا, and وزير never finds زير.
 * - A stem keeps at least three letters (four after a two-letter suffix), so بيان, قوات and
 *   إيران are not cut to بي, قو and اير; and it is never a particle (ولاية is not ولا + ية).
 * - When the article leaves only two letters (الدم، الحد، الله), the word keeps the article,
 *   and the clitic forms are brought to it (والدم، للدم → الدم), so الله does not become له.
 * - Suffixes are stripped until none applies (الإرهابيين → إرهابي → إرهاب), so a nisba
 *   adjective and its noun meet even where light10's single pass leaves them apart.
 * - The accusative alef (بياناً, often written بيانا) is asked for by the query side
 *   (`queryStems`), since no suffix rule can tell it from the alef of سوريا.
 * - Folding أ/إ/آ to ا makes ألعاب look like ال + عاب; an article before such a word
 *   (الألعاب → العاب) is therefore stripped a second time so both forms meet.
 *
 * Everything here works on normalised words (normalizeArabic), Arabic-script only; other words
 * (Latin, digits) are returned unchanged.
 */
import { isArabicWord } from './tokenize';

/** Article prefixes, longest first; each may leave 3+ letters. */
const ARTICLES = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];

/** Articles after which a two-letter word is still a word (الدم). بال/كال are left out:
 * بالغة and كالة are words of their own, not بـ + الغة. */
const SHORT_WORD_ARTICLES = new Set(['ولل', 'فلل', 'وال', 'فال', 'لل', 'ال']);

/** light10's suffixes, normalised (ة → ه, so ية and ة are the same as يه and ه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Conjunctions and prepositions that attach to a word without the article. Measured on the
 * 30,000-article ANT corpus, فب and فل added no article to any common word's results, and
 * every extra form costs ranking time, so they are left out.
 */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول'];

const MIN_STEM = 3;

/** Particles and pronouns (normalised) that a content word must never be stemmed into. */
const FUNCTION_WORDS = new Set([
  'ولا', 'فلا', 'الا', 'الي', 'علي', 'اذا', 'كما', 'لكن', 'حتي', 'منذ', 'بين', 'عند', 'هذا', 'هذه',
  'ذلك', 'تلك', 'التي', 'الذي', 'لها', 'لهم', 'كان', 'انه', 'انها', 'ومن', 'وما', 'فيه', 'عنه', 'منه',
]);

interface ArticleSplit {
  /** The word without its article: ارهاب for والإرهاب. */
  bare: string;
  /** True for a two-letter word kept with its article (الدم): it takes no suffix stripping. */
  complete: boolean;
}

function splitArticle(word: string): ArticleSplit {
  for (const prefix of ARTICLES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length >= MIN_STEM) {
      // ال + a word that itself starts with ال after folding (الألعاب → ألعاب → العاب):
      // strip once more, as the bare ألعاب (→ العاب → عاب) would be.
      if (rest.startsWith('ال') && rest.length - 2 >= MIN_STEM) return { bare: rest.slice(2), complete: false };
      return { bare: rest, complete: false };
    }
    if (rest.length === 2 && SHORT_WORD_ARTICLES.has(prefix)) return { bare: 'ال' + rest, complete: true };
    // Too short to be article + word (الي، بالغ): the word stays as it is.
    break;
  }
  return { bare: word, complete: false };
}

/**
 * The word without its definite article (and the clitics attached to the article):
 * والإرهاب → ارهاب, للدم → الدم. Words that only look as if they had one (الي, الم) stay.
 * This is the form prefix searches (ارهاب*) match against.
 */
export function stripArticle(word: string): string {
  return isArabicWord(word) ? splitArticle(word).bare : word;
}

/** Strip light10's suffixes while the stem keeps at least three letters. */
export function stripSuffixes(word: string): string {
  let stem = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (!stem.endsWith(suffix)) continue;
      const rest = stem.slice(0, -suffix.length);
      // A two-letter suffix must leave four letters: ايران، لبنان، حسين are names, not
      // اير + ان. A strip must never leave a function word: ولاية is not ولا + ية.
      if (rest.length < (suffix.length === 2 ? MIN_STEM + 1 : MIN_STEM) || FUNCTION_WORDS.has(rest)) continue;
      stem = rest;
      changed = true;
    }
  }
  return stem;
}

/** The index form of a normalised word: article and suffixes off (الإرهابية → ارهاب). */
export function stem(word: string): string {
  if (!isArabicWord(word)) return word;
  const { bare, complete } = splitArticle(word);
  return complete ? bare : stripSuffixes(bare);
}

/**
 * The forms a query word may take in the text with a conjunction or preposition attached
 * (و ف ب ل ك, وب ول), for the query side: the index keeps those clitics (see above),
 * so a query word asks for each form. Only for Arabic words of three letters or more: دم
 * would otherwise find ودم, a different word far more often than "and blood".
 * Returns normalised words (not stems), the word itself first.
 */
export function procliticVariants(word: string): string[] {
  if (!isArabicWord(word) || word.length < MIN_STEM) return [word];
  return [word, ...PROCLITICS.map((p) => p + word)];
}

/**
 * Every index stem a query word should match: the stems of the word and of its clitic forms.
 * For a word that starts with ال, ل + the whole word is asked for too: after folding,
 * ألمانيا looks like ال + مانيا, but "to Germany" is written لألمانيا (و ف ب ك + ال… are
 * article forms and already meet through the stem).
 */
export function queryStems(word: string): string[] {
  if (!isArabicWord(word)) return [word];
  const bare = stripArticle(word);
  const forms = procliticVariants(bare);
  if (word !== bare && word.startsWith('ال')) forms.push('ل' + word, 'ول' + word);
  if (takesTanweenAlef(bare)) forms.push(bare + 'ا', 'و' + bare + 'ا');
  return [...new Set(forms.map(stem))];
}

/**
 * The accusative indefinite adds an alef (بياناً, often written بيانا), which no suffix rule
 * can strip: سوريا and أمريكا end in alef too. So the query asks for the alef form as well
 * (and with و, the commonest clitic). Words ending in ة, ى, ا or hamza take no such alef.
 */
function takesTanweenAlef(bare: string): boolean {
  return bare.length >= MIN_STEM && !/[اهيء]$/.test(bare);
}
