/**
 * The words the detector knows, all in normalised form (normalizeArabic: أإآ→ا, ة→ه, ى→ي,
 * ؤ→و, ئ→ي, no diacritics), because the stream's words are normalised the same way.
 */

export interface VerbCue {
  /** The base (masculine past) form, for messages and tests. */
  base: string;
  feminine: boolean;
  /** Imperfect (يقول، تشير): a reporting cue only where a clause starts, not after its subject (بيانات تشير). */
  imperfect: boolean;
  /** Words after which the content starts for this verb besides إن/أن and quotes (e.g. أعرب عن). */
  marker?: readonly string[];
  /** Only the marker starts the content (عبر عن: «عبر» is far more often "via"). */
  markerOnly?: boolean;
}

/** [past masc, past fem, imperfect masc, imperfect fem, plural past] per reporting verb; '' = none. */
const VERBS: [string, string, string, string, string, (readonly string[])?, boolean?][] = [
  ['قال', 'قالت', 'يقول', 'تقول', 'قالوا'],
  ['اكد', 'اكدت', 'يوكد', 'توكد', 'اكدوا'],
  ['اضاف', 'اضافت', 'يضيف', 'تضيف', 'اضافوا'],
  ['شدد', 'شددت', 'يشدد', 'تشدد', 'شددوا'],
  ['اشار', 'اشارت', 'يشير', 'تشير', 'اشاروا'],
  ['صرح', 'صرحت', 'يصرح', 'تصرح', 'صرحوا'],
  ['اوضح', 'اوضحت', 'يوضح', 'توضح', 'اوضحوا'],
  ['حذر', 'حذرت', 'يحذر', 'تحذر', 'حذروا'],
  ['كشف', 'كشفت', 'يكشف', 'تكشف', 'كشفوا'],
  ['نوه', 'نوهت', 'ينوه', 'تنوه', ''],
  ['تابع', 'تابعت', '', '', ''],
  ['اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر', 'اعتبروا'],
  ['راي', 'رات', 'يري', 'تري', 'راوا'],
  ['اعلن', 'اعلنت', 'يعلن', 'تعلن', 'اعلنوا'],
  ['ذكر', 'ذكرت', '', 'تذكر', 'ذكروا'],
  ['افاد', 'افادت', 'يفيد', 'تفيد', 'افادوا'],
  // «بين» is far more often "between": detect.ts takes the masculine only before a title or a name (bayyanaCue).
  ['بين', 'بينت', '', '', ''],
  // Found by listing the words before إن/أن across news-2000 that the lexicon did not know.
  ['ابان', 'ابانت', '', '', ''],
  ['اورد', 'اوردت', '', '', ''],
  ['روي', 'روت', 'يروي', 'تروي', ''],
  ['المح', 'المحت', '', '', ''],
  ['اردف', 'اردفت', '', '', ''],
  ['استطرد', 'استطردت', '', '', ''],
  ['زعم', 'زعمت', 'يزعم', 'تزعم', 'زعموا'],
  ['نفي', 'نفت', 'ينفي', 'تنفي', 'نفوا'],
  ['اعترف', 'اعترفت', 'يعترف', 'تعترف', ''],
  ['ابلغ', 'ابلغت', '', '', ''],
  ['اعرب', 'اعربت', 'يعرب', 'تعرب', 'اعربوا', ['عن']],
  ['لفت', 'لفتت', 'يلفت', 'تلفت', ''],
  ['توقع', 'توقعت', 'يتوقع', 'تتوقع', 'توقعوا'],
  ['ختم', 'ختمت', '', '', ''],
  ['وصف', 'وصفت', 'يصف', 'تصف', ''],
  ['كتب', 'كتبت', '', '', ''],
  ['غرد', 'غردت', '', '', ''],
  ['اقر', 'اقرت', '', '', ''],
  ['ادعي', 'ادعت', '', '', ''],
  ['رجح', 'رجحت', 'يرجح', 'ترجح', ''],
  ['تسايل', 'تسايلت', 'يتسايل', 'تتسايل', '', ['عن']],
  // تساءل keeps its lone hamza when normalised (تسائل, the common misspelling, folds to تسايل).
  ['تساءل', 'تساءلت', 'يتساءل', 'تتساءل', 'تساءلوا', ['عن']],
  ['عبر', 'عبرت', '', '', 'عبروا', ['عن'], true],
  ['اعتقد', 'اعتقدت', 'يعتقد', 'تعتقد', ''],
  ['لمح', 'لمحت', 'يلمح', 'تلمح', ''],
  ['شرح', 'شرحت', '', '', ''],
  ['نقل', 'نقلت', '', '', ''],
  ['قاله', 'قالته', '', '', ''],
  ['جدد', 'جددت', '', '', ''],
  ['نبه', 'نبهت', 'ينبه', 'تنبه', ''],
  ['دعا', 'دعت', 'يدعو', 'تدعو', 'دعوا'],
  // Round 28: praise is a claim for the judges (أشاد بالدور …; NOMINAL_VERBS).
  ['اشاد', 'اشادت', 'يشيد', 'تشيد', 'اشادوا'],
  // Round 39: «استبعد روبرت باير … أن تكون الساعة …» (ruling out, like a denial) with أن only; it is no
  // NOMINAL_VERBS cue, so «استبعد المدرب الحارس» (leaving a player out) stays none.
  ['استبعد', 'استبعدت', 'يستبعد', 'تستبعد', ''],
];

function addVerb(map: Map<string, VerbCue>, form: string, cue: VerbCue): void {
  if (!form) return;
  for (const prefix of ['', 'و', 'ف']) if (!map.has(prefix + form)) map.set(prefix + form, cue);
}

export const VERB_CUES: ReadonlyMap<string, VerbCue> = (() => {
  const map = new Map<string, VerbCue>();
  for (const [pm, pf, im, imf, pl, marker, markerOnly] of VERBS) {
    const cue = (feminine: boolean, imperfect: boolean): VerbCue => ({ base: pm, feminine, imperfect, marker, markerOnly });
    addVerb(map, pm, cue(false, false));
    addVerb(map, pl, cue(false, false));
    addVerb(map, pf, cue(true, false));
    addVerb(map, im, cue(false, true));
    addVerb(map, imf, cue(true, true));
  }
  // روى folds to روي like رؤى (visions, ورؤى): only روت and the imperfect are cues.
  for (const form of ['روي', 'وروي', 'فروي']) map.delete(form);
  return map;
})();

/**
 * A past cue that ends in ى (رأى، نفى، ادعى), written with a final ي and no و/ف: a noun or a name
 * (رأي، نفي، كريستوفر راي). Normalising folds ى into ي so that the lexicon matches either spelling, which
 * loses this difference; `raw` is the word as written. (Imperfects end in ي: ينفي is a verb — the
 * caller asks only about past forms.)
 */
export function spelledAsNoun(norm: string, raw: string): boolean {
  // «ورأي بعض المتابعين أن»: with و/ف it opens a clause, and is the verb misspelt.
  if (/^[وف]/.test(norm) && VERB_CUES.has(norm.slice(1))) return false;
  const cue = VERB_CUES.get(norm);
  return cue !== undefined && !cue.imperfect && norm.endsWith('ي') && raw.endsWith('\u064A');
}

/**
 * Adverbial participles (الحال): «…، مشيرا إلى أن …». Their subject is the sentence's
 * speaker. Masculine and feminine, singular and plural.
 */
const PARTICIPLES: [string, (readonly string[])?][] = [
  ['مشير'], ['موكد'], ['مضيف'], ['قايل'], ['موضح'], ['لافت'], ['معتبر'], ['منوه'], ['مشدد'], ['محذر'],
  ['مبين'], ['داعي', ['الي']], ['متابع'], ['مردف'], ['معرب', ['عن']], ['كاشف'], ['متسايل'], ['مستطرد'], ['معلن'],
  ['مختتم'], ['مستدرك'], ['متوقع'], ['ناصح'], ['مطالب', ['ب']], ['واصف'], ['زاعم'],
];

export interface ParticipleCue {
  base: string;
  feminine: boolean | undefined;
  marker?: readonly string[];
}

export const PARTICIPLE_CUES: ReadonlyMap<string, ParticipleCue> = (() => {
  const map = new Map<string, ParticipleCue>();
  for (const [stem, marker] of PARTICIPLES) {
    map.set(`${stem}ا`, { base: stem, feminine: false, marker });
    map.set(`${stem}ه`, { base: stem, feminine: true, marker });
    map.set(`${stem}ين`, { base: stem, feminine: false, marker });
    map.set(`${stem}ات`, { base: stem, feminine: true, marker });
  }
  // «مذكرا أن» (reminding that); not مذكرة, which is a memorandum.
  map.set('مذكرا', { base: 'مذكر', feminine: false });
  // «ورفعت لافتات كتب عليها»، «مطالبات مالية»: these plurals are nouns (banners, claims).
  map.delete('لافتات');
  map.delete('مطالبات');
  // «ورد المخلافي على رسالة البحر بالقول "…"»، «واكتفت بالقول إنهم»: "by saying", after any verb.
  map.set('بالقول', { base: 'قول', feminine: undefined });
  return map;
})();

/** إن / أن with their attached pronouns, with ب (صرح بأن) and ف (فإن). */
export const COMPLEMENTISERS: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  const pronouns = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ي', 'ك', 'كم'];
  for (const p of pronouns) for (const pre of ['', 'ب', 'ف', 'و']) set.add(`${pre}ان${p}`);
  // اننا is also written انا after folding of the shadda; انا alone is "I", so leave it out.
  return set;
})();

/** The ال-words that end a compound given name rather than start a family name or an object (فخر الدين، عبد الله، عبد الرحمن). */
export const COMPOUND_ENDS: ReadonlySet<string> = new Set(['الدين', 'الله', 'الرحمن']);

/** Does the word lead straight into speech: a cue verb or participle, or إن/أن? (normalised) */
export function leadsToSpeech(s: string): boolean {
  return COMPLEMENTISERS.has(s) || VERB_CUES.has(s) || PARTICIPLE_CUES.has(s);
}

/** Prepositions that may sit between a verb cue and its complementiser (أشار إلى أن، كشف عن أن، حذر من أن). */
export const BRIDGES: ReadonlySet<string> = new Set(['الي', 'عن', 'من', 'علي', 'ب', 'في']);

/**
 * Given names (and a few family names often in the news) that begin with ب or ل, which the rules
 * would otherwise read as a preposition glued to a noun (بـ + شار): «السفير السوري لدى الأمم المتحدة
 * بشار الجعفري»، «رئيس الائتلاف الوطني بشار الزعبي»، «مديرة المنظمة لبنى العمري» (round 30; before,
 * each of these left the title alone as the speaker). Not باسم (also «in the name of»). Normalised.
 */
export const LB_NAMES: ReadonlySet<string> = new Set([
  'بشار', 'بسام', 'بلال', 'بدر', 'باسل', 'بكر', 'بهاء', 'بندر', 'بشير', 'بشري', 'بثينه', 'بسمه', 'بديع', 'برهان', 'بطرس', 'بولس',
  'بيار', 'بيير', 'بيتر', 'بوريس', 'بنيامين', 'باراك', 'بيل', 'برنار', 'برنارد', 'بان', 'بول', 'بيرني', 'بريجيت', 'بوتين', 'بومبيو',
  'بولتون', 'بايدن', 'بوش', 'بلير', 'بيريز', 'بوتفليقه', 'بنكيران', 'بري', 'بخيت', 'بريكان', 'براك',
  'لوي', 'لطفي', 'ليلي', 'لبني', 'لينا', 'لميس', 'لجين', 'لويس', 'لوران', 'لوك', 'ليونيل', 'لورا', 'لوكا', 'ليون', 'لقمان',
  'لبيب', 'لافروف', 'لوبان', 'لاريجاني',
]);

/** Source frames: «بحسب X»، «وفقا لـ X»، «نقلا عن X» (with و attached or not). */
export const FRAMES: ReadonlySet<string> = new Set(
  ['بحسب', 'حسب', 'وفقا', 'وفق', 'طبقا', 'نقلا'].flatMap((w) => [w, `و${w}`]),
);

/** The days of the week, with ال (a time after a name, never part of it). */
export const DAYS: readonly string[] = ['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه'];

/**
 * Words that end the speaker's noun phrase after a cue verb: prepositions and adverbs that
 * start what follows the speaker (في بيان، خلال مؤتمر، أمس، أيضا، الذي…).
 */
export const NP_STOP: ReadonlySet<string> = new Set([
  'في', 'خلال', 'عبر', 'امام', 'الي', 'علي', 'عن', 'من', 'ل', 'له', 'لها', 'لهم', 'لنا', 'لي', 'الذي', 'التي', 'الذين', 'اللذين',
  'امس', 'اليوم', 'ايضا', 'كذلك', 'مساء', 'صباح', 'صباحا', 'مساءا', 'ظهر', 'حين', 'حيث', 'بعد', 'قبل', 'عقب', 'اثناء', 'لدي', 'ضمن',
  ...DAYS, 'وهو', 'وهي', 'بدوره', 'بدورها', 'مع', 'اول', 'يوم', 'الليله',
  'ردا', 'تعليقا', 'معلقا', 'بيان', 'تصريح', 'تصريحات', 'تقرير', 'ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'ما', 'بما', 'هذا', 'هذه',
  'امس', 'موخرا', 'حاليا', 'مجددا', 'مرارا', 'رسميا', 'مره',
  // Times of day and parts of a period: «وأوضح X الأب، فجر الأربعاء، …» (an aside, not a name).
  'فجر', 'ليل', 'عصر', 'منتصف', 'مطلع', 'اواخر', 'اوايل', 'صبيحه', 'ظهيره', 'عشيه', 'الاسبوع', 'الشهر',
  // «لكن المركزي قال حينئذ إنه» (round 24): then, at the time.
  'حينيذ', 'حينها', 'انذاك', 'وقتها', 'وقتيذ',
  // How it was said, after the name: «وقال كيري مازحا في …» (an adverbial accusative, not a name word).
  'حسبما', 'وحسبما', 'علنا', 'مازحا', 'ضاحكا', 'ساخرا', 'متهكما', 'مبتسما', 'غاضبا', 'باكيا', 'متاثرا', 'مستنكرا', 'مستغربا', 'بحزم', 'بوضوح', 'بصراحه',
  'الان', 'نفسه', 'نفسها', 'انفسهم', 'نفسهم', 'ذاته', 'ذاتها', 'البالغ', 'البالغه', 'حول', 'بشان', 'ازاء', 'تجاه', 'وسط', 'اثر', 'بينما', 'فيما', 'لكن', 'اذ', 'ثم',
  'به', 'بها', 'بهم', 'فيه', 'فيها', 'عليه', 'عليها', 'منه', 'منها', 'عنه', 'عنها', 'بحديث', 'بتصريح', 'بتصريحات', 'بمناسبه', 'قوله',
  'قولها', 'قولهم', 'بالقول', 'ومقره', 'ومقرها', 'والذي', 'والتي', 'وفي', 'ومن', 'وصفه', 'وصفها', 'تاكيده', 'تاكيدها', 'تحذيره', 'ل', 'عندما', 'حينما', 'لدي', 'اثناء', 'مضيفا', 'قايلا', 'الا',
  // A demonstrative with ب/ل (أشاد X بهذه الشراكة): the verb's complement, never a name; nor «مما».
  'بهذه', 'بهذا', 'لهذه', 'لهذا', 'بتلك', 'لتلك', 'بذلك', 'لذلك', 'مما',
  // Round 31: «وحذر المالكي بعيد هجمات الأربعاء من أن» (shortly after), «بسبب …»، «جراء …»: a time or a
  // cause after the name; «أيد بشدة»، «سابقا»: how or when, not a name word.
  'بعيد', 'قبيل', 'بسبب', 'جراء', 'بشده', 'لاحقا', 'سابقا', 'دون', 'بدون',
  // «حركة غولن التي تنفي تماما أن» (round 39): how firmly, not a name word.
  'تماما', 'قطعيا', 'قطعا', 'كليا', 'اطلاقا',
  // «تصريحات المرشد الأعلى لإيران، علي خامنئي الأخيرة التي» (round 39): the remarks' adjective.
  'الاخيره',
  // «ناصر العتيبي بحكم خبرته» (round 39): by virtue of, after the name.
  'بحكم',
  // «ترامب قد امتدح …»، «مرصد الفتاوى … التابع لدار الإفتاء»: a particle or a «belonging to» ends the name.
  'قد', 'لقد', 'لم', 'التابع', 'التابعه', 'تابعه', 'يمكنه',
  // Round 35: «وقال مكتب رئيس الوزراء الكندي عند إعلانه عن الاتصال إن» (when it announced): a time, not a name word.
  'عند',
  // «…، بل تتوقع منها أن» (round 35): «rather» opens a clause; it is nobody.
  'بل',
  // «قدمت الدكتورة رقية عواشرية ورقة عمل» (round 36): the paper she gave, not more of her name.
  'ورقه',
  // Round 37: «وأضاف مخاطبا المسؤولين:» (addressing), «وكتب روبيو المتحدر من أصول كوبية» (descended).
  'مخاطبا', 'مخاطبه', 'مخاطبين', 'المتحدر', 'المتحدره', 'المنحدر', 'المنحدره', 'متحدر', 'منحدر',
  // Round 38: «وأبلغ فينغر مؤتمرا صحفيا:» (whom he told; an indefinite object, never a name word).
  'موتمرا', 'عما',
  // «ورغم إعجاب مؤيدي ميلانيا بتصريحاتها التي اعترفت فيها»: despite opens a clause, not a name.
  'رغم', 'ورغم', 'برغم', 'وبرغم',
  // «قال الإمام ابن فارس رحمه الله تعالى:» (a blessing after the name, not part of it).
  'رحمه', 'رحمها', 'رحمهم', 'حفظه', 'حفظها', 'تعالي', 'سبحانه',
]);

/** What a reporter says to (قال لوكالة…، قال لأعضاء البرلمان): after ل, the addressee, not the speaker. */
export const ADDRESSEES: ReadonlySet<string> = new Set([
  'اعضاء', 'وكاله', 'صحيفه', 'قناه', 'موقع', 'تلفزيون', 'اذاعه', 'صحفيين', 'صحافيين', 'مراسل', 'مراسلي', 'شبكه', 'برنامج', 'نواب',
  'وسايل', 'جريده', 'مجله', 'برلمان', 'البرلمان', 'رويترز', 'فرانس', 'سكاي', 'العربيه', 'الجزيره', 'التلفزيون', 'الصحفيين', 'الصحافيين', 'المراسلين', 'الحضور',
  // «أوضح ذلك لسبق مدير …»: Saudi papers a speaker talks to, written without quotation marks.
  'سبق', 'عكاظ',
]);

/** News media: a source of the report, not a speaker whom a later «وأضاف» continues. */
export const MEDIA: ReadonlySet<string> = new Set([
  'وكاله', 'صحيفه', 'موقع', 'قناه', 'تلفزيون', 'اذاعه', 'شبكه', 'رويترز', 'فرانس', 'برس', 'اسوشيتد', 'بلومبرغ', 'سكاي', 'نيوز', 'مراسل',
  'مراسلنا', 'جريده', 'مجله', 'تلغراف', 'بوليتيكو', 'سي', 'ان', 'cnn', 'bbc', 'وام', 'واس', 'سبوتنيك', 'الانباء', 'انباء',
]);

/** Documents as a verb's subject: «وتابعت الوثائق أن» continues their author; «كشفت وثائق نشرها موقع X» is X's. */
export const DOCUMENT_SUBJECTS: ReadonlySet<string> = new Set(['بيان', 'تقرير', 'وثايق', 'وثيقه', 'رساله', 'تقارير', 'بيانات', 'حساب', 'صفحه', 'تغريده', 'عريضه', 'مذكره', 'لايحه', 'شكوي', 'دعوي', 'مرسوم', 'خطاب']);

/** «نشرها موقع X»، «أصدرته الوزارة»: the publisher follows. */
export const PUBLISHED: ReadonlySet<string> = new Set(['نشرها', 'نشره', 'نشرته', 'نشرتها', 'اصدرها', 'اصدره', 'اصدرته', 'اصدرتها', 'سربها', 'سربه', 'سربتها']);

/** Words that name no one (وأفادت الأنباء): no statement is suggested for them. */
export const NOBODY: ReadonlySet<string> = new Set(['انباء', 'الانباء', 'معلومات', 'المعلومات', 'ارقام', 'الارقام', 'التقديرات', 'تقديرات']);

/**
 * Studies, surveys and statistics as a verb's subject (أفادت دراسة حديثة بأن، تشير الإحصاءات):
 * their findings are not statements under the judging rules, whatever words follow (without ال).
 */
export const FINDINGS: ReadonlySet<string> = new Set([
  'دراسه', 'دراسات', 'ابحاث', 'بحث', 'استطلاع', 'مسح', 'احصاءات', 'احصاييات', 'احصاء', 'تحليل', 'نتايج',
  // «ويقول مطلع أغنية "صباح الخير":» (round 38): a song's or a poem's words are no statement either.
  'اغنيه', 'قصيده',
]);

/** Honorifics with an attached pronoun (وقال سموه): refer to the dignitary named before. */
export const PRONOUN_HONORIFICS: ReadonlySet<string> = new Set(['سموه', 'معاليه', 'سعادته', 'فضيلته', 'جلالته', 'سيادته', 'سموها', 'معاليها', 'سعادتها']);

/** The honorific a pronoun of address belongs to (سموه: a prince; جلالته: a king). */
export const HONORIFIC_OWNERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['سموه', new Set(['الامير'])],
  ['سموها', new Set(['الاميره'])],
  ['جلالته', new Set(['الملك'])],
  ['جلالتها', new Set(['الملكه'])],
  ['فضيلته', new Set(['الشيخ', 'المفتي'])],
]);

/** قد and its forms (وقد، فقد، لقد): the word after it is a verb. */
export const QAD = /^[وف]?(قد|لقد)$/;

/** Words before a verb that start a new clause, so a verb with no subject continues the last speaker. */
export const OPENERS: ReadonlySet<string> = new Set([
  'كما', 'وكما', 'ثم', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'ولكنه', 'ولكنها', 'فيما', 'بينما', 'حيث', 'اذ', 'بل', 'وقد', 'فقد',
  'جانبه', 'جانبها', 'جهته', 'جهتها', 'بدوره', 'بدورها', 'ايضا', 'كذلك', 'وبدوره', 'وبدورها',
  // «ولذا تقول المنظمة»، «ومضت تقول»، «وعاد يقول»: a consequence or a verb of going on before the cue.
  'لذا', 'ولذا', 'لذلك', 'ولذلك', 'وعليه', 'مضي', 'ومضي', 'مضت', 'ومضت', 'وعاد', 'وعادت', 'وراح', 'وراحت',
  // «بعدما حذرت بريطانيا من أنها» (round 25): a time conjunction; the subject follows its verb.
  'بعدما',
]);

/** Titles, ranks and honorifics: words of a role, never of a name. */
export const TITLES: ReadonlySet<string> = new Set(
  [
    'رييس', 'وزير', 'متحدث', 'ناطق', 'مدير', 'امين', 'سفير', 'امير', 'ملك', 'شيخ', 'دكتور', 'د', 'عقيد', 'لواء', 'عميد', 'مهندس',
    'استاذ', 'سيد', 'سيده', 'نايب', 'مستشار', 'عضو', 'وكيل', 'مساعد', 'قايد', 'محافظ', 'مفتي', 'جنرال', 'مقدم', 'رايد', 'نقيب', 'ملازم',
    'فريق', 'مشير', 'بروفيسور', 'خبير', 'محلل', 'مدرب', 'لاعب', 'مهاجم', 'حارس', 'فنان', 'فنانه', 'نجم', 'نجمه', 'ممثل', 'ممثله',
    'مغني', 'مطرب', 'مطربه', 'كاتب', 'صحفي', 'صحافي', 'مستشاره', 'رييسه', 'وزيره', 'متحدثه', 'مديره', 'ناطقه', 'اميره', 'ملكه', 'دكتوره',
    'مسوول', 'مسووله', 'زعيم', 'قاضي', 'محامي', 'باحث', 'باحثه', 'استشاري', 'طبيب', 'مندوب', 'مبعوث', 'منسق', 'امينه', 'عمده', 'حاكم',
    'ولي', 'عهد', 'مرشد', 'امام', 'بطل', 'مخرج', 'منتج', 'موسس', 'رييسي', 'تنفيذي', 'عام', 'العام', 'اعلامي', 'الاعلامي',
    // «لكن نظيره الدنماركي لارس لوكي راسموسين أعلن»: a counterpart, with its owner's pronoun.
    'نظير', 'نظيره', 'نظيرها', 'نظيرته', 'نظيرتها', 'نظيرهم',
    'المتحدث', 'الناطق', 'الرييس', 'الوزير', 'المدير', 'الامين', 'السفير', 'الامير', 'الملك', 'الشيخ', 'الدكتور', 'العقيد', 'اللواء',
    'العميد', 'المهندس', 'الاستاذ', 'السيد', 'السيده', 'النايب', 'المستشار', 'العضو', 'الوكيل', 'المساعد', 'القايد', 'المحافظ', 'المفتي',
    'الجنرال', 'المقدم', 'الرايد', 'النقيب', 'الملازم', 'الفريق', 'المشير', 'البروفيسور', 'الخبير', 'المحلل', 'المدرب', 'اللاعب',
    'المهاجم', 'الحارس', 'الفنان', 'الفنانه', 'النجم', 'النجمه', 'الممثل', 'الممثله', 'المغني', 'المطرب', 'المطربه', 'الكاتب',
    'الصحفي', 'الصحافي', 'المسوول', 'الزعيم', 'القاضي', 'المحامي', 'الباحث', 'الباحثه', 'الطبيب', 'المندوب', 'المبعوث', 'المنسق',
    'الحاكم', 'المرشد', 'البطل', 'المخرج', 'المنتج', 'الموسس', 'الرييسه', 'الوزيره', 'المديره', 'المتحدثه', 'الاميره', 'الملكه',
    'باسم', 'وكيله', 'المستشاره', 'الداعيه', 'الشاعر', 'الشاعره', 'الاعلاميه', 'الكاتبه', 'رجل', 'الاعمال', 'سمو', 'معالي', 'فضيله',
    'سعاده', 'صاحب', 'السمو', 'الملكي', 'خادم', 'الحرمين', 'الشريفين', 'م', 'أ',
    // Round 6: roles met on unseen articles before or after a name (فهد … الملحق الصحي).
    'ملحق', 'الملحق', 'قنصل', 'القنصل', 'عداء', 'العداء', 'مراسل', 'المراسل', 'كبير', 'كبيره',
    // Round 36: the Pope («وأضاف البابا» after «طالب البابا فرنسيس»).
    'بابا', 'البابا',
    // Round 10: prosecutors and presidents of a body, in both genders (وأضافت المدعية العامة).
    'مدعي', 'المدعي', 'مدعيه', 'المدعيه', 'محاميه', 'المحاميه', 'قاضيه', 'القاضيه', 'نايبه', 'النايبه', 'مسوولون', 'المسوولون',
    // Round 19: legislators (بعد أن قال مشرع إيطالي كبير … وتراجع المشرع كلاوديو بورجي).
    'مشرع', 'المشرع', 'مشرعه', 'المشرعه',
  ],
);

/** Honorifics and ranks right before a name: what follows is the name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'الشيخ', 'الدكتور', 'د', 'العقيد', 'اللواء', 'العميد', 'المهندس', 'م', 'الاستاذ', 'السيد', 'السيده', 'الجنرال', 'المقدم', 'الرايد',
  'النقيب', 'الملازم', 'الفريق', 'المشير', 'البروفيسور', 'الامير', 'الاميره', 'الملك', 'الملكه', 'الدكتوره', 'القاضي', 'المحامي',
  'الفنان', 'الفنانه', 'النجم', 'النجمه', 'الاعلامي', 'الاعلاميه', 'الكاتب', 'الكاتبه', 'الشاعر', 'الشاعره', 'الداعيه', 'المستشار',
  // Round 36: «طالب البابا فرنسيس …»، «وأضاف البابا»: the Pope, a title before a name.
  'البابا',
]);

/** Name particles that may join a name's parts (بن، بنت، أبو، آل، عبد، ولد). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ابي', 'ال', 'عبد', 'ولد', 'دي', 'فان', 'فون', 'دا', 'ڤان']);

/**
 * «لويس فان جال»، «فان دير فارت» (round 39): the Dutch «van» in a name, which normalises like فإن (a
 * complementiser). The stream (stream.ts) writes it so, and only the name particle reads it.
 */
export const VAN = 'ڤان';

/** Words after which a hamza-less «فان» is فإن all the same (ولذلك فان أحد …). */
const THEREFORE: ReadonlySet<string> = new Set(['لذا', 'ولذا', 'لذلك', 'ولذلك', 'وبالتالي', 'بالتالي', 'وعليه', 'اذا', 'واذا', 'لو', 'ولو']);

/** Words that open a clause's subject after فإن, never a name's next word (فان هناك، فان عدد …). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['هناك', 'هنالك', 'احد', 'عدد', 'كل', 'ما', 'من']);

/** Is a «فان» written without hamza between `prev` and `next` (normalised words) the name particle? */
export function vanParticle(prev: string, next: string): boolean {
  return !THEREFORE.has(prev) && !next.startsWith('ال') && !DEMONSTRATIVES.has(next) && !SUBJECT_OPENERS.has(next);
}

/** Heads of organisation names (without ال): «قالت وزارة الخارجية إن…». */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'وزاره', 'امم', 'اتحاد', 'منظمه', 'هييه', 'مجلس', 'حكومه', 'جيش', 'شرطه', 'بنك', 'صندوق', 'شركه', 'اداره', 'وكاله', 'مكتب',
  'رياسه', 'مديريه', 'جامعه', 'حركه', 'حزب', 'تحالف', 'لجنه', 'بيت', 'خارجيه', 'كرملين', 'بنتاغون', 'مفوضيه', 'مركز', 'امانه',
  'سفاره', 'موسسه', 'جمعيه', 'محكمه', 'نيابه', 'ادعاء', 'حرس', 'قياده', 'قوات', 'مصرف', 'مجموعه', 'نادي', 'فريق', 'صحيفه', 'قناه',
  'اوبك', 'ناتو', 'يونيسف', 'يونسكو', 'برلمان', 'سلطات', 'سلطه', 'ديوان', 'اماره', 'بلديه', 'هيئه', 'مصلحه', 'دايره', 'غرفه',
  'بورصه', 'مجمع', 'مستشفي', 'معهد', 'اكاديميه', 'كليه', 'فيدراليه', 'رابطه', 'نقابه', 'ايراده', 'الامم', 'الاتحاد', 'المنظمه',
  'المجلس', 'الحكومه', 'الجيش', 'الشرطه', 'البنك', 'الصندوق', 'الشركه', 'الاداره', 'الوكاله', 'المكتب', 'الرياسه', 'المديريه',
  'الجامعه', 'الحركه', 'الحزب', 'التحالف', 'اللجنه', 'البيت', 'الخارجيه', 'الكرملين', 'البنتاغون', 'المفوضيه', 'المركز', 'الامانه',
  'السفاره', 'الموسسه', 'الجمعيه', 'المحكمه', 'النيابه', 'الادعاء', 'الحرس', 'القياده', 'القوات', 'المصرف', 'المجموعه', 'النادي',
  'موقع', 'تلفزيون', 'اذاعه', 'شبكه', 'ارصاد', 'الارصاد', 'البرلمان', 'السلطات', 'السلطه', 'الديوان', 'الاماره', 'البلديه', 'الهييه', 'المصلحه', 'الداخليه', 'الدفاع', 'الوزاره', 'الرياسه',
  'الصحيفه', 'القناه', 'المعهد', 'الكليه', 'الرابطه', 'النقابه', 'الناتو', 'الشورى', 'البورصه',
  // Round 6: «تنظيم داعش»، «جماعة الحوثي».
  'تنظيم', 'التنظيم', 'جماعه', 'الجماعه',
  // Round 11: «خدمة الإسعاف الإيطالية»، «خدمة الأرصاد الجوية»، «جهاز الأمن»، «مرصد …»، and the plurals
  // «مستشفيات …»، «هيئات …»، «وكالات …».
  'خدمه', 'الخدمه', 'جهاز', 'الجهاز', 'مرصد', 'المرصد', 'مستشفيات', 'هيئات', 'وكالات',
]);

/**
 * Demonstratives (normalised: هؤلاء → هولاء، أولئك → اوليك): before a noun they refer back (هؤلاء
 * الأعضاء، هذه الشركة), and no name contains one.
 */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذا', 'هذه', 'هولاء', 'هاولاء', 'ذلك', 'تلك', 'اوليك', 'هذين', 'هاتين']);

/** Unnamed sources: «قال مصدر مطلع»، «قال متعاملون». The whole phrase is the speaker. */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set([
  'مصدر', 'مصادر', 'مسوول', 'مسوولون', 'مسوولين', 'متعاملون', 'محللون', 'خبراء', 'شهود', 'سكان', 'ناشطون', 'مراقبون', 'دبلوماسيون',
  'دبلوماسي', 'مسعفون', 'اطباء', 'مواطنون', 'متظاهرون', 'تجار', 'مستثمرون', 'اقتصاديون', 'باحثون', 'علماء', 'مختصون', 'متخصصون',
  'مصدرا', 'شاهد', 'شهود', 'ناشط', 'مسوولو', 'معارضون', 'محتجون', 'نشطاء', 'عاملون', 'موظفون', 'مسؤولون', 'تقارير', 'عدد',
  // «وسائل إعلام محلية»، «مصدرين مطلعين»: outlets and sources left unnamed.
  'وسايل', 'مصدرين', 'مسوولين', 'صحف',
]);

/** Report-like nouns after a frame: «بحسب بيان للوزارة» names the source only after them. */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'بيان', 'تقرير', 'تصريح', 'تصريحات', 'بيانات', 'تقديرات', 'ارقام', 'احصاءات', 'احصاييات', 'معلومات', 'دراسه', 'مسح', 'ما', 'وثيقه',
  'افاد', 'افادت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'قال', 'قالت', 'به', 'اورد', 'اوردت', 'نشر', 'نشرت',
  'صدر', 'الصادر', 'الصادره', 'صادر', 'صادره', 'عن', 'من', 'ل', 'نشره', 'نشرته', 'اوردته', 'اوردها', 'اخر', 'احدث', 'حصيله',
  'صدرت', 'نقلت', 'نقل', 'نقلته', 'نقلتها', 'ذكره', 'ذكرته', 'قاله', 'قالته', 'اعلنه', 'اعلنته', 'افادت', 'اكده', 'اكدته', 'جاء', 'في',
  // «حسب معلومات وردت إلى وكالة …»، «وفقا لما ورد عبر الموقع»: how the words reached the source.
  'ورد', 'وردت', 'الي', 'عبر',
  // Round 35: «وفقا لما أعلنت عنه المنظمة التابعة له»: what was announced, about which.
  'عنه', 'عنها',
  'اوضح', 'اوضحت', 'كشف', 'كشفت', 'نشرتها', 'بثه', 'بثته',
  // Round 24: «…، حسبما أكد المتحدث الرسمي …»; the plural forms too.
  'اكد', 'اكدت', 'صرح', 'صرحت', 'اشار', 'اشارت', 'اكدوا', 'قالوا', 'ذكروا', 'افادوا', 'اعلنوا',
]);

/**
 * Nominal content: «أكد الملك تنديد السعودية بـ…»، «شدد على حقها في …»، «حذرت الإمارة من انتشار …»،
 * «أعلنت الشركة ارتفاع إيراداتها»: a verb of saying with a noun phrase instead of إن/أن. For each
 * such verb, the preposition that opens the content (if any), and whether a verbal noun may
 * follow the subject directly; with `sure`, a masdar-shaped word counts only after a subject and
 * without ال (نفى وجود … is a claim, نفى الاتهامات is not). Only these verbs: «أعلن مسؤوليته» is an act.
 */
export const NOMINAL_VERBS: ReadonlyMap<string, { preposition?: string; direct: boolean; sure?: boolean; praise?: boolean; glued?: boolean }> = new Map([
  ['اكد', { preposition: 'علي', direct: true }],
  ['شدد', { preposition: 'علي', direct: false }],
  ['حذر', { preposition: 'من', direct: false }],
  ['اعلن', { preposition: 'عن', direct: true }],
  // With `glued`, ب with a verbal noun as well (round 24: كشف مصدر … بتلقي الاتحاد اتصالا).
  ['كشف', { preposition: 'عن', direct: true, glued: true }],
  ['توقع', { direct: true }],
  // Round 11: the verbs the judges took with nominal content in several splits (أفادت مصادر بمقتل،
  // أشار المرصد إلى مقتل، اعتبر نجاح، نفى وجود، أوضحت قيامها، ذكر تخصيص). «ب» is
  // glued to its noun (بمقتل): the content starts at that word.
  ['اشار', { preposition: 'الي', direct: false }],
  ['افاد', { preposition: 'ب', direct: false }],
  // Round 28: praise with ب glued to what is praised (أشاد الوزير بالدور …، نوه بجهود …): the content
  // starts at that word, whatever it is, not only at a verbal noun.
  ['اشاد', { preposition: 'ب', direct: false, praise: true }],
  ['نوه', { preposition: 'ب', direct: false, praise: true }],
  ['اعتبر', { direct: true }],
  ['نفي', { direct: true, sure: true }],
  ['اوضح', { direct: true }],
  ['ذكر', { direct: true }],
]);

/** Verbal nouns read as such only without ال: with it they name a field (وزارة الصحة، شؤون الصحة). */
export const BARE_ONLY_VERBAL_NOUNS: ReadonlySet<string> = new Set(['صحه', 'صعوبه', 'خطوره']);

/**
 * Verbal nouns that open nominal content right after the subject (normalised, without ال; with an
 * attached pronoun they are read too: حقها، تضامنه، إيراداتها). A closed list: a subject word
 * is never among them, so the subject ends where one starts.
 */
export const VERBAL_NOUNS: ReadonlySet<string> = new Set([
  'اهميه', 'ضروره', 'حرص', 'رفض', 'دعم', 'تضامن', 'التزام', 'استعداد', 'تمسك', 'عزم', 'نيه', 'استمرار', 'مقتل', 'وفاه', 'اصابه',
  'ارتفاع', 'انخفاض', 'تراجع', 'انتقال', 'اطلاق', 'بدء', 'توقيع', 'تسجيل', 'اعتقال', 'سقوط', 'وصول', 'تنديد', 'حق', 'ادانه',
  'موافقه', 'انتهاء', 'نجاح', 'فشل', 'عدم', 'تاييد', 'ترحيب', 'قرب', 'زياده', 'نمو', 'تحقيق', 'اكتمال', 'مواصله', 'وقوف', 'ايرادات',
  'ارباح', 'خسائر', 'خساير', 'تعرض', 'استهداف', 'ضبط', 'القبض', 'استقرار', 'جاهزيه', 'قدره', 'حاجه',
  // Round 11: the commonest heads of claims of the short فعول/فعال shapes, trusted bare only here.
  'وجود', 'قيام', 'دخول', 'حصول', 'وقوع',
  // Round 23: «نفى روحاني صحة تكهنات …»، «أكد … صعوبة وتعقيدات …»، «أكد خطورة …».
  ...BARE_ONLY_VERBAL_NOUNS,
  // Round 24: «كشف مصدر … بتلقي الاتحاد اتصالا».
  'تلقي',
  // Round 26: «أكد المركز الوطني للأرصاد في الإمارات انعدام فرص …».
  'انعدام',
]);

/**
 * Verbal nouns of acts the subject performs by announcing them (أعلنت عن اختيار …، أعلن تعيين …،
 * كشف عن إطلاق …): after أعلن/كشف an act, not a claim (the judging rules), so no statement.
 */
export const ACTS: ReadonlySet<string> = new Set([
  'اختيار', 'تعيين', 'اطلاق', 'افتتاح', 'تدشين', 'انشاء', 'تاسيس', 'تشكيل', 'اقامه', 'تنظيم', 'اعتماد', 'منح', 'اصدار', 'ترشيح', 'تكريم',
]);

/**
 * Nationalities (and the UN's «الأممي»), written with ال, masculine; the feminine adds ه. «وقال الإيطالي»
 * names a person by one of these (round 36); a family name in the same form (المصري) is told apart by the
 * article naming someone with it.
 */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  'الامريكي', 'الاميركي', 'الروسي', 'البريطاني', 'الفرنسي', 'الالماني', 'الايراني', 'التركي', 'المصري', 'السعودي', 'الاماراتي',
  'القطري', 'الكويتي', 'العراقي', 'السوري', 'اللبناني', 'الاردني', 'الفلسطيني', 'الاسراييلي', 'الصيني', 'الياباني', 'الهندي',
  'الباكستاني', 'الافغاني', 'الايطالي', 'الاسباني', 'الكندي', 'الاوكراني', 'اليمني', 'الليبي', 'التونسي', 'الجزايري', 'المغربي',
  'السوداني', 'البحريني', 'العماني', 'البرتغالي', 'البرازيلي', 'الارجنتيني', 'الهولندي', 'البلجيكي', 'السويدي', 'النرويجي',
  'الدنماركي', 'السويسري', 'النمساوي', 'اليوناني', 'الكوري', 'الاسترالي', 'المكسيكي', 'الاممي', 'الكرواتي', 'الصربي', 'البولندي',
  'الاثيوبي', 'الصومالي', 'الموريتاني', 'النيجيري', 'الفنزويلي', 'الكولومبي', 'التشيلي', 'الفلبيني', 'الاندونيسي', 'الماليزي',
]);
