import { describe, expect, it } from 'vitest';
import { codePointLength } from '../text/codepoints';
import { detectStatements, detectWithEvidence } from './detect';

/**
 * Sentences written for these tests (not from any article). The rules are checked before the
 * confidence threshold (minConfidence 0): short test sentences would otherwise fall under it
 * (confidence.test.ts checks the threshold).
 */
function found(text: string) {
  return detectStatements(text, { minConfidence: 0 }).map((s) => ({ text: s.text, speaker: s.speaker?.name ?? null, cue: s.cue, kind: s.cueKind }));
}

/** Each statement's text and speaker's name (undefined when it has none), for the round-by-round tests. */
function who(text: string) {
  return detectStatements(text, { minConfidence: 0 }).map((s) => [s.text, s.speaker?.name]);
}

/** Only the speakers' names, in text order. */
function speakersOf(text: string) {
  return who(text).map(([, speaker]) => speaker);
}

describe('detectStatements: constructions', () => {
  it('finds قال … إن with a titled name, and splits the role from the name', () => {
    const [s] = detectStatements('قال وزير الخارجية الأردني أيمن الصفدي إن الحوار هو الطريق الوحيد.');
    expect(s).toMatchObject({ text: 'الحوار هو الطريق الوحيد', cue: 'قال', cueKind: 'verb' });
    expect(s!.speaker).toMatchObject({ name: 'أيمن الصفدي', role: 'وزير الخارجية الأردني', kind: 'person', feminine: false });
  });

  it('continues a pronoun subject with the last speaker of the same gender', () => {
    const text = [
      'قال وزير الزراعة خالد النمر إن الموسم جيد هذا العام.',
      'وقالت المديرة التنفيذية لمنظمة الصحة سارة الخطيب إن اللقاحات وصلت إلى المدينة.',
      'وأضاف أن الأسعار ستنخفض قريبا. وأضافت أن التوزيع سيبدأ غدا.',
    ].join('\n');
    expect(found(text).map((s) => [s.text, s.speaker])).toEqual([
      ['الموسم جيد هذا العام', 'خالد النمر'],
      ['اللقاحات وصلت إلى المدينة', 'سارة الخطيب'],
      ['الأسعار ستنخفض قريبا', 'خالد النمر'],
      ['التوزيع سيبدأ غدا', 'سارة الخطيب'],
    ]);
    expect(detectStatements(text)[1]!.speaker).toMatchObject({ organisation: 'منظمة الصحة', feminine: true });
  });

  it('cuts a statement where a participle starts the next one (، مشيرا إلى أن …)', () => {
    const text = 'وأكد المهندس سامي العلي أن المشروع اكتمل، مشيرا إلى أن الافتتاح سيكون في الربيع، مؤكدا أن التكلفة لم تتجاوز الميزانية.';
    expect(found(text)).toEqual([
      { text: 'المشروع اكتمل', speaker: 'سامي العلي', cue: 'وأكد', kind: 'verb' },
      { text: 'الافتتاح سيكون في الربيع', speaker: 'سامي العلي', cue: 'مشيرا', kind: 'participle' },
      { text: 'التكلفة لم تتجاوز الميزانية', speaker: 'سامي العلي', cue: 'مؤكدا', kind: 'participle' },
    ]);
  });

  it('takes a quotation after a colon, with its marks, and ignores cues inside it', () => {
    const text = 'وتابع رئيس البلدية يوسف حداد: «قال لي السكان إن الطريق خطير، ونحن سنصلحه».';
    expect(found(text)).toEqual([{ text: '«قال لي السكان إن الطريق خطير، ونحن سنصلحه»', speaker: 'يوسف حداد', cue: 'وتابع', kind: 'verb' }]);
  });

  it('reads curly and straight quotes and a quotation before its verb', () => {
    const text = ['“سنبدأ العمل غدا صباحا”، قال مدير الشركة نبيل سعد.', 'وأضاف "لا نحتاج إلى تمويل إضافي".'].join('\n');
    expect(found(text).map((s) => [s.text, s.speaker, s.kind])).toEqual([
      ['“سنبدأ العمل غدا صباحا”', 'نبيل سعد', 'inverted'],
      ['"لا نحتاج إلى تمويل إضافي"', 'نبيل سعد', 'verb'],
    ]);
  });

  it('runs a quotation that is never closed to the end of its paragraph', () => {
    const text = 'وقال الرئيس هشام ناصر: «هذه المرحلة صعبة. لكننا سنتجاوزها معا\nفقرة أخرى لا علاقة لها.';
    expect(found(text)).toEqual([{ text: '«هذه المرحلة صعبة. لكننا سنتجاوزها معا', speaker: 'هشام ناصر', cue: 'وقال', kind: 'verb' }]);
  });

  it('resolves a title alone to the person named with it earlier', () => {
    const text = 'استقبل وزير الصحة فادي الحسن الوفد أمس.\nوقال الوزير إن المستشفيات جاهزة لاستقبال المرضى.';
    expect(found(text)).toEqual([{ text: 'المستشفيات جاهزة لاستقبال المرضى', speaker: 'فادي الحسن', cue: 'وقال', kind: 'verb' }]);
  });

  it('resolves a family name alone to the full name used before', () => {
    const text = 'قال الكاتب مروان الشامي إن الرواية تأخرت.\nكما أكد الشامي أن النشر سيتم في الخريف.';
    expect(found(text).map((s) => s.speaker)).toEqual(['مروان الشامي', 'مروان الشامي']);
  });

  it('takes organisations as speakers, with feminine agreement', () => {
    const [s] = detectStatements('وقالت الأمم المتحدة في بيان إن المساعدات ستصل قريبا إلى المنطقة.');
    expect(s!.speaker).toMatchObject({ name: 'الأمم المتحدة', kind: 'organisation' });
    expect(s!.text).toBe('المساعدات ستصل قريبا إلى المنطقة');
  });

  it('reads source frames before and after the content (بحسب، وفقا لـ، نقلا عن)', () => {
    const text = [
      'ارتفعت أسعار القمح بنسبة عشرة في المئة، بحسب وزارة الزراعة.',
      'ووفقا لمصادر مطلعة، فإن المفاوضات ستستأنف الأسبوع المقبل.',
      'وتوقفت الرحلات إلى المطار، نقلا عن وكالة الأنباء الرسمية.',
    ].join('\n');
    expect(found(text).map((s) => [s.text, s.speaker, s.kind])).toEqual([
      ['ارتفعت أسعار القمح بنسبة عشرة في المئة', 'وزارة الزراعة', 'frame'],
      ['المفاوضات ستستأنف الأسبوع المقبل', 'مصادر مطلعة', 'frame'],
      ['وتوقفت الرحلات إلى المطار', 'وكالة الأنباء الرسمية', 'frame'],
    ]);
  });

  it('does not take a frame that names no source (وفقا للخطة)', () => {
    expect(found('وتسير الأعمال وفقا للخطة الموضوعة منذ العام الماضي.')).toEqual([]);
  });

  it('reads صرح … بأن, أعرب عن and run-on statements (كما أكد)', () => {
    const text = 'وصرح المتحدث باسم الوزارة رامي خليل بأن الحدود ستفتح يوم الأحد. وأعرب عن أمله في عودة الحركة التجارية. كما أكد أن الإجراءات ستكون سريعة.';
    expect(found(text).map((s) => [s.text, s.speaker, s.cue])).toEqual([
      ['الحدود ستفتح يوم الأحد', 'رامي خليل', 'وصرح'],
      ['أمله في عودة الحركة التجارية', 'رامي خليل', 'وأعرب'],
      ['الإجراءات ستكون سريعة', 'رامي خليل', 'أكد'],
    ]);
  });

  it('reads the subject between كان and قد, and a name in apposition between commas', () => {
    const text = 'وكان مدير الميناء، عادل منصور، قد أعلن أمس أن السفن ستعود للعمل.';
    expect(found(text)).toEqual([{ text: 'السفن ستعود للعمل', speaker: 'عادل منصور', cue: 'أعلن', kind: 'verb' }]);
  });

  it('does not treat a verb after its subject, or «عبر» meaning "via", as reported speech', () => {
    expect(found('وأظهرت بيانات تشير إلى أن الإنتاج ارتفع. ووصلت الشحنة عبر الميناء الجنوبي إلى المدينة.')).toEqual([]);
  });

  it('skips a quoted name before the speech («أندي هالفورد»، وأعلن «الشركة» أن)', () => {
    const text = 'وقال المدير المالي للبنك «سمير داود»، أمس: إن البنك سيوسع أعماله.\nوأعلن «بنك الشمال» أن أرباحه تراجعت هذا العام.';
    expect(found(text).map((s) => [s.text, s.speaker])).toEqual([
      ['البنك سيوسع أعماله', 'سمير داود'],
      ['أرباحه تراجعت هذا العام', 'بنك الشمال'],
    ]);
  });

  it('reads documents and their authors (بيان من X، وثائق نشرها X، وأضاف البيان)', () => {
    const text = [
      'وأفاد بيان من مكتب الرئاسة أن الاجتماع سيعقد غدا في العاصمة.',
      'وأضاف البيان أن جدول الأعمال لم يحدد بعد.',
      'وكشفت وثائق نشرها موقع الأرشيف أن الاتصالات استمرت سنوات.',
    ].join('\n');
    expect(found(text).map((s) => [s.text, s.speaker])).toEqual([
      ['الاجتماع سيعقد غدا في العاصمة', 'مكتب الرئاسة'],
      ['جدول الأعمال لم يحدد بعد', 'مكتب الرئاسة'],
      ['الاتصالات استمرت سنوات', 'موقع الأرشيف'],
    ]);
  });

  it('continues a subject named with its title in a sentence without a statement (ونعت الرئيس … وقال)', () => {
    const text = [
      'قال نائب المندوب الروسي في المنظمة إن بلاده تشعر بخيبة أمل.',
      'وكان الرئيس الأمريكي، جون سميث، قد قرر الانسحاب من الاتفاق.',
      'ووصف الرئيس الأمريكي الاتفاق بالسيئ، وقال في كلمة إن الاتفاق لم يحقق السلام.',
    ].join('\n');
    expect(found(text).map((s) => s.speaker)).toEqual(['نائب المندوب الروسي', 'جون سميث']);
  });

  it('reads a subject before its verb, and the given name علي (folded like على)', () => {
    const text = 'المتحدث الرسمي للدفاع المدني الرائد سالم الغامدي أكد أن الفرق أنقذت خمسة أشخاص.\nوأوضح مدير المنتخب علي الشهري أن المعسكر انتهى.';
    expect(found(text).map((s) => [s.text, s.speaker])).toEqual([
      ['الفرق أنقذت خمسة أشخاص', 'سالم الغامدي'],
      ['المعسكر انتهى', 'علي الشهري'],
    ]);
  });

  it('gives code-point offsets into the text, sorted and non-overlapping', () => {
    const text = '😀 قال المدرب حسن علي إن الفريق جاهز 😀 للمباراة. وأضاف أن الجمهور سيحضر.';
    const list = detectStatements(text);
    expect(list).toHaveLength(2);
    for (const s of list) expect([...text].slice(s.start, s.end).join('')).toBe(s.text);
    const first = list[0]!;
    expect(first.start).toBe(codePointLength(text.slice(0, text.indexOf('الفريق'))));
    expect(first.text).toBe('الفريق جاهز 😀 للمباراة');
    expect(list[1]!.start).toBeGreaterThanOrEqual(first.end);
  });
});

describe('detectStatements: rule classes added on held-out errors', () => {
  it('reads a role with a place before the name, and a nationality before an apposed name', () => {
    expect(found('أكد قائد الحرس في محافظة الشمال اللواء سامر الخالدي لـ«الصباح» أن الطرق آمنة.').map((s) => s.speaker)).toEqual(['سامر الخالدي']);
    expect(found('وقال الأمين العام للرابطة، الكندي جون ميلر، إن الاجتماع ناجح.').map((s) => s.speaker)).toEqual(['جون ميلر']);
  });

  it('skips a newspaper addressed before the speaker and a ل-word that completes a title', () => {
    expect(found('صرح لـ"الأخبار" حسن الدوري الناطق باسم البلدية بأن العمل مستمر.').map((s) => s.speaker)).toEqual(['حسن الدوري']);
    expect(found('وقال الرئيس التنفيذي لوكالة الفضاء مارك وود، أمس، إن الإطلاق تأجل.').map((s) => s.speaker)).toEqual(['مارك وود']);
  });

  it('names a speaker first known by a title from the next statement, and a given name alone from its fullest mention', () => {
    const text = 'قال متحدث باسم الدفاع المدني إن الحريق أخمد.\nوقال نادر الصالح إن التحقيق بدأ.';
    expect(found(text).map((s) => s.speaker)).toEqual(['نادر الصالح', 'نادر الصالح']);
    const later = 'استقبل الأمير فهد بن سالم أمس الوفد.\nوقال فهد إن الزيارة مثمرة.';
    expect(found(later).map((s) => s.speaker)).toEqual(['فهد بن سالم']);
  });

  it('reads nominal content after أكد / شدد على / حذر من, and not after other verbs', () => {
    expect(found('وأكد وزير النقل سعيد المالكي أهمية صيانة الطرق قبل الشتاء.')).toEqual([
      { text: 'أهمية صيانة الطرق قبل الشتاء', speaker: 'سعيد المالكي', cue: 'وأكد', kind: 'verb' },
    ]);
    expect(found('وحذرت هيئة الأرصاد مجددا من السيول في الأودية.').map((s) => s.text)).toEqual(['السيول في الأودية']);
    expect(found('وأعلن التنظيم مسؤوليته عن الهجوم.')).toEqual([]);
  });

  it('attributes the clause before «، كما أعلنت X.» to X', () => {
    expect(found('أغلقت ثلاث مدارس في الحي بسبب الأمطار، كما أعلنت وزارة التربية.')).toEqual([
      { text: 'أغلقت ثلاث مدارس في الحي بسبب الأمطار', speaker: 'وزارة التربية', cue: 'أعلنت', kind: 'frame' },
    ]);
  });

  it('gives a participle in a sentence with no reporting verb to the titled subject before it', () => {
    const text = 'وزار وزير الصحة، كمال يوسف، المستشفى، مؤكدا أن الخدمات ستتحسن.';
    expect(found(text).map((s) => [s.text, s.speaker])).toEqual([['الخدمات ستتحسن', 'كمال يوسف']]);
  });

  it('does not end a sentence at an abbreviation, and pairs " with »', () => {
    expect(found('وقال المدرب علي حسن لقناة بي.بي.سي "الفريق جاهز تماما لمباراة الغد الصعبة".').map((s) => s.speaker)).toEqual(['علي حسن']);
    const mixed = 'وأوضح الطبيب منير داود أن "الحالة مستقرة» . وقال مسؤول في المستشفى إنه "لا وفيات".';
    expect(found(mixed).map((s) => s.speaker)).toEqual(['منير داود', 'مسؤول في المستشفى']);
  });
});

describe('detectStatements: bad input', () => {
  it('returns nothing for empty text, text without reported speech, and non-Arabic text', () => {
    expect(detectStatements('')).toEqual([]);
    expect(detectStatements('ارتفعت درجات الحرارة في المدينة اليوم وهطلت أمطار خفيفة في المساء.')).toEqual([]);
    expect(detectStatements('The minister said that "talks will resume". Il a dit que « tout va bien ».')).toEqual([]);
    expect(detectStatements('وزیر گفت که مذاکرات ادامه دارد.')).toEqual([]);
  });

  it('survives 200 nested quotes and a quote mark that is never closed', () => {
    const nested = `وقال المدير سامي فؤاد: ${'«'.repeat(200)}كلام ${'»'.repeat(200)} انتهى.`;
    const list = detectStatements(nested);
    expect(list.length).toBeLessThanOrEqual(1);
    const open = `وقال المدير سامي فؤاد: ${'«كلام '.repeat(200)}`;
    expect(detectStatements(open)).toHaveLength(1);
    expect(detectStatements('»»»«««" " "“”„'.repeat(100))).toEqual([]);
  });

  it('handles a 1 MB article in linear time', () => {
    const paragraph = 'قال وزير المالية أحمد سالم إن الميزانية متوازنة. وأضاف أن العجز تراجع، مشيرا إلى أن «الإيرادات ارتفعت». ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const started = performance.now();
    const list = detectStatements(text);
    const ms = performance.now() - started;
    expect(list.length).toBe(3 * Math.ceil(1_000_000 / paragraph.length));
    // Typically ~1 s here; the bound only catches a quadratic blow-up, even on a loaded machine.
    expect(ms).toBeLessThan(15_000);
    // One long run-on paragraph with cue words everywhere and no punctuation: still bounded.
    const runOn = 'قال إن وأضاف أن مشيرا إلى أن «'.repeat(40_000);
    const t2 = performance.now();
    detectStatements(runOn);
    expect(performance.now() - t2).toBeLessThan(15_000);
  }, 60_000);
});

describe('detectStatements: rule classes added on heldout6', () => {
  const pairs = (text: string) => found(text).map((s) => [s.text, s.speaker]);

  it('reads nominal content with a possessive or a masdar shape, and keeps it out of the name', () => {
    expect(pairs('أكد الرئيس سامر قبوله الدعوة إلى القمة.')).toEqual([['قبوله الدعوة إلى القمة', 'سامر']]);
    expect(pairs('كشفت مصادر مقربة من الوزارة اعتزامها فتح مكتب جديد في المدينة.')).toEqual([['اعتزامها فتح مكتب جديد في المدينة', 'مصادر مقربة']]);
    expect(pairs('أعلنت النقابة أمس مواصلة إضرابها حتى نهاية الشهر.')).toEqual([['مواصلة إضرابها حتى نهاية الشهر', 'النقابة']]);
    expect(pairs('وقال المهندس رامي النجار إن العمل بدأ. وأكد استنكار الأهالي لهذا الاعتداء.')).toEqual([
      ['العمل بدأ', 'رامي النجار'],
      ['استنكار الأهالي لهذا الاعتداء', 'رامي النجار'],
    ]);
  });

  it('reads claims after عن (كشف عن، أعلن عن) but not an act with its object (أعلنت مسؤوليتها عن)', () => {
    expect(pairs('كشف الباحث سالم العتيق عن بداية موسم الأمطار في المنطقة.')).toEqual([['بداية موسم الأمطار في المنطقة', 'سالم العتيق']]);
    const act = 'أعلنت جماعة النور مسؤوليتها عن الهجوم على المبنى. وجاء في بيان أن الهجوم رسالة إلى الحكومة.';
    expect(pairs(act)).toEqual([['الهجوم رسالة إلى الحكومة', 'جماعة النور']]);
  });

  it('takes the subject between كان and the verb without قد, with nominal content after a weekday', () => {
    expect(pairs('وكانت منظمة الإغاثة حذرت الأحد من ارتفاع عدد النازحين في الشمال.')).toEqual([['ارتفاع عدد النازحين في الشمال', 'منظمة الإغاثة']]);
  });

  it('knows بين before a title, أورد, روت, ألمح and the participles واصفا, زاعما, مذكرا', () => {
    expect(pairs('من جهته بين رئيس النادي الدكتور فهد السالم أن الفريق جاهز للموسم.')).toEqual([['الفريق جاهز للموسم', 'فهد السالم']]);
    // «بين» as "between" is no cue.
    expect(found('وقعت اشتباكات بين مجموعات مسلحة دون أن تحدد الشرطة عدد المصابين.')).toEqual([]);
    expect(pairs('وروت منى الحربي أنها كتبت الرواية في عام واحد.')).toEqual([['كتبت الرواية في عام واحد', 'منى الحربي']]);
    expect(pairs('وقال الوزير خالد الراشد إن الخطة جاهزة، واصفا إياها بأنها الأفضل منذ سنوات.').map((p) => p[1])).toEqual(['خالد الراشد', 'خالد الراشد']);
    expect(pairs('ورفع المحافظ سعيد الحربي التعازي للأسر، مذكرا أن الحادثة لن تتكرر بإذن الله.')).toEqual([['الحادثة لن تتكرر بإذن الله', 'سعيد الحربي']]);
  });

  it('names the speaker after a role over a body (المشرف على …), علي right after the verb, and skips لبي بي سي', () => {
    expect(pairs('وأوضح المشرف على مركز العلوم بالجامعة الدكتور ظافر الشهري أن البرنامج بدأ أمس.')).toEqual([['البرنامج بدأ أمس', 'ظافر الشهري']]);
    expect(pairs('اعتبر علي بن حسن الكعبي، وزير الإعلام، أن "الموسم كان ناجحا جدا".').map((p) => p[1])).toEqual(['علي بن حسن الكعبي']);
    const bbc = 'قال المدرب ماهر العلي إن الفريق تحسن. وقال لبي بي سي: "نريد اللقب هذا العام".';
    expect(pairs(bbc).map((p) => p[1])).toEqual(['ماهر العلي', 'ماهر العلي']);
  });

  it('takes a short quotation that closes the sentence as the speech, and نقل قول X', () => {
    expect(pairs('وقال المدرب سامي الحكيم «كانت مباراة رائعة».')).toEqual([['«كانت مباراة رائعة»', 'سامي الحكيم']]);
    expect(pairs('ونقلت القناة قول قيادة الجيش إن "الوضع تحت السيطرة تماما".').map((p) => p[1])).toEqual(['قيادة الجيش']);
  });

  it('does not make a study a speaker', () => {
    expect(found('أفادت دراسة حديثة بأن النوم المبكر يحسن الذاكرة لدى الأطفال.')).toEqual([]);
  });
});

describe('detectStatements: speaker identification in general (round 3)', () => {
  const pairs = (text: string) => detectStatements(text, { minConfidence: 0 }).map((s) => [s.text, s.speaker?.name ?? null]);

  it('reads a title, an organisation with a place and then the name (الباحثة في معهد … هدى العلي)', () => {
    expect(pairs('قالت الباحثة في معهد الدراسات البيئية هدى العلي إن منسوب المياه ينخفض كل عام.')).toEqual([['منسوب المياه ينخفض كل عام', 'هدى العلي']]);
  });

  it('does not take الفريق before an ال-word as the rank: the name is the trailing run', () => {
    expect(pairs('وقال نجم الفريق الأول لكرة السلة بنادي الشباب سالم الدوسري إن الفريق جاهز للنهائي.')).toEqual([['الفريق جاهز للنهائي', 'سالم الدوسري']]);
    // The rank before a name is still read.
    expect(pairs('وقال الفريق ركن سامي الحداد إن القوات جاهزة.').map((p) => p[1])).toEqual(['ركن سامي الحداد']);
  });

  it('ends a name before a prepositional or time phrase, and gives it the fullest mention of the article', () => {
    const text = 'ألقى الرئيس كمال الحسيني خطابا طويلا.\nوأعلن الحسيني للمرة الأولى أنه مسؤول عن القرار شخصيا.';
    expect(pairs(text)).toEqual([['مسؤول عن القرار شخصيا', 'كمال الحسيني']]);
  });

  it('keeps the role of a speaker called again by a family name with ال (وأضاف الخطيب)', () => {
    const [, again] = detectStatements('وقال وزير النقل ماجد الخطيب إن الطريق سيفتح غدا.\nوأضاف الخطيب أن «الأعمال انتهت قبل موعدها».');
    expect(again!.speaker).toMatchObject({ name: 'ماجد الخطيب', role: 'وزير النقل' });
  });

  it('gives a document the author named where it was first mentioned (عريضة، بيان)', () => {
    const text = [
      'قالت النيابة في عريضة اتهام قدمتها للمحكمة إن الشركة خالفت القانون.',
      'وقالت عريضة الاتهام التي نشرت أمس إن المديرين نقلوا الأموال سرا.',
      'من جهتها، رحبت حركة «الأمل» في بيان وصل إلى الصحيفة بالقرار، وقال البيان: إن الوفد زار العاصمة يومين.',
    ].join('\n');
    expect(pairs(text).map((p) => p[1])).toEqual(['النيابة', 'النيابة', 'حركة الأمل']);
  });

  it('takes the subject before its verb after لكن, and one name the article gave with a title', () => {
    const text = 'وصل المدرب فارس العتيبي إلى النادي صباحا.\nوتوقع مصدر في الإدارة أن يرحل المدرب، لكن العتيبي شدد على أنه باق حتى نهاية الموسم.';
    expect(pairs(text).map((p) => p[1])).toEqual(['مصدر في الإدارة', 'فارس العتيبي']);
    expect(pairs('وقدرت جمعية السكان العدد بألف شخص لكن الشرطة قالت إن عددهم خمسمئة فقط.')).toEqual([['عددهم خمسمئة فقط', 'الشرطة']]);
    // The words after such a verb are its object, not its subject.
    const object = 'ظهر الإعلامي سامر الخطيب في برنامجه أمس.\nسامر الخطيب تابع حديثه عن المباراة قائلا: "كان يوما جميلا للجميع".';
    expect(pairs(object).map((p) => p[1])).toEqual(['سامر الخطيب']);
  });

  it('gives a participle after a verb that is not a cue to the person the sentence names by family name', () => {
    const text = 'يربي الخمسيني ناصر بن علي القحطاني الصقور في مزرعته.\nويطعمها القحطاني اللحم كل صباح، موضحا أنه تعلم ذلك من والده.';
    expect(pairs(text)).toEqual([['تعلم ذلك من والده', 'ناصر بن علي القحطاني']]);
  });

  it('does not take an announced act for a claim (أعلنت عن اختيار …)', () => {
    expect(found('وأعلنت رئيسة اللجنة سلمى الحربي عن اختيار الشاعر علي ناصر نائبا لها.')).toEqual([]);
    expect(pairs('وأعلنت الشركة عن ارتفاع أرباحها في الربع الأول.').map((p) => p[1])).toEqual(['الشركة']);
  });
});

describe('detectStatements: speaker attribution on unseen articles (round 6)', () => {
  const who = (text: string) => detectStatements(text, { minConfidence: 0 }).map((s) => [s.text, s.speaker?.name ?? null]);

  it('matches another spelling of a foreign name by its consonants (كرويتشر / كرويتشار)', () => {
    const text = 'قال المدرب الهولندي يوهان كرويتشر إن الفريق جاهز للمباراة.\nوأشار كرويتشار في مؤتمر صحفي إلى أن اللاعبين متحمسون كثيرا.';
    expect(who(text)).toEqual([
      ['الفريق جاهز للمباراة', 'يوهان كرويتشر'],
      ['اللاعبين متحمسون كثيرا', 'يوهان كرويتشر'],
    ]);
  });

  it('reads «فان» right after the verb as a name, not فإن', () => {
    expect(who('وقال فان ديك للصحفيين إن المباراة كانت صعبة.')).toEqual([['المباراة كانت صعبة', 'فان ديك']]);
  });

  it('goes on to the content past «وهو يشير إلى …», and continues with a speaker whose speech was not found', () => {
    const quoted = 'ذكرت صحف محلية أن الحقائب ضاعت.\nوقال المدرب سامي الحربي للصحفيين في المطار، وهو يشير إلى الحقائب «لم تصل كلها بعد».\nوأضاف «سنبحث عنها غدا مع الشركة».';
    expect(who(quoted).map((p) => p[1])).toEqual(['صحف محلية', 'سامي الحربي', 'سامي الحربي']);
    const unfound = 'ذكرت وكالة الأنباء المحلية أن الاجتماع انتهى مساء.\nوقال الوزير خالد العمري للصحفيين بعد الاجتماع كلاما كثيرا عن الخطة.\nوأضاف أن التنفيذ يبدأ في الصيف.';
    expect(who(unfound)).toEqual([
      ['الاجتماع انتهى مساء', 'وكالة الأنباء المحلية'],
      ['التنفيذ يبدأ في الصيف', 'خالد العمري'],
    ]);
  });

  it('reads a given name with a glued-looking ب/ل after a title (الرئيس السوري بشار الأسد), not after an organisation', () => {
    expect(who('قال الرئيس السوري بشار الأسد إن الحرب انتهت.')).toEqual([['الحرب انتهت', 'بشار الأسد']]);
    expect(who('قال الوزير لؤي الخطيب إن الموازنة جاهزة.')).toEqual([['الموازنة جاهزة', 'لؤي الخطيب']]);
    expect(who('قال رئيس الاتحاد الدولي لكرة القدم إن البطولة ستقام في موعدها.').map((p) => p[1])).toEqual(['رئيس الاتحاد الدولي لكرة القدم']);
  });

  it('does not take a guest named after «، خلال استقباله» for the speaker', () => {
    const text = 'من جانبه، قال الرئيس السوري بشار الأسد إن الحرب انتهت.\nوقال الأسد، خلال استقباله فالح الياسين مبعوث رئيس الحكومة العراقية حسن العلي، إنه "يرحب بكل تعاون في المستقبل".';
    expect(who(text).map((p) => p[1])).toEqual(['بشار الأسد', 'بشار الأسد']);
  });

  it('reads the name after an honorific, also «علي», and not the role before it as a name', () => {
    expect(who('قال مشرف المعرض الأستاذ سامي الحمدان: "وجدنا تشجيعا كبيرا من الزوار".').map((p) => p[1])).toEqual(['سامي الحمدان']);
    expect(who('وفي الحفل قال مشرف المعرض الأستاذ علي الحمدان: "وجدنا تشجيعا كبيرا من الزوار".').map((p) => p[1])).toEqual(['علي الحمدان']);
  });

  it('continues with a titled person who became the subject in the sentence before (across a line break)', () => {
    const text = 'قال المجلس البلدي إن الحفل ناجح جدا.\nوحضر محامي الفنانة، خالد الشمري، هذا الحفل وأشاد بالتنظيم.\nوقال: "هذه ليلة لا تنسى للجميع".';
    expect(who(text).map((p) => p[1])).toEqual(['المجلس البلدي', 'خالد الشمري']);
  });

  it('gives «التي تقول إنها» to the antecedent, and a feminine continuation to her', () => {
    const text = 'قال المدير إن الرواتب تأخرت.\nومن هؤلاء الموظفين المهندسة سلمى الزعبي، التي تقول إنها عملت في الشركة عشر سنوات.\nوتضيف أنها لم تتلق أجرها منذ شهرين.';
    expect(who(text).slice(1)).toEqual([
      ['عملت في الشركة عشر سنوات', 'سلمى الزعبي'],
      ['لم تتلق أجرها منذ شهرين', 'سلمى الزعبي'],
    ]);
    // A plain noun before the pronoun names nobody.
    expect(who('وينتظر الفريق اللاعب الأجنبي الذي يتوقع أن يكون برازيليا.')).toEqual([]);
  });

  it('does not give a participle to a place that ends a title (أمير منطقة عسير … وعد المنطقة …، مشيرا)', () => {
    const text = 'وافتتح أمير منطقة عسير المبنى الجديد. وقال مدير الزراعة فهد الكعبي إن المبنى كبير. وعد المنطقة من أكبر المناطق في إنتاج العسل، مشيرا إلى أنه يقام فيها مهرجان كل عام.';
    expect(who(text).map((p) => p[1])).toEqual(['فهد الكعبي', 'فهد الكعبي']);
  });

  it('gives «كلمة أكد فيها أن» to the person named before the speech in that sentence', () => {
    const text = 'وألقى مدير إدارة الزراعة بالمنطقة المهندس فهد الكعبي كلمة أكد فيها أن المبنى يتكون من ثلاثة طوابق.';
    expect(who(text)).toEqual([['المبنى يتكون من ثلاثة طوابق', 'فهد الكعبي']]);
  });

  it('reads «لكنه يعتقد أن» as the speaker going on, and «ولفت الانتباه إلى أن» as a continuation', () => {
    expect(who('قال المدرب سامي العلي إنه مستعد للرحيل لكنه يعتقد أن الانتقادات ظالمة.').map((p) => p[1])).toEqual(['سامي العلي', 'سامي العلي']);
    expect(who('وقال المتحدث باسم الشرطة ماجد الحربي إن الحادث وقع ليلا. ولفت الانتباه إلى أن التحقيق مستمر.').map((p) => p[1])).toEqual(['ماجد الحربي', 'ماجد الحربي']);
  });

  it('resolves a title back to a name given before it (سامي الكعبي، الملحق الثقافي، … عن الملحق الثقافي قوله)', () => {
    const text = 'وصل سامي الكعبي، الملحق الثقافي، إلى المطار أمس. وأفادت الوكالة أن الطلاب سيعودون. ونقلت الوكالة عن الملحق الثقافي قوله إن العمل جار لنقلهم.';
    expect(who(text).map((p) => p[1])).toEqual(['الوكالة', 'سامي الكعبي']);
  });

  it('gives a describing title nobody was named with to the protagonist the article keeps naming (البطل الكيني)', () => {
    const text = 'رقم جديد للعداء الكيني إليود موانغي\n\nحقق العداء الكيني، إليود موانغي، رقما جديدا في السباق أمس.\nوتقدم موانغي على منافسه العداء الإثيوبي داويت بيكيلي بفارق كبير.\nوقال البطل الكيني: "كان يوما رائعا في حياتي".';
    expect(who(text).map((p) => p[1])).toEqual(['إليود موانغي']);
    // Two people named as often: nobody is chosen.
    const tie = 'فاز المدرب سامي العلي والمدرب خالد الزين بالجائزة. وشكر العلي والزين الجمهور.\nوقال البطل الفائز: "شكرا لكم جميعا على الدعم".';
    expect(who(tie).map((p) => p[1])).toEqual(['البطل الفائز']);
  });

  it('gives «وقال الموقع» to the organisation named with that head word (موقع تويتر), not to «على مدونته»', () => {
    const text = 'حث موقع تويتر للتواصل الاجتماعي المستخدمين على تغيير كلمة المرور. وقال الموقع على مدونته إن الخلل تم إصلاحه.';
    expect(who(text)).toEqual([['الخلل تم إصلاحه', 'موقع تويتر']]);
  });

  it('reads «د.» before a name as the title, not a sentence end', () => {
    const text = 'وزار مدير المستشفى الدكتور نايف التميمي القسم الجديد. من جانبه، أوضح د. التميمي أن القسم أصبح متكاملا.';
    expect(who(text)).toEqual([['القسم أصبح متكاملا', 'نايف التميمي']]);
  });

  it('takes a quoted name then a comma after the verb for the speaker, and an aside with و for no name', () => {
    expect(who('وقالت «تويوتا»، ثاني أكبر شركة لإنتاج السيارات في العالم، في بيان إنها بدأت الإنتاج في المصنع الجديد.')).toEqual([['بدأت الإنتاج في المصنع الجديد', 'تويوتا']]);
    expect(who('وتزعم سلمى، واسمها الحقيقي سلوى الحسن، أنها تعرضت للظلم في العمل.')).toEqual([['تعرضت للظلم في العمل', 'سلمى']]);
  });

  it('continues with the issuer of a statement (وأصدرت X بيانا …، وأكدت أن) and with a named subject after «من جانبه،»', () => {
    const issuer = 'وقالت وزارة النقل إن الطائرة هبطت بسلام. وأصدرت الخطوط الجوية الوطنية بيانا توضيحيا إثر انتشار الخبر، وأكدت أن التحقيق بدأ.';
    expect(who(issuer).map((p) => p[1])).toEqual(['وزارة النقل', 'الخطوط الجوية الوطنية']);
    const promised = 'وقال المدرب إن الفريق جاهز. وتأهل اللاعب السعودي سعود الحقباني إلى الدور التالي. من جانبه، وعد سعود الحقباني أن يبذل ما بوسعه، وقال: "أشكر أسرتي على الدعم الكبير".';
    expect(who(promised).map((p) => p[1])).toEqual(['المدرب', 'سعود الحقباني']);
  });

  it('takes a title before its verb after لكن for the speaker (لكن مساعد الطيار قال)', () => {
    const text = 'وقالت الشركة إن الرحلة تأخرت ساعة. لكن مساعد الطيار قال في رسالة إلى الإدارة إن خلافا وقع في قمرة القيادة.\nوتابع أن الركاب لم يعلموا بشيء.';
    expect(who(text).map((p) => p[1])).toEqual(['الشركة', 'مساعد الطيار', 'مساعد الطيار']);
  });

  it('gives a participle to an organisation right after its sentence\'s first verb', () => {
    const text = 'وقالت الشركة إن الأرباح تراجعت. من جهة أخرى أصدرت هيئة السوق المالية قرارا يقضي بإعادة التداول على أسهم الشركة، مؤكدة أنها ستعلن النتائج قريبا.';
    expect(who(text).map((p) => p[1])).toEqual(['الشركة', 'هيئة السوق المالية']);
  });

  it('ends a name before a noun joined with و+ال (بوتين والحديث), but not inside a role (الثقافة والفنون)', () => {
    expect(who('وأكد بوتين والحديث مستمر أن العلاقات جيدة.')).toEqual([['العلاقات جيدة', 'بوتين']]);
    expect(who('وقال مدير فرع جمعية الثقافة والفنون بجدة عمر الجاسر إن العروض ناجحة.')).toEqual([['العروض ناجحة', 'عمر الجاسر']]);
  });

  it('gives a report that only carries someone\'s words to that person (أن كيم «قال إن …»)', () => {
    const text = 'زار الزعيم الكوري كيم جونغ أون السفارة أمس. وذكرت وكالة الأنباء الرسمية أن كيم "قال إن الحادث أحزنه كثيرا".';
    expect(who(text).map((p) => p[1])).toEqual(['كيم جونغ أون']);
  });

  it('names a speaker first described (الخباز التونسي) after the person the next statement names', () => {
    const text = 'يقول الخباز التونسي الأصل، الذي فاز بعقد مع الرئاسة، إن سر الخبز هو العجن.\nوأوضح سامي المنصوري أن العمل يبدأ فجرا.';
    expect(who(text).map((p) => p[1])).toEqual(['سامي المنصوري', 'سامي المنصوري']);
  });

  it('reads «اعتبر X في … أن» with X as the subject, and «ولم يرد متحدث … لكنه قال» as that spokesman', () => {
    expect(who('وقالت المحكمة في بيان إن الطلب مرفوض. واعتبر القضاء الكرواتي في البداية أن الشروط متوفرة.').map((p) => p[1])).toEqual(['المحكمة', 'القضاء الكرواتي']);
    const text = 'وقالت الوزارة إن الشركة مخالفة. ولم يرد متحدث باسم الشركة على طلب التعليق لكنه قال في وقت سابق إن الشركة تنفي ذلك.';
    expect(who(text).map((p) => p[1])).toEqual(['الوزارة', 'متحدث باسم الشركة']);
  });

  it('keeps where an unnamed source is from, does not merge it with another source, and passes a negated verb', () => {
    const text = 'يريد اللاعبون رحيل المدرب، وفقا لمصدر داخلي. وبحسب موقع صحيفة "ميرور"، فقد أكد مصدر من داخل النادي ولم يكشف عن اسمه، أن إقالة المدرب حتمية بعد المباراة. وقال المصدر إن اللاعبين غاضبون.';
    expect(who(text).map((p) => p[1])).toEqual(['مصدر داخلي', 'مصدر من داخل النادي', 'مصدر من داخل النادي']);
  });

  it('does not read a verb describing a document (في بيان أعلن فيه التغييرات) as a new statement', () => {
    expect(who('وقال سامي الزين وزير الداخلية في بيان أعلن فيه التغييرات "نحتاج إلى معرفة المزيد عن المسافرين".').map((p) => p[1])).toEqual(['سامي الزين']);
  });

  it('keeps a Latin initial with a full stop inside a name (جون سي. دميرس، ميليسا إل. هاريس)', () => {
    expect(who('وقال جون سي. دميرس مساعد وزير العدل في بيان "سنلاحق كل من يخالف القانون دائما".').map((p) => p[1])).toEqual(['جون سي دميرس']);
    expect(who('وقالت كبيرة الباحثين في الدراسة، ميليسا إل. هاريس، من جامعة ألاباما "كانت النتائج مفاجئة للجميع".').map((p) => p[1])).toEqual(['ميليسا إل هاريس']);
  });

  it('reads «جاء ذلك في تغريدة للسفير …:» as the titled author\'s, and «من جهته، بين الطالب X نائب …، أنه»', () => {
    const tweet = 'وقال الأمير خالد بن فهد، سفير المملكة في واشنطن، إن الحوار صعب مع استمرار السلوك العدواني. جاء ذلك في تغريدة للسفير السعودي على صفحته في تويتر: "لا حوار مع من يهدد جيرانه".';
    expect(who(tweet).map((p) => p[1])).toEqual(['خالد بن فهد', 'خالد بن فهد']);
    const student = 'وقالت الشرطة إن الطالب أصيب. من جهته، بين الطالب سامي العتيبي نائب رئيس النادي، أنه تواصل مع القنصلية فورا.';
    expect(who(student)).toEqual([
      ['الطالب أصيب', 'الشرطة'],
      ['تواصل مع القنصلية فورا', 'سامي العتيبي'],
    ]);
  });

  it('reads past a verbal noun (قرار نقل السفارة) and «عبر» as "via" to the content, and drops وصف\'s object from the name', () => {
    expect(who('وقد وصف رئيس السلطة الفلسطينية، محمود عباس، قرار نقل السفارة بأنه "صفعة القرن".')).toEqual([['"صفعة القرن"', 'محمود عباس']]);
    expect(who('ووصف الرئيس محمود عباس القرار بأنه صفعة كبيرة للسلام.')).toEqual([['صفعة كبيرة للسلام', 'محمود عباس']]);
    expect(who('وقال المذيع عمرو أديب، في مقدمة برنامج "كل يوم" المذاع عبر قناة ON E: "لو كنت حلفتلك على المصحف لصدقتني".').map((p) => p[1])).toEqual(['عمرو أديب']);
  });

  it('gives a frame citing «الموقع» to the organisation named with that head word', () => {
    expect(who('حث موقع تويتر المستخدمين على تغيير كلمة المرور. لكن من الواضح أن الأعداد كانت كبيرة جدا، بحسب الموقع.').map((p) => p[1])).toEqual(['موقع تويتر']);
  });

  it('gives «أعرب خلاله عن» to the caller named before it, and keeps long names with بن … عبد', () => {
    expect(who('تلقى الأمير سعد اتصالا هاتفيا من العاهل الأردني الملك عبدالله الثاني، أعرب خلاله عن إدانته للهجوم الإرهابي.').map((p) => p[1])).toEqual(['عبدالله الثاني']);
    expect(who('وقال الأمير فيصل بن خالد بن عبد العزيز أمير المنطقة، إن المنطقة آمنة تماما.').map((p) => p[1])).toEqual(['فيصل بن خالد بن عبد العزيز']);
    expect(who('وأوضح وكيل الأمانة للدراسات والإشراف المهندس عدنان بن أحمد السيد أن تكلفة المشروع كبيرة.').map((p) => p[1])).toEqual(['عدنان بن أحمد']);
  });

  it('reads a definite word after a one-word name the article gave as the object (ودعا المرزوقي الجميع)', () => {
    const text = 'قال رئيس النادي خالد المرزوقي إن الموسم كان ناجحا. ودعا المرزوقي الجميع إلى العمل، وقال: "سنحقق المزيد من الألقاب".';
    expect(who(text).map((p) => p[1])).toEqual(['خالد المرزوقي', 'خالد المرزوقي']);
  });

  it('takes «وبين X … أن» as a cue, not «يعتبر X المنصة …» (is considered)', () => {
    expect(who('وبين سعد منيف الكثيري رئيس قسم شؤون المعلمين أن المقابلات تجري يومين.').map((p) => p[1])).toEqual(['سعد منيف الكثيري']);
    expect(who('يعتبر المشروع المنصة الأولى في المنطقة، إذ أسسته ثلاثة بنوك، ومن المتوقع أن تنضم بنوك أخرى.')).toEqual([]);
  });

  it('names the source of a frame past «معلومات وردت إلى» and a site\'s owner (الموقع الرسمي لمجموعة …)', () => {
    expect(who('وحسب معلومات وردت إلى وكالة الأنباء الألمانية، فإن أعضاء الاتحاد أيدوا بقاء المدرب.').map((p) => p[1])).toEqual(['وكالة الأنباء الألمانية']);
    expect(who('تنضم بنوك أخرى إلى الاتحاد، وفقا لما ذكره الموقع الرسمي لمجموعة البركة المصرفية.').map((p) => p[1])).toEqual(['مجموعة البركة المصرفية']);
    expect(who('وتبنى تنظيم داعش الهجوم، قائلا إن «أحد عناصره هو الذي نفذه».').map((p) => p[1])).toEqual(['تنظيم داعش']);
  });

  it('finds nominal content past a date, with the subject before «كانت قد», and the statement it issued', () => {
    const text = 'وقال مصدر أمني إن الهجوم وقع ليلا. يذكر أن وزارة الدفاع كانت قد أعلنت الأحد 19 يوليو مقتل تسعة جنود في هجوم مماثل. وجاء في البيان، أنه «تم تطويق المنطقة بالكامل».';
    expect(who(text)).toEqual([
      ['الهجوم وقع ليلا', 'مصدر أمني'],
      ['مقتل تسعة جنود في هجوم مماثل', 'وزارة الدفاع'],
      ['«تم تطويق المنطقة بالكامل»', 'وزارة الدفاع'],
    ]);
  });

  it('runs content on past a quoted word at its start (أنها "حررت" رهينة …), so a closing frame does not take the sentence', () => {
    expect(who('أعلنت المملكة العربية السعودية، أنها "حررت" رهينة فرنسيا كان محتجزا منذ يوليو، وفقا لما ذكرته وكالة الأنباء السعودية.')).toEqual([
      ['"حررت" رهينة فرنسيا كان محتجزا منذ يوليو', 'المملكة العربية السعودية'],
    ]);
  });

  it('gives «وأضاف المسؤول بالاتحاد …» to the unnamed official quoted before', () => {
    const text = 'قال مسؤول كبير إن الزعماء سيناقشون الملف غدا.\nوأضاف المسؤول بالاتحاد الأوروبي أن القرار سيصدر مساء الأربعاء.';
    expect(who(text).map((p) => p[1])).toEqual(['مسؤول كبير', 'مسؤول كبير']);
  });

  it('points «هؤلاء الأعضاء» back to the earlier phrase with that noun, and reads «نموا» as nominal content', () => {
    const text = 'حث بعض أعضاء البنك المركزي الأمريكي على رفع الفائدة بسرعة.\nوتوقع هؤلاء الأعضاء نموا اقتصاديا أعلى في المدى المتوسط.';
    expect(who(text)).toEqual([['نموا اقتصاديا أعلى في المدى المتوسط', 'بعض أعضاء البنك المركزي الأمريكي']]);
  });
});

describe('detectStatements: speaker attribution on unseen articles (round 7)', () => {
  it('takes a name apposed between commas after a rank (، العقيد X Y،) as the speaker, not the end of the role', () => {
    expect(who('بدوره، قال المتحدث باسم تحالف دعم الشرعية، العقيد سامر الحربي، إن الخيارات أمام التحالف كثيرة.')).toEqual([['الخيارات أمام التحالف كثيرة', 'سامر الحربي']]);
  });

  it('takes the name apposed right before إن when the title stopped at a preposition (المسؤول عن … في …، X Y، إن)', () => {
    expect(who('قال كبير المسؤولين عن السياسة الزراعية في البلاد، هانغ تشو، إن الحكومة تريد دعم المزارعين.')).toEqual([['الحكومة تريد دعم المزارعين', 'هانغ تشو']]);
  });

  it('reads a participle with a verbal noun after its preposition as a claim, but not with a plain noun (a topic)', () => {
    const text = 'أعلن الوزير سامي الحمد أن بلاده متمسكة بالحوار، مشدداً على أهمية بذل الجهود كلها، مشيرا إلى عدم وجود حل عسكري، مشيرا إلى الاتفاق الأخير.';
    expect(who(text)).toEqual([
      ['بلاده متمسكة بالحوار', 'سامي الحمد'],
      ['أهمية بذل الجهود كلها', 'سامي الحمد'],
      ['عدم وجود حل عسكري', 'سامي الحمد'],
    ]);
  });
});

describe('detectStatements: speaker attribution on unseen articles (round 8)', () => {
  it('keeps a quoted name after a medium’s head noun in a frame’s source (بحسب صحيفة "X")', () => {
    expect(who('وبحسب ما ذكرت صحيفة "الراصد" المحلية، فإن المصنع سيغلق أبوابه في الشتاء.')).toEqual([['المصنع سيغلق أبوابه في الشتاء', 'صحيفة الراصد المحلية']]);
    expect(who('وارتفعت الأسعار 2% في الشهر الماضي، وفقا لوكالة "الأنباء الحرة".')).toEqual([['وارتفعت الأسعار 2% في الشهر الماضي', 'وكالة الأنباء الحرة']]);
  });

  it('does not read a time of day set off by commas as the name (X، فجر الأربعاء، …)', () => {
    expect(who('وأوضح سامر الخوري، فجر الأربعاء، لقناة محلية "الفريق يعرف أنه لن يعتمد علي في المباريات المقبلة".')).toEqual([
      ['"الفريق يعرف أنه لن يعتمد علي في المباريات المقبلة"', 'سامر الخوري'],
    ]);
  });

  it('gives a subjectless cue the subject of the verb that opens its sentence (حسمت X … إذ قالت; وكان X قد زار … وقال)', () => {
    const text = [
      'حسمت الشرطة المحلية قضية الحقائب المهجورة في الحي القديم، إذ قالت إن الفحوص أظهرت أنها مخلفات طبية.',
      'وذكرت صحيفة "المساء" أن شركة خاصة اشترت الأرض.',
      'وكان سامي الحداد، رئيس البلدية، قد زار الموقع وقال إنه :"لم نجد شيئا يدعو إلى القلق".',
    ].join('\n');
    expect(who(text)).toEqual([
      ['الفحوص أظهرت أنها مخلفات طبية', 'الشرطة المحلية'],
      ['شركة خاصة اشترت الأرض', 'صحيفة المساء'],
      ['"لم نجد شيئا يدعو إلى القلق"', 'سامي الحداد'],
    ]);
  });

  it('gives a report carried from sources (نقلا عن X بأن) to X, and an aside’s role to its speaker (، وهو مسؤول …)', () => {
    const text = [
      'أوردت وكالة "الأنباء"، الخميس، نقلا عن مصدرين مطلعين بأن الحزب الحاكم يعتزم تعديل القانون.',
      'وقال أحد المصدرين، وهو مسؤول كبير بالحزب الحاكم، إن التعديل سيعرض على البرلمان قريبا.',
      'وتخضع البلاد لحالة الطوارئ منذ عامين.',
      'وقال المسؤول:"الهدف ألا تتأثر المعركة ضد الفساد".',
    ].join('\n');
    expect(who(text)).toEqual([
      ['الحزب الحاكم يعتزم تعديل القانون', 'مصدرين مطلعين'],
      ['التعديل سيعرض على البرلمان قريبا', 'أحد المصدرين'],
      ['"الهدف ألا تتأثر المعركة ضد الفساد"', 'أحد المصدرين'],
    ]);
  });

  it('reads an unnamed source with where it is from as a plain source, and تساءل with its hamza as a cue', () => {
    const text = 'ويقول الخبراء، من جامعة الشمال، إن المشي يوميا يحسن صحة القلب. وتساءلوا: فكيف نقنع الناس بذلك؟';
    const found = detectStatements(text);
    expect(found.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['المشي يوميا يحسن صحة القلب', 'الخبراء من جامعة الشمال'],
      ['فكيف نقنع الناس بذلك', 'الخبراء من جامعة الشمال'],
    ]);
  });

  it('resolves «الحزب» to the party named by a construct of definite words, agreeing in gender for what follows', () => {
    const text = 'دعا حزب التيار الوطني الجديد إلى حل الخلاف عبر استفتاء.\nوذكر الحزب في بيانه أنه "لا يرى مانعا من الحوار". كما أكد أن الاستفتاء هو الحل.';
    expect(who(text)).toEqual([
      ['"لا يرى مانعا من الحوار"', 'حزب التيار الوطني الجديد'],
      ['الاستفتاء هو الحل', 'حزب التيار الوطني الجديد'],
    ]);
  });

  it('does not take a frame that only qualifies a reporting verb (، نقلا عن X بأن) as attributing the sentence before it', () => {
    const got = who('أوردت وكالة "الأنباء"، الخميس، نقلا عن مصادر مطلعة بأن الوزير سيستقيل.');
    expect(got).toEqual([['الوزير سيستقيل', 'مصادر مطلعة']]);
  });
  it('skips an aside between dashes to reach the content (X- الذي … أن … - إن …)', () => {
    expect(who('وقال سامي الحداد- الذي جعل الإصلاح من أولوياته على أساس أن الاقتصاد قد يتحسن قريبا- إن على الحكومة خفض الضرائب.')).toEqual([
      ['على الحكومة خفض الضرائب', 'سامي الحداد'],
    ]);
  });

  it('reads «أعلنت X المسؤولية عن» as an act, whose actor speaks in the participle after it', () => {
    expect(who('وأعلنت جماعة الفجر المسؤولية عن الهجوم قرب المطار قائلة إنها استهدفت "قوات أجنبية".')).toEqual([['استهدفت "قوات أجنبية"', 'جماعة الفجر']]);
  });

  it('does not make a speaker of events pointed at by a demonstrative (وترجح أعمال العنف هذه أن)', () => {
    expect(who('وترجح أعمال العنف هذه أن القيادة الجديدة تريد إرسال رسالة.')).toEqual([]);
  });

  it('reads a definite word after a one-word name that already spoke as the object (ودعا سالم الجميع …، وقال:)', () => {
    const text = 'وقال سالم: "نحن جاهزون للموسم".\nودعا سالم الجميع إلى العمل بجدية، وقال: "سنواجه تحديات كبيرة هذا الموسم".';
    expect(who(text)).toEqual([
      ['"نحن جاهزون للموسم"', 'سالم'],
      ['"سنواجه تحديات كبيرة هذا الموسم"', 'سالم'],
    ]);
  });
  it('ends a name before a prepositional phrase after a praise verb (أشاد الوزير X Y بجهود …، مؤكدا)', () => {
    // (Since round 28 the praise itself is a statement too, as the judges count it.)
    expect(who('وأشاد الوزير سامي الحداد بجهود المملكة في دعم الاستقرار، مؤكدا أن التعاون سيستمر.')).toEqual([
      ['بجهود المملكة في دعم الاستقرار', 'سامي الحداد'],
      ['التعاون سيستمر', 'سامي الحداد'],
    ]);
  });

  it('gives a decree that speaks to whoever issued it as an object (أصدر X مرسوما … وقال المرسوم)', () => {
    expect(who('أصدر الرئيس سامي الحداد مرسوما بتعيين حكومة جديدة يوم الأحد. وقال المرسوم إن الحكومة ستؤدي اليمين غدا.')).toEqual([
      ['الحكومة ستؤدي اليمين غدا', 'سامي الحداد'],
    ]);
  });
});

describe('detectStatements: round 9 (studied on heldout15)', () => {
  it('ends a name before a manner adverb (وقال X مازحا …)', () => {
    const text = 'وقال سامي مازحا في بداية الاجتماع "هذه الطاولة قديمة جدا وتحكي قصصا كثيرة".\nوتابع قائلا "ثم انتقلت إلى بيت أخي".';
    expect(who(text)).toEqual([
      ['"هذه الطاولة قديمة جدا وتحكي قصصا كثيرة"', 'سامي'],
      ['"ثم انتقلت إلى بيت أخي"', 'سامي'],
    ]);
  });

  it('reaches nominal content past a weekday set off by commas (أعلن X، الخميس، عن مقتل …)', () => {
    expect(who('أعلن الوزير سامي الحداد، الخميس، عن مقتل 19 مسلحا خلال الأيام الماضية.')).toEqual([['مقتل 19 مسلحا خلال الأيام الماضية', 'سامي الحداد']]);
  });

  it('gives a medium’s report that a body expressed something to the body, but not an official’s', () => {
    expect(who('وذكرت قناة الأفق التلفزيونية أن مجلس التعاون الإقليمي عبر عن تضامنه مع الجيران.')).toEqual([
      ['مجلس التعاون الإقليمي عبر عن تضامنه مع الجيران', 'مجلس التعاون الإقليمي'],
    ]);
    expect(who('وقال مسؤول في وزارة الخارجية إن السلطات عبرت للسفير عن إدانتها لهذا القرار.')).toEqual([
      ['السلطات عبرت للسفير عن إدانتها لهذا القرار', 'مسؤول في وزارة الخارجية'],
    ]);
  });
  it('keeps the object of اعتبر out of a body’s name (اعتبرت وزارة الخارجية قرار روسيا … "غير مبرر"، مشيرة)', () => {
    const got = who('اعتبرت وزارة الخارجية الأميركية قرار الحكومة إغلاق القنصلية، "غير مبرر"، مشيرة إلى أنها "تحتفظ بحق الرد".');
    expect(got).toEqual([['"تحتفظ بحق الرد"', 'وزارة الخارجية الأميركية']]);
  });
});

describe('detectStatements: round 10 (studied on heldout16)', () => {
  it('keeps an accusative object and its adjective out of a name (أطلقت وكالة … ناسا تلسكوبا جديدا)', () => {
    const text = 'أطلقت وكالة الفضاء الأمريكية ناسا تلسكوبا جديدا يعرف باسم "تيس".\nوأكدت الناسا أن اللوحين الشمسيين للجهاز بسطا بنجاح.';
    expect(who(text)).toEqual([['اللوحين الشمسيين للجهاز بسطا بنجاح', 'الناسا']]);
  });

  it('resolves a prosecutor’s title back to her name, and keeps علي inside an apposed name', () => {
    const text = 'وقالت المدعية العامة لمدينة الشمال سلمى الحداد إن "الرجل توفي في الشارع". وأضافت المدعية العامة "أن تحقيقا فتح".\nوقال القائد العام للحرس، اللواء محمد علي الشمري، إن الهجوم فشل.';
    expect(who(text)).toEqual([
      ['"الرجل توفي في الشارع"', 'سلمى الحداد'],
      ['"أن تحقيقا فتح"', 'سلمى الحداد'],
      ['الهجوم فشل', 'محمد علي الشمري'],
    ]);
  });

  it('gives «X حسبما أوردت صحيفة Y، إلى أنه» to X, not to the paper that carried it', () => {
    expect(who('وأشارت مصادر حسبما أوردت صحيفة "الأفق"، إلى أنه سيتم استدعاء شهود آخرين.')).toEqual([['سيتم استدعاء شهود آخرين', 'مصادر']]);
  });
});

describe('detectStatements: round 11 (nominal content of more verbs, studied on heldout17 and earlier splits)', () => {
  it('reads nominal content after أفاد بـ (glued), أشار إلى, اعتبر, ذكر and أوضح', () => {
    expect(who('وأفادت مصادر عسكرية يمنية بمقتل 12 من المسلحين في المعارك.')).toEqual([['بمقتل 12 من المسلحين في المعارك', 'مصادر عسكرية يمنية']]);
    expect(who('وأشار المرصد السوري إلى مقتل أكثر من مئة شخص منذ بداية الشهر.')).toEqual([['مقتل أكثر من مئة شخص منذ بداية الشهر', 'المرصد السوري']]);
    expect(who('واعتبر الوزير أحمد سالم نجاح المفاوضات خطوة مهمة.')).toEqual([['نجاح المفاوضات خطوة مهمة', 'أحمد سالم']]);
    expect(who('وذكر الوزير عادل سالم تخصيص المملكة مليار دولار للإعمار.')).toEqual([['تخصيص المملكة مليار دولار للإعمار', 'عادل سالم']]);
    expect(who('وأوضحت الشركة الوطنية قيامها بتنفيذ مشاريع كبيرة في المنطقة.')).toEqual([['قيامها بتنفيذ مشاريع كبيرة في المنطقة', 'الشركة الوطنية']]);
  });

  it('reads nominal content after the participles معتبرا، مبينا and مؤكدا على', () => {
    const text = 'وقال الأمير خالد سالم إن الموسم نجح، مبينا قدرة رجال الأمن على حماية الحجاج، مؤكدا على نيته في مواصلة الدعم.';
    expect(who(text)).toEqual([
      ['الموسم نجح', 'خالد سالم'],
      ['قدرة رجال الأمن على حماية الحجاج', 'خالد سالم'],
      ['نيته في مواصلة الدعم', 'خالد سالم'],
    ]);
  });

  it('keeps a masdar-shaped ال-word after an indefinite head inside the name (خدمة الإسعاف)', () => {
    expect(who('وأعلنت خدمة الإسعاف الإيطالية عن وقوع عشرات الضحايا في الحادث.')).toEqual([['وقوع عشرات الضحايا في الحادث', 'خدمة الإسعاف الإيطالية']]);
  });

  it('ends a sentence-initial frame’s source at «فقد» as at a comma', () => {
    expect(who('انهار الجسر صباح اليوم. وحسب خدمة الإسعاف الإيطالية فقد قتل عشرات الأشخاص في الحادث.')).toEqual([['فقد قتل عشرات الأشخاص في الحادث', 'خدمة الإسعاف الإيطالية']]);
  });

  it('resolves a title back to a person introduced with the title and a possessive (أمينها العام الدكتور X)', () => {
    const text = 'نظمت الغرفة التجارية حفلا لموظفيها بحضور منسوبي الغرفة وفي مقدمتهم أمينها العام الدكتور عبدالله بن شاكر الشريف. وقال الأمين العام إن الهيكلة الجديدة ستسهم في الإصلاح.';
    expect(who(text)).toEqual([['الهيكلة الجديدة ستسهم في الإصلاح', 'عبدالله بن شاكر الشريف']]);
  });
});

describe('detectStatements: round 12 (studied on heldout18 after its first run)', () => {
  it('after نفى takes a verbal noun after the subject as content, not a name of a masdar’s shape or the thing denied', () => {
    expect(who('بينما نفت إيران وحزب الله الاتهامات المغربية.')).toEqual([]);
    expect(who('ونفى الوزير التركي، مولود أوغلو، وجود أي اتفاق سري.')).toEqual([['وجود أي اتفاق سري', 'مولود أوغلو']]);
  });

  it('does not read استبعد (to leave a player out) as a reporting verb', () => {
    expect(who('استبعد المدرب الهولندي لويس فان جال الحارس دافيد دي خيا عن لقاء فريقه أمام توتنهام.')).toEqual([]);
  });
});

describe('detectStatements: round 13 (from every split’s remaining misses)', () => {
  it('takes a name written right before a title (جوزيه مورينيو مدرب تشيلسي) as that person, for a later family name', () => {
    expect(
      who('يدرك جوزيه مورينيو مدرب تشيلسي أن فريقه سيكون في حاجة إلى أسلوب جديد.\nوأنهى تشيلسي الموسم متقدما لكن مورينيو قال، إن فريقه يحتاج لمواصلة تطوير مستواه.'),
    ).toEqual([['فريقه يحتاج لمواصلة تطوير مستواه', 'جوزيه مورينيو']]);
  });

  it('gives a participle the person the sentence opens with, named before a title (طالب X رئيس نادي …، مؤكدا)', () => {
    expect(who('طالب جوسيب ماريا بارتوميو رئيس نادي برشلونة بأن يصل لاعبوه إلى المرحلة النهائية، مؤكدا أن فريقه دشن مرحلة انتصارات جديدة.')).toEqual([
      ['فريقه دشن مرحلة انتصارات جديدة', 'جوسيب ماريا بارتوميو'],
    ]);
  });

  it('gives a verb with no subject the person the sentence before opened with by one of their names (وظهر كيري …. وقال إنه)', () => {
    expect(who('وصل وزير الخارجية الأمريكي جون كيري إلى ماليزيا. وظهر كيري وهو يتكئ على العصا في الاجتماعات. وقال إنه استعارها من صديقه.')).toEqual([
      ['استعارها من صديقه', 'جون كيري'],
    ]);
  });

  it('reads بين as a reporting verb past where and when it was said (وبين X في مؤتمر صحفي له، أن)', () => {
    expect(who('قال دان كوتيس، رئيس الاستخبارات الوطنية، إن البيت الأبيض توصل لقرار.\nوبين كوتيس في مؤتمر صحفي له صباح الأربعاء، أن القرار اتخذ أمس.')).toEqual([
      ['البيت الأبيض توصل لقرار', 'دان كوتيس'],
      ['القرار اتخذ أمس', 'دان كوتيس'],
    ]);
    expect(who('وبين البلدين علاقات قديمة في التجارة.')).toEqual([]);
  });
});

describe('detectStatements: round 14 (studied on heldout19 after its first run)', () => {
  it('does not take أن after a word of time (قبل أن، إلى أن after أضاف) as the content’s marker', () => {
    expect(who('ثم أضاف البرتغالي كريستيانو رونالدو الثاني بتسديدة من فوق الحارس، قبل أن يرد العاجي يايا توريه بركلة جزاء.')).toEqual([]);
    expect(who('بعدها فرض الهلال سيطرته إلى أن أضاف الهدف الرابع برأسية في الدقيقة 82.')).toEqual([]);
  });

  it('ends a quotation never closed where a cue opens a new one, and reads that cue', () => {
    const durov = 'وقال دوروف على صفحته "آلاف الأشخاص يحتجون في موسكو للدفاع عن حرية الإنترنت.   وأضاف "هذا غير مسبوق. إنني فخور بكم".';
    expect(who(durov)).toEqual([
      ['"آلاف الأشخاص يحتجون في موسكو للدفاع عن حرية الإنترنت', 'دوروف'],
      ['"هذا غير مسبوق. إنني فخور بكم"', 'دوروف'],
    ]);
    const tsakhna = 'وأضاف تساكخنا أن "الدول الأوروبية حاولت تقييد البرقع، ولكن هذا لم يكن سهلا، مشيرا إلى أن "دولا مختلفة حاولت تنظيم ذلك".';
    expect(speakersOf(tsakhna)).toEqual(['تساكخنا', 'تساكخنا']);
    expect(who(tsakhna)[1]![0]).toBe('"دولا مختلفة حاولت تنظيم ذلك"');
    // A closing mark glued to the quotation's last word still closes it.
    expect(who('وقال الوزير أحمد سالم "الوضع هادئ تماما في المدينة" ثم غادر القاعة.')).toEqual([['"الوضع هادئ تماما في المدينة"', 'أحمد سالم']]);
  });

  it('still reads من قبل أن and أشار/نبه إلى أن as reported speech', () => {
    expect(who('وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل.')).toEqual([['الاتفاق يهدد أمن إسرائيل', 'نتانياهو']]);
    expect(who('وقال الوزير أحمد سالم إن الوضع هادئ. ونبه إلى أن الحكومة ستعمل.')).toEqual([
      ['الوضع هادئ', 'أحمد سالم'],
      ['الحكومة ستعمل', 'أحمد سالم'],
    ]);
  });
});

describe('detectStatements: round 15 (from every split’s remaining errors, before heldout20 was scored)', () => {
  it('takes the author of «بيان لـX» (a document with its author glued to ل) as the speaker', () => {
    expect(who('وقال بيان لشركة طيران الإمارات إن الرحلة وصلت بسلام إلى المطار بعد تأخير طويل.')).toEqual([['الرحلة وصلت بسلام إلى المطار بعد تأخير طويل', 'شركة طيران الإمارات']]);
    expect(who('وذكر بيان للجيش أن الرحلة وصلت بسلام إلى المطار بعد تأخير طويل.')).toEqual([['الرحلة وصلت بسلام إلى المطار بعد تأخير طويل', 'الجيش']]);
    // «لاحق» (later) is no author: no body, no title.
    expect(who('وذكر بيان لاحق أن الرحلة وصلت بسلام إلى المطار بعد تأخير طويل.')).toEqual([]);
  });

  it('ends a speaker’s name at a word with the accusative tanween (an adverb, not a name)', () => {
    expect(who('ونفى الممثل ويل سميث علناً يوم الاثنين تقريراً بأنه انفصل عن زوجته الممثلة.')).toEqual([['انفصل عن زوجته الممثلة', 'ويل سميث']]);
  });

  it('resolves «ابن X» to the person named «… بن X» before, and leaves «بن X» (Ben) as written', () => {
    const ibn = 'أعلن الدكتور حسين بن محي أن العمل انتهى في الموعد. وأوضح ابن محي أن هذا العمل استغرق شهرين.';
    expect(speakersOf(ibn)).toEqual(['حسين بن محي', 'حسين بن محي']);
    const ben = 'قال الخبير بن ليبرتون إن الخطر الأكبر يتعلق بالمعلومات. وأضاف بن ليبرتون أن الشرائح قد تتطور.';
    expect(speakersOf(ben)).toEqual(['بن ليبرتون', 'بن ليبرتون']);
  });
});

describe('detectStatements: round 16 (studied on heldout20 after its first run)', () => {
  it('names a source «called» by a name (يدعى) and carries that person to the next statement', () => {
    const called = 'وأفاد شاهد يدعى عبيد الله بأن الهجوم بدأ عند مدخل المبنى. وأضاف أن مهاجما فجر نفسه قرب الباب.';
    expect(speakersOf(called)).toEqual(['عبيد الله', 'عبيد الله']);
    expect(who('وأكد مسؤول آخر في الشرطة يدعى كوكب فاروقي أن بيلور قتل في التفجير.')).toEqual([['بيلور قتل في التفجير', 'كوكب فاروقي']]);
  });

  it('reads «المسؤول في الشرطة شفقت مالك» as the person named, and keeps unnamed sources whole', () => {
    expect(who('وأوضح المسؤول في الشرطة شفقت مالك أن الانتحاري فجر نفسه وسط تجمع انتخابي.')).toEqual([['الانتحاري فجر نفسه وسط تجمع انتخابي', 'شفقت مالك']]);
    expect(who('وقال مصدر عسكري روسي إن الانتحاري فجر نفسه وسط تجمع انتخابي.')).toEqual([['الانتحاري فجر نفسه وسط تجمع انتخابي', 'مصدر عسكري روسي']]);
  });

  it('does not take a Saudi paper the speaker talks to (لسبق) as the speaker', () => {
    const sabq = 'أوضح ذلك لسبق مدير مكتب العمل خالد العطا الله، مشيراً إلى أن المكتب ضبط ثماني مخالفات. وأشار إلى أنه تم خلال الجولة ضبط عدد من المخالفات.';
    const speakers = speakersOf(sabq);
    expect(speakers).toHaveLength(2);
    expect(speakers.every((speaker) => speaker?.startsWith('خالد'))).toBe(true);
  });
});

describe('detectStatements: round 17 (studied on every split before heldout21 was scored)', () => {
  it('reads the subject after an outlet or group the speaker talks to (قال لرويترز مسؤول …)', () => {
    const said = 'أعلنت الحكومة خطة جديدة للنقل. وقال لرويترز مسؤول كبير في الوزارة إن الخطة ستنفذ قريبا.';
    expect(who(said)).toEqual([['الخطة ستنفذ قريبا', 'مسؤول كبير في الوزارة']]);
    expect(who('وقال لوكالة فرانس برس مسؤول في الوزارة إن الخطة ستنفذ قريبا.')).toEqual([['الخطة ستنفذ قريبا', 'مسؤول في الوزارة']]);
    // A definite body after the addressee completes it: the speaker is the one who spoke before.
    const members = 'وأوضح المفوض جيركي كاتاينن أن الحزبين يتفقان في الرأي. وقال لأعضاء البرلمان خلال نقاش إن "هذا ليس نزاعا بين أوروبا والولايات المتحدة".';
    expect(speakersOf(members)).toEqual(['جيركي كاتاينن', 'جيركي كاتاينن']);
  });

  it('skips «بذلك» after the verb and keeps «بن علي» and «العطا الله» inside the name', () => {
    const sabq = 'ضبط مكتب العمل مخالفات في المحافظة. أوضح ذلك لسبق مدير عام فرع وزارة العمل بنجران خالد بن علي العطا الله، مشيراً إلى أن المكتب قام بجولة ميدانية. وأشار إلى أنه تم ضبط ثماني مخالفات.';
    // (Since round 20 the sentence «أوضح ذلك» points back at is his statement too.)
    expect(speakersOf(sabq)).toEqual(['خالد بن علي العطا الله', 'خالد بن علي العطا الله', 'خالد بن علي العطا الله']);
    const declared = 'ضبط مكتب العمل مخالفات في المحافظة. صرح بذلك مدير عام فرع وزارة العمل خالد العطا الله، مشيراً إلى أن المكتب قام بجولة ميدانية.';
    expect(speakersOf(declared)).toEqual(['خالد العطا الله', 'خالد العطا الله']);
  });
});

describe('detectStatements: round 18 (studied on heldout21 after its first run)', () => {
  it('reads a past cue written with a final ي and no و as a noun or a name (كريستوفر راي، رأي، نفي)', () => {
    const wray = 'أعلن مدير مكتب التحقيقات الفيدرالي، كريستوفر راي، أن أجهزة الاستخبارات تصر على موقفها.';
    expect(who(wray)).toEqual([['أجهزة الاستخبارات تصر على موقفها', 'كريستوفر راي']]);
    expect(who('قال مدير المكتب كريستوفر راي إن الحكومة تصر على موقفها.')).toEqual([['الحكومة تصر على موقفها', 'كريستوفر راي']]);
    // With و it opens a clause: the verb, misspelt (ورأي بعض المتابعين أن).
    expect(who('ورأي بعض المتابعين أن الألحان منقولة من أغنية أخرى.').map(([text]) => text)).toEqual(['الألحان منقولة من أغنية أخرى']);
  });

  it('reads a cue right after a preposition as its verbal noun (بشأن نفي بوتن), but not after منذ', () => {
    const denial = 'وقال راي، ردا على سؤال بشأن نفي بوتن لأي تدخل خلال القمة: "لديه رأيه، لقد عبر عن رأيه".';
    expect(who(denial)).toEqual([['"لديه رأيه، لقد عبر عن رأيه"', 'راي']]);
    expect(who('وتزايدت المخاوف منذ قال ترامب، الأربعاء، إن الصواريخ قادمة.')).toEqual([['الصواريخ قادمة', 'ترامب']]);
  });

  it('takes a name the article gave, right after the verb that opens the sentence, as its subject', () => {
    const trump = 'التقى بوتن بنظيره الأميركي دونالد ترامب في هلسنكي. وتراجع ترامب عن تصريحاته، الثلاثاء، قائلا إنه يقبل باستنتاجات أجهزة الاستخبارات. وتلا ترامب بيانا للبيت الأبيض قال فيه "أوافق على استنتاجات أجهزة استخباراتنا".';
    expect(speakersOf(trump)).toEqual(['دونالد ترامب', 'دونالد ترامب']);
    // Not «وقد»: «وقد أشاد عضو المجلس … متوقعا أن» has no name after the verb.
    const praised = 'وقد أشاد عضو مجلس الإدارة الاستاذ نائل فائز بهذه الشراكة متوقعا أن تشكل إضافة نوعية للتطوع.';
    expect(speakersOf(praised)).not.toContain('وقد أشاد');
  });
  it('reads «بالقول» (by saying) after any verb as a cue, its subject the sentence\'s', () => {
    const reply = 'رفض قائد المقاومة الشعبية في تعز الشيخ حمود المخلافي طلب الأمان. ووجه المخلافي حديثه إلى قائد المتمردين بالقول "هل تذكر عندما طلبت منك الأمان لأسرة محاصرة".';
    expect(who(reply)).toEqual([['"هل تذكر عندما طلبت منك الأمان لأسرة محاصرة"', 'حمود المخلافي']]);
    const police = 'ولم تقدم الشرطة أي رقم محدد عن عدد المتظاهرين، واكتفت بالقول إنهم "عشرات الآلاف".';
    expect(who(police)).toEqual([['"عشرات الآلاف"', 'الشرطة']]);
  });

  it('does not take a title with و, or a mention that swallowed the verb, for a verb and its subject', () => {
    const host = 'واستضاف الحفل السفير السعودي السابق لواشنطن، الأمير بندر بن سلطان، الذي قال إن المملكة ماضية في الإصلاح.';
    expect(speakersOf(host)).toEqual(['بندر بن سلطان']);
  });
  it('keeps an unnamed spokesperson between كان and قد as written', () => {
    const ambulance = 'وقتلت الشرطة المهاجم بالرصاص. وكان متحدث باسم خدمة الإسعاف قد قال في وقت سابق إن المصاب تعرض للطعن في الجزء الأعلى من جسمه.';
    expect(who(ambulance)).toEqual([['المصاب تعرض للطعن في الجزء الأعلى من جسمه', 'متحدث باسم خدمة الإسعاف']]);
  });

  it('reads «، أحد منظمي الفعالية،» as describing the person named before it', () => {
    const rabbi = 'وقال الحاخام إلياس دراي، أحد منظمي الفعالية، إن الهدف منها هو تعزيز التواصل بين اليهود والمسلمين.';
    const [s] = detectStatements(rabbi, { minConfidence: 0 });
    expect(s!.speaker).toMatchObject({ name: 'إلياس دراي' });
    expect(s!.speaker!.role).toContain('أحد منظمي الفعالية');
  });

  it('keeps a name whose ال is written with a hamza (إلياس، ألكسندر، ألبيرق), and no ال-word before a given one', () => {
    expect(who('وقال نائب وزير الخارجية ألكسندر غروشكو إن بلاده سترد على العقوبات.')).toEqual([['بلاده سترد على العقوبات', 'ألكسندر غروشكو']]);
    expect(who('وقال وزير الخزانة التركي براءت ألبيرق إن الاقتصاد سيتعافى قريبا.')).toEqual([['الاقتصاد سيتعافى قريبا', 'براءت ألبيرق']]);
    expect(who('وقال رئيس وزراء اليونان أليكسيس تسيبراس إن المحادثات كانت مثمرة.')).toEqual([['المحادثات كانت مثمرة', 'أليكسيس تسيبراس']]);
    expect(who('وقال فخر الدين ألتون، مدير الاتصالات في الرئاسة، إن تركيا بلد ديمقراطي.')).toEqual([['تركيا بلد ديمقراطي', 'فخر الدين ألتون']]);
  });
  it('finds a participle\'s subject after «وقد» and the verb, and ends a name at «بهذه»', () => {
    const praised = 'وقد أشاد عضو مجلس الإدارة والرئيس التنفيذي لبرنامج انجاز السعودية الاستاذ نائل فائز بهذه الشراكة متوقعا أن تشكل إضافة نوعية للتطوع.';
    // (Since round 28 the praise itself is a statement too, as the judges count it.)
    expect(who(praised)).toEqual([
      ['بهذه الشراكة', 'نائل فائز'],
      ['تشكل إضافة نوعية للتطوع', 'نائل فائز'],
    ]);
  });
  it('reads «لافتات» as banners and «كتب عليها» as the passive: words on a banner are nobody\'s statement', () => {
    expect(who('ورفعت لافتات كتب عليها "لا مكان للنازيين" في اشارة الى انقاذ المهاجرين.')).toEqual([]);
    expect(who('ونشر الجيش تدوينة كتب فيها أن القوات ستبقى في مواقعها.')).toEqual([['القوات ستبقى في مواقعها', 'الجيش']]);
  });
  it('takes the body or title after a sentence-opening verb as the subject, up to its object (ونشر الجيش تدوينة كتب فيها)', () => {
    expect(who('ونشر الجيش تدوينة كتب فيها أن القوات ستبقى في مواقعها.')).toEqual([['القوات ستبقى في مواقعها', 'الجيش']]);
    const criticised = 'وانتقدت الجمعية هيئة الإشراف على الانتخابات، كما قال رئيسها إنه "لا صلاحية لنا على مرشحي السلطة".';
    expect(speakersOf(criticised)).not.toContain('وانتقدت');
    // «لكن وزارة الخارجية …»: a body with و is no verb.
    expect(who('وقالت وزارة الخارجية الكورية الجنوبية إن الاجتماع سيعقد الأسبوع المقبل.')).toEqual([['الاجتماع سيعقد الأسبوع المقبل', 'وزارة الخارجية الكورية الجنوبية']]);
  });
});

describe('detectStatements: round 19 (studied on heldout22 after its first run)', () => {
  it('ends a titled name before the verb\'s object (… عمر بن صالح العمري العمل الإجرامي، مؤكدا)', () => {
    const condemned = 'استنكر مدير عام فرع وزارة العمل بالمنطقة الشرقية عمر بن صالح العمري العمل الإجرامي الذي استهدف المسجد، مؤكداً أن هذه الأعمال منافية للإسلام.';
    expect(who(condemned)).toEqual([['هذه الأعمال منافية للإسلام', 'عمر بن صالح العمري']]);
    // «لمجلس التعاون لدول الخليج العربية»: no name there, and a role's لل-word is no family name.
    const thanked = 'من جانبه ثمن مدير عام ماجد للتنمية المجتمعية همام زارع عقد الشراكة، مؤكدا حرصها على تفعيل التطوع.';
    expect(speakersOf(thanked)).not.toContain('ماجد للتنمية');
  });
  it('gives a subjectless verb after an issued document to its issuer, and prefers the body to the headline', () => {
    const statement = 'صحة المدينة تصدر بياناً عن وفاة الطفلة\n\nأصدرت المديرية العامة للشؤون الصحية بمنطقة المدينة المنورة بيانا توضيحيا حول ما تم تداوله عبر وسائل التواصل قال إن الطفلة أدخلت المستشفى نتيجة حالة غرق.\nوأضاف البيان أنه لاحقاً أظهر الفحص السريري للطفلة موت جذع الدماغ.';
    const speakers = speakersOf(statement);
    expect(speakers).toHaveLength(2);
    expect(speakers.every((speaker) => speaker?.startsWith('المديرية العامة للشؤون الصحية'))).toBe(true);
  });
  it('leaves the list\'s و out of a name (، وخالد السيف، مدير …) and finds the giver by a family name (بعدها شارك العطيشان … عبر فيها)', () => {
    const list = 'افتتح حسين الخليفة، مدير عام فرع الهيئة في الجوف، وخالد السيف ،مدير عام فرع الهيئة في منطقة حائل المعرض التعريفي. وقال السيف ان تزايد اعداد الزوار ولد فكرة المعرض.';
    expect(who(list)).toEqual([['تزايد اعداد الزوار ولد فكرة المعرض', 'خالد السيف']]);
    const joy = 'افتتح محافظ حفرالباطن عبدالمحسن العطيشان فعاليات المهرجان. بعدها شارك العطيشان في العرضة السعودية ثم التقى برجال الإعلام عبر فيها عن سعادته بما شاهده من جهد وعمل.';
    // (The mention keeps the governorate after the title: «حفرالباطن عبدالمحسن العطيشان».)
    const [[content, speaker]] = who(joy) as [[string, string]];
    expect(content).toBe('سعادته بما شاهده من جهد وعمل');
    expect(speaker.endsWith('عبدالمحسن العطيشان')).toBe(true);
  });

  it('takes a definite title or body after a sentence-opening verb without و as its subject', () => {
    const police = 'استدعت الشرطة النيجيرية رئيس مجلس الشيوخ لجلسة استجواب بعد أن ذكر أفراد عصابة بأنه متورط في عمليات سطو.';
    expect(speakersOf(police)).not.toContain('استدعت');
  });
  it('names an indefinite title by the person the article names soon after with the same title (مشرع … المشرع كلاوديو بورجي)', () => {
    const lawmaker = 'تراجع اليورو بعد أن قال مشرع إيطالي كبير إن معظم مشكلات البلاد ستحل إذا تخلت عن اليورو.\nوانخفض اليورو إلى أدنى مستوياته.\nوتراجع المشرع كلاوديو فيرتي في وقت لاحق عن تصريحاته.';
    expect(who(lawmaker)).toEqual([['معظم مشكلات البلاد ستحل إذا تخلت عن اليورو', 'كلاوديو فيرتي']]);
  });
});

describe('detectStatements: round 20 (studied on heldout23 after its first run)', () => {
  it('names the person set off by a comma before the content, with or without the closing comma and past an addressee', () => {
    expect(who('قالت وزيرة الأسرة في الحكومة الألمانية، فرانزيسكا غيفي إنه من حق الفتيات السباحة.')).toEqual([['من حق الفتيات السباحة', 'فرانزيسكا غيفي']]);
    const bbc = 'وقال أستاذ الاقتصاد في جامعة القاهرة، الدكتور عبد الخالق فاروق، لبي بي سي: "الأولوية للمشروعات ذات الإنتاجية العالية".';
    expect(speakersOf(bbc)).toEqual(['عبد الخالق فاروق']);
    // An unnamed official has his name in apposition too; a second subject joined by و is none.
    const ports = 'وقال المسؤول في الشركة العامة لموانئ العراق، قصي يوسف الجميلي، "القطع البحرية الغارقة كثيرة جدا في الممر".';
    expect(speakersOf(ports)).toEqual(['قصي يوسف الجميلي']);
    expect(speakersOf('وقال مبعوث الأمم المتحدة إلى ليبيا، غسان سلامة، ومسؤولون ليبيون إنهم اتفقوا على الموعد.')).not.toContain('ومسؤولون ليبيون');
  });

  it('gives the named person the verb\'s gender, so that «وأضاف» goes on with him', () => {
    const envoy = 'وقالت الوزيرة إن التحقيق مستمر. وقال السفير الروسي في إيرلندا، يوري فيلاتوف "نأمل في مناقشة المسألة كلها بهدوء". وأضاف أن "روسيا مهتمة بالوصول إلى الحقيقة".';
    expect(speakersOf(envoy).slice(1)).toEqual(['يوري فيلاتوف', 'يوري فيلاتوف']);
  });

  it('does not read a negated clause or a body\'s name after a place as the speaker\'s name', () => {
    const unnamed = 'وقال قائد في قوات سوريا الديمقراطية لم يذكر اسمه، لوكالة فرانس برس، إن 15 مسلحا على الأقل قتلوا.';
    const [speaker] = speakersOf(unnamed);
    expect(speaker).not.toMatch(/لم يذكر|^سوريا/);
  });

  it('finds a participle\'s titled subject named between commas, or named earlier with that title', () => {
    const giffey = 'قالت وزيرة الأسرة في الحكومة الألمانية، فرانزيسكا غيفي إنه من حق الفتيات السباحة.\nوانتقدت نائبة رئيس الحزب الحاكم في ألمانيا، جوليا كلوكنر، قرار المدرسة قائلة إنه يمثل تفرقة بين الفتيات.\nلكن وزيرة الأسرة وهي من حزب آخر ردت على الانتقادات مشيرة إلى أن الأهم هو صحة الفتيات.';
    expect(speakersOf(giffey)).toEqual(['فرانزيسكا غيفي', 'جوليا كلوكنر', 'فرانزيسكا غيفي']);
  });

  it('names a team\'s player by the name after the team and its nisba (حارس يوفنتوس الإيطالي، جانلويجي بوفون،)', () => {
    const buffon = 'رد قائد وحارس يوفنتوس الإيطالي، جانلويجي بوفون، بغضب على الشائعات.\nوأكد بوفون أن الفريق موحد حتى نهاية الموسم.';
    expect(speakersOf(buffon)).toEqual(['جانلويجي بوفون']);
  });

  it('gives the sentence that «أوضح ذلك» points back at to the speaker named after it', () => {
    const club = 'لقاء معايدة في النادي\n\nيقيم النادي الأدبي بالرياض حفل معايدة لمثقفي المنطقة مساء الأحد في مقره بحي الملز. أوضح ذلك رئيس مجلس إدارة النادي الدكتور عبدالله الحيدري.';
    expect(who(club)).toEqual([['يقيم النادي الأدبي بالرياض حفل معايدة لمثقفي المنطقة مساء الأحد في مقره بحي الملز', 'عبدالله الحيدري']]);
    const schools = 'تسلمت إدارة التعليم بمحافظة صبيا مشروعين مدرسيين جديدين، اوضح ذلك مدير قسم المشروعات بتعليم صبيا المهندس ماجد حداد.';
    expect(who(schools)).toEqual([['تسلمت إدارة التعليم بمحافظة صبيا مشروعين مدرسيين جديدين', 'ماجد حداد']]);
  });
});

describe('detectStatements: round 21 (studied on heldout24 after its first run)', () => {
  it('gives a past verb in a relative clause to its antecedent (…، الأمير خالد بن سلمان، الذي قال إن)', () => {
    const envoy = 'وتزامنت التصريحات مع إنكار شديد من سفير المملكة لدى الولايات المتحدة، الأمير خالد بن سلمان، الذي قال إن العلاقات بين البلدين قوية.';
    expect(speakersOf(envoy)).toEqual(['خالد بن سلمان']);
  });

  it('names the person in apposition after a title whose place reads like a name (مراسل بي بي سي في واشنطن، نيك براينت، إن)', () => {
    expect(speakersOf('ويقول مراسل بي بي سي في واشنطن، نيك براينت، إن القضية معقدة.')).toEqual(['نيك براينت']);
  });
});

describe('detectStatements: round 22 (studied on heldout25 after its first run)', () => {
  it('reads past a trade or honorific word before the apposed name (مدير المركز، المايسترو سامي النجار عن)', () => {
    expect(speakersOf('وأعرب مدير مركز الموسيقى، المايسترو سامي النجار عن سعادته بنجاح الحفل الأول للفرقة.')).toEqual(['سامي النجار']);
  });

  it('does not read a week or a month set off after the verb as its subject (قد أعلن، الأسبوع الماضي، أنه)', () => {
    const envoy = 'يناقش المجلس مشروع القرار اليوم. وكان المندوب الروسي، أندريه كوزلوف، قد أعلن، الأسبوع الماضي، أنه يعارض المشروع.';
    expect(speakersOf(envoy)).toEqual(['أندريه كوزلوف']);
    expect(speakersOf('وقالت الشركة الشهر الماضي إن أرباحها تراجعت بشكل كبير.')).toEqual(['الشركة']);
  });

  it('names a counterpart after the title نظيره and its nisba (لكن نظيره السويدي كارل يوهانسون أعلن)', () => {
    const counterpart = 'تحدث الوزير عن المراكز، لكن نظيره السويدي كارل يوهانسون أعلن الأسبوع الماضي أنه يناقش الفكرة مع دول أخرى.';
    expect(speakersOf(counterpart)).toEqual(['كارل يوهانسون']);
  });

  it('does not take قد and its verb into a name before a title (فقد نصح سامر الحداد نظيره)', () => {
    const advised = 'تبادل البلدان التحذيرات. فقد نصح سامر الحداد نظيره التركي بعدم التصعيد، معتبرا أن أي نزاع سيكون مدمرا للجميع.';
    expect(speakersOf(advised)).toEqual(['سامر الحداد']);
  });

  it('gives وقال after «فقد ندد الرئيس … X» to X (the verb after قد opens the sentence)', () => {
    const condemned = 'أثار القرار ردود فعل واسعة. فقد ندد رئيس مجلس النواب كمال العبيدي علنا الخميس بالقرار. وقال في بيان إن القرار يضر بالاقتصاد.';
    expect(speakersOf(condemned)).toEqual(['كمال العبيدي']);
  });

  it('gives سموه to the prince and جلالته to the king when both were named', () => {
    const prince = 'ترأس الأمير فهد بن سالم آل مروان الاجتماع، ونقل تعازي الملك عبدالله بن حمد آل مروان لأسر الضحايا. وقال سموه: "إن هذه الحوادث لن تثني عزائمنا".';
    expect(speakersOf(prince)).toEqual(['فهد بن سالم آل مروان']);
    const king = 'وقال الأمير فهد بن سالم إنه سعيد بالزيارة. والتقى الملك عبدالله بن حمد آل مروان الوفد. وقال جلالته إن العلاقات بين البلدين متينة.';
    expect(speakersOf(king)).toEqual(['فهد بن سالم', 'عبدالله بن حمد آل مروان']);
  });

  it('keeps a title word after بن in the name (جلوي بن عبدالعزيز بن مساعد)', () => {
    expect(speakersOf('وأكد الأمير جلوي بن عبدالعزيز بن مساعد أن المنطقة تشهد تنمية كبيرة.')).toEqual(['جلوي بن عبدالعزيز بن مساعد']);
  });

  it('refers a title back to the name before it, not to a body after ل (الأمين العام لمجلس التعاون لدول الخليج)', () => {
    const secretary = 'أكد الدكتور ناصر الحمدان الأمين العام لمجلس التعاون لدول الخليج العربية دعم الأمانة للجهاز. وأكد الأمين العام أن الوزراء يولون الجهاز اهتماما كبيرا.';
    expect(who(secretary).at(-1)).toEqual(['الوزراء يولون الجهاز اهتماما كبيرا', 'ناصر الحمدان']);
  });

  it('does not give a participle to a title of the other gender or after a preposition (ضد الرئيس، X، قائلة)', () => {
    const asked = 'وقال الرئيس الحالي، سليم العباس، إنه لا يثق بأحد. طرحت وزيرة الخارجية السابقة، ليلى كريم، الأحد، تساؤلها حول التهم التي وجهت ضد الرئيس الحالي، سليم العباس، قائلة: "أين يجري التحقيق مع الرئيس الذي وجهت ضده اتهامات كثيرة؟"';
    expect(speakersOf(asked)).toEqual(['سليم العباس', 'ليلى كريم']);
  });

  it('ends content at «وذلك بعدما» and reads the quoted nominal content of the verb after it (حذرت واشنطن من "…")', () => {
    const warned = 'وكانت موسكو قالت، الاثنين، إن الجيش وحده يجب أن يكون على الحدود وذلك بعدما حذرت واشنطن من "إجراءات حازمة" ردا على الانتهاكات.';
    expect(who(warned)).toEqual([
      ['الجيش وحده يجب أن يكون على الحدود', 'موسكو'],
      ['"إجراءات حازمة" ردا على الانتهاكات', 'واشنطن'],
    ]);
  });

  it('reads no statement in a prayer (داعيا المولى عز وجل أن …)', () => {
    expect(who('وعبر المحافظ عن حزنه للحادث، داعيا المولى عز وجل أن يتغمد الضحايا بواسع رحمته.')).toEqual([['حزنه للحادث', 'المحافظ']]);
  });

  it('reads no masdar-shaped word after a title and nisba as a name (اقترح الرئيس التونسي تغيير …)', () => {
    const proposed = 'اقترح الرئيس اليمني تعديل قانون الأحوال الشخصية في البلاد، مشيرا إلى أن المرجع الأول هو الدستور.';
    expect(speakersOf(proposed).filter((name) => name?.startsWith('تعديل'))).toEqual([]);
  });
});

describe('detectStatements: round 23 (studied on heldout26 after its first run)', () => {
  it('does not read an aside (وهو متخصص في …) as a title and its place (وأوضح العيسى وهو متخصص في …، أن)', () => {
    const aside = 'قال المحامي ماجد الفهيد إن القضية معقدة. وأوضح الفهيد وهو متخصص في القضايا المتعلقة بسوق العقار والتمويل بالمصارف، أن التعويض صعب.';
    expect(speakersOf(aside)).toEqual(['ماجد الفهيد', 'ماجد الفهيد']);
  });

  it('takes no apposition across a clause set off by commas (أكد X، صعوبة …، وناشد المجالس بأن)', () => {
    const appealed = 'أكد المحامي ماجد بن سعد الفهيد، صعوبة قضايا التعويض في الشركات، عن الأخطاء، وناشد مجالس الإدارات بأن يساعدوا المتضررين، وقال إن التعويض حق.';
    expect(speakersOf(appealed)).toEqual(['ماجد بن سعد الفهيد', 'ماجد بن سعد الفهيد']);
  });

  it('reads صحة after نفى as nominal content, not as part of the name (ونفى روحاني صحة تكهنات)', () => {
    const denied = 'قال الرئيس الإيراني حسن روحاني إن بلاده لا تهدد أحدا. ونفى روحاني صحة تكهنات حول برنامج بلاده مشيرا إلى أن الاتفاق يمنع ذلك.';
    const statements = who(denied);
    expect(statements.map(([, speaker]) => speaker)).toEqual(['حسن روحاني', 'حسن روحاني', 'حسن روحاني']);
    expect(statements[1]![0]).toBe('صحة تكهنات حول برنامج بلاده');
    // With ال the same word names a field: وزارة الصحة stays whole.
    expect(speakersOf('أعلنت وزارة الصحة أن الحالات تراجعت في المنطقة.')).toEqual(['وزارة الصحة']);
  });

  it('ends content at a participle with its marker even with no comma before it (… نووية مشيرا إلى أن)', () => {
    const texts = who('وقال الوزير سامر الحداد إن الحكومة ستدعم المزارعين مشيرا إلى أن الميزانية تكفي.').map(([text]) => text);
    expect(texts).toEqual(['الحكومة ستدعم المزارعين', 'الميزانية تكفي']);
  });

  it('reads مساعد between two name words as a given name (المتحدث الرسمي …، خالد مساعد الحربي، أن)', () => {
    const spokesman = 'وأوضح المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة تبوك، خالد مساعد الحربي، أن الفرق باشرت مئات الحالات.';
    expect(speakersOf(spokesman)).toEqual(['خالد مساعد الحربي']);
  });

  it('gives a report carried from sources with where they are from to those sources (نقلا عن مصادر في الصناعة أن)', () => {
    const carried = 'وكانت صحيفة الأسواق قد أكدت الأربعاء الماضي نقلا عن مصادر في الصناعة أن الشركة تعتزم طرح هاتف جديد.';
    expect(speakersOf(carried)).toEqual(['مصادر في الصناعة']);
  });

  it('gives «أما X فقال» to X, not to the last speaker', () => {
    const contrast = 'قالت الفنانة ليلى الحسن إن العمل كان شاقا. أما الممثل السوري رامي العلي فقال إنه شارك لأن الفكرة جديدة.';
    expect(speakersOf(contrast)).toEqual(['ليلى الحسن', 'رامي العلي']);
  });

  it('reads «قال X، إلى أن» as the reporter’s «أشار إلى أن», not as «until»', () => {
    const mixed = 'وقال المشرف العام على الجمعية الدكتور سامي الفهد، إلى أن هذه المشاركة تأتي ضمن برامج الجمعية.';
    expect(who(mixed)).toEqual([['هذه المشاركة تأتي ضمن برامج الجمعية', 'سامي الفهد']]);
  });

  it('names no ل-complement of a place and no «باسمها» as the person after a title', () => {
    const commissioner = 'وقال المفوض السامي في الأمم المتحدة لحقوق الإنسان الذي انتهت ولايته إن العالم تغير.';
    expect(speakersOf(commissioner).filter((name) => name?.includes('لحقوق'))).toEqual([]);
    const spokesman = 'وأكدت الحكومة على لسان الناطق باسمها رامي الحسن أنها ستواصل العمل.';
    expect(speakersOf(spokesman).filter((name) => name?.includes('باسمها'))).toEqual([]);
  });

  it('gives «قال فيه إنه» after a document to its author (أصدر الجيش بيانا قال فيه، صدر بيان عن الجيش … قال فيه)', () => {
    expect(speakersOf('أصدر الجيش التركي بيانا قال فيه إنه يحاصر المدينة منذ الاثنين.')).toEqual(['الجيش التركي']);
    expect(speakersOf('صدر بيان عن الجيش التركي الثلاثاء قال فيه إنه يحاصر المدينة منذ الاثنين.')).toEqual(['الجيش التركي']);
  });
});

describe('detectStatements: round 24 (studied on heldout27 after its first run)', () => {
  it('gives an unnamed spokesman (متحدث باسم …) his statement, and reads no verbal noun after him as his name', () => {
    const spokesman = 'قالت وزارة الصحة إنه لم يبلغ عن إصابات. وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات، لافتاً إلى أنها جاءت ردا على البالونات. وقال المتحدث إن الجيش مصمم على مواصلة التحرك.';
    const statements = who(spokesman);
    expect(statements).toContainEqual(['حصول الغارات', 'متحدث باسم الجيش الإسرائيلي']);
    expect(statements).toContainEqual(['جاءت ردا على البالونات', 'متحدث باسم الجيش الإسرائيلي']);
    expect(statements.filter(([, name]) => name?.includes('حصول'))).toEqual([]);
  });

  it('still names an unnamed spokesman by the person quoted next, but not by «تقارير»', () => {
    const named = 'قال متحدث باسم خدمة الطوارئ إن الزلزال أصاب العشرات. وقال سامر الحداد لوكالة الأنباء إن معظم المصابين غادروا.';
    expect(speakersOf(named)).toEqual(['سامر الحداد', 'سامر الحداد']);
    const reports = 'وقال متحدث باسم المطار إن الرحلات لم تتأثر. وقالت تقارير إن الطائرة هبطت بسلام.';
    expect(speakersOf(reports)).toEqual(['متحدث باسم المطار', 'تقارير']);
  });

  it('reads a short تفعّل masdar after نفى and its subject as the denied claim (ونفت الوزارة تأثر …)', () => {
    const denied = who('ونفت وزارة الطيران المدني تأثر حركة الملاحة الجوية في المطار، مؤكدة أنها تسير بشكل طبيعي.');
    expect(denied).toEqual([
      ['تأثر حركة الملاحة الجوية في المطار', 'وزارة الطيران المدني'],
      ['تسير بشكل طبيعي', 'وزارة الطيران المدني'],
    ]);
    // A nisba is no masdar: «نفى مصدر دبلوماسي تركي استخدام …» keeps تركي in the source.
    expect(speakersOf('نفى مصدر دبلوماسي تركي استخدام أسلحة كيميائية في المنطقة.')).toEqual(['مصدر دبلوماسي تركي']);
  });

  it('reads what محذرا من warns of as a claim, any noun after من (محذراً من انعكاسات …)', () => {
    const warned = who('قال سامر الحداد إن الحوار ضروري، محذراً من انعكاسات الفشل الداخلي على الوضع السياسي.');
    expect(warned[1]).toEqual(['انعكاسات الفشل الداخلي على الوضع السياسي', 'سامر الحداد']);
  });

  it('reads كشف with a ب-verbal noun as nominal content (كشف مصدر … بتلقي الاتحاد اتصالا)', () => {
    expect(who('كشف مصدر مسؤول بالاتحاد السعودي لكرة القدم بتلقي الاتحاد اتصالا من الأمانة.')).toEqual([
      ['بتلقي الاتحاد اتصالا من الأمانة', 'مصدر مسؤول بالاتحاد السعودي'],
    ]);
  });

  it('gives the clause before «حسبما أكد X» to X', () => {
    const framed = 'وقع انفجار كبير في مخازن شركة شرق القاهرة، ما أدى إلى إصابة 12 شخصا، حسبما أكد المتحدث باسم القوات المسلحة سامر الحداد مساء الخميس.';
    expect(speakersOf(framed)).toEqual(['سامر الحداد']);
  });

  it('finds the name after «لدى» and after a body the article already quoted (الخبير لدى آي.إتش.إس ماركت X)', () => {
    const economist = 'وقالت آي.إتش.إس ماركت إن المؤشرات تشير إلى نمو. وقال الخبير الاقتصادي لدى آي.إتش.إس ماركت كريس وليامسون إن النمو تسارع.';
    expect(speakersOf(economist)).toEqual(['آي إتش إس ماركت', 'كريس وليامسون']);
  });

  it('reads «حينئذ»، «آنذاك» and «أنفسهم» as no part of a name', () => {
    const then = 'وقال الرئيس سامر الحداد إن النمو بطيء. ثم قال الحداد حينئذ إن الفائدة سترتفع. وقال اللاعبون أنفسهم إن الفوز مستحق.';
    const names = speakersOf(then);
    expect(names.filter((name) => /حينئذ|أنفسهم/.test(name ?? ''))).toEqual([]);
    expect(names[1]).toBe('سامر الحداد');
  });
});

describe('detectStatements: round 25 (studied on heldout28 after its first run)', () => {
  it('reads the subject after a verb that follows بعدما (بعدما حذرت بريطانيا من أنها)', () => {
    const threatened = 'هددت موسكو بطرد وسائل الإعلام البريطانية بعدما حذرت بريطانيا من أنها قد تسحب رخصة الشبكة.';
    expect(speakersOf(threatened)).toEqual(['بريطانيا']);
  });

  it('splits «title, name, definite title and role» at the name (السفير X الأمين العام المساعد …)', () => {
    const ambassador = 'من جانبه عبر السفير سامر الحداد الأمين العام المساعد للجامعة العربية لشؤون فلسطين عن تهانيه للشعب بهذا الإنجاز.';
    const [s] = detectStatements(ambassador, { minConfidence: 0 });
    expect(s!.speaker).toMatchObject({ name: 'سامر الحداد' });
    expect(s!.speaker!.role).toContain('الأمين العام المساعد');
  });

  it('reads past an aside set off by a comma to a participle’s marker (مشددا في تصريح له أمس، على أن)', () => {
    const aside = 'استقبل الدكتور سامر الحداد الوفد، مؤكدا أن العلاقات متينة جدا، مشددا في تصريح له أمس، على أن المشروع يحمل رسالة مهمة.';
    expect(who(aside)).toEqual([
      ['العلاقات متينة جدا', 'سامر الحداد'],
      ['المشروع يحمل رسالة مهمة', 'سامر الحداد'],
    ]);
    // Not past a clause with no comma before the marker (معتبرا إياها فرصة حقيقية من أجل أن).
    expect(who('وأشاد الحداد بالخطوة، معتبرا إياها فرصة حقيقية من أجل أن يتطور الفريق.')).toEqual([]);
  });

  it('reads «رئيسها» as the title of the body named just before (بعدما قال رئيسها إنه)', () => {
    const [s] = detectStatements('انتقدت الجمعية هيئة الإشراف على الانتخابات بعدما قال رئيسها إنه لا صلاحية لها على المرشحين.', { minConfidence: 0 });
    expect(s!.speaker).toMatchObject({ name: 'رئيس هيئة الإشراف', kind: 'person' });
    // A feminine participle after it does not take him as its sentence's speaker (his title is masculine).
    const body = detectWithEvidence('انتقدت الجمعية هيئة الإشراف على الانتخابات بعدما قال رئيسها إنه لا صلاحية لها على المرشحين، قائلة إن الهيئة عاجزة تماما.');
    expect(body[1]!.evidence.via).not.toBe('sentence-subject');
  });

  it('reads the word after a known one-word name as the object of حذر (حذرت زخاروفا بريطانيا من)', () => {
    const warned = 'وقالت المتحدثة باسم الخارجية نادية كرموفا إن الأمر خطير. وفي حديث للتلفزيون حذرت كرموفا بريطانيا أيضا من تهديد قوة نووية.';
    expect(speakersOf(warned)).toEqual(['نادية كرموفا', 'نادية كرموفا']);
  });
});

describe('detectStatements: round 26 (studied on heldout29 after its first run)', () => {
  it('finds a participle’s subject past «من جهته» at the sentence start (من جهته ثمن رئيس الغرفة X …، مؤكدا)', () => {
    const praised = 'من جهته ثمن رئيس مجلس إدارة الغرفة التجارية سامر بن سعيد الحداد رعاية أمير المنطقة للفعاليات، مؤكدا أن مشاركة الغرفة تأتي في إطار دورها.';
    expect(speakersOf(praised)).toEqual(['سامر بن سعيد الحداد']);
  });

  it('reads «وصف» after its subject as a verb with the subject before it (لكن … نتنياهو وصف الاتفاق بأنه)', () => {
    const described = 'وقال الوزير سامر الحداد إن الصفقة جيدة. لكن رئيس الوزراء الإسرائيلي بنيامين نتنياهو وصف الاتفاق بأنه "خطأ تاريخي" سيفسح الطريق أمام إيران.';
    expect(speakersOf(described)).toEqual(['سامر الحداد', 'بنيامين نتنياهو']);
  });

  it('reads انعدام after a source and its place as nominal content (أكد المركز … في الإمارات انعدام فرص …)', () => {
    expect(who('أكد المركز الوطني للأرصاد في الإمارات انعدام فرص التأثير المباشر للإعصار على الدولة.')).toEqual([
      ['انعدام فرص التأثير المباشر للإعصار على الدولة', 'المركز الوطني للأرصاد'],
    ]);
  });
});

describe('detectStatements: round 27 (studied on heldout30 after its first run)', () => {
  it('reads «هذه الرابطة» as the subject that points back at the body named before', () => {
    const league = 'وقالت صحيفة الأيام إن العقد كبير. والبنود غير موجودة في فرنسا بحسب قوانين رابطة الدوري. وأكدت هذه الرابطة الجمعة أن "مديري الأندية لا يمكنهم كتابة عقود".';
    expect(speakersOf(league)[1]).toBe('رابطة الدوري');
    // Not a thing pointed at (واعتبر هذه الحروب …): only a body, a title or a source.
    expect(speakersOf('وقال الوزير سامر الحداد إن الحرب صعبة، واعتبر هذه الحروب بأنها مدمرة للجميع.').filter((name) => name?.includes('الحروب'))).toEqual([]);
  });

  it('names a person before a kinship set off by commas (قالت رشا، شقيقة الناشط …، وائل عباس، إن)', () => {
    const sister = 'قالت رشا، شقيقة الناشط والمدون المصري، وائل عباس، إن السلطات اعتقلت شقيقها فجر الأربعاء.';
    const [s] = detectStatements(sister, { minConfidence: 0 });
    expect(s!.speaker).toMatchObject({ name: 'رشا' });
    expect(s!.speaker!.role).toContain('شقيقة');
  });
});

describe('detectStatements: round 28 (studied on heldout31 after its first run)', () => {
  it('reads praise with ب (أشاد/نوه … بالدور) as nominal content, the praised thing no part of the name', () => {
    expect(who('وأشاد الوزير سامر الحداد بالدور الكبير الذي تقوم به الهيئة في خدمة الزوار.')).toEqual([
      ['بالدور الكبير الذي تقوم به الهيئة في خدمة الزوار', 'سامر الحداد'],
    ]);
    // A given name that starts with ب is the name's (أشاد رئيس الوزراء بنيامين نتنياهو بالخطوة).
    expect(speakersOf('وأشاد رئيس الوزراء بنيامين نتنياهو بالخطوة باعتبارها "لحظة حاسمة" في التاريخ.')).toEqual(['بنيامين نتنياهو']);
    // A title's place with بال is not what is praised (نوه مدير الجمعية بالأحساء علي الغوينم بأن).
    expect(speakersOf('وقد نوه مدير جمعية الثقافة والفنون بالأحساء علي الغوينم بأن المهرجان نجح.')).toEqual(['علي الغوينم']);
  });
});

describe('detectStatements: round 29 (studied on heldout32 after its first run)', () => {
  it('reads «نفس المسؤول» and «المصدر ذاته» as the one who spoke before', () => {
    const same = 'قال مصدر مسؤول في وزارة الخارجية إن واشنطن تدعم الإرهاب. وأضاف نفس المسؤول: "إن النظام عمل كقوات جوية للتنظيم".';
    expect(speakersOf(same)).toEqual(['مصدر مسؤول في وزارة', 'مصدر مسؤول في وزارة']);
    const itself = 'قال مصدر أمني إن التفجير وقع صباحا. وأضاف المصدر الأمني قائلا: "إن عنصرا حاول التفجير"، وأشار المصدر ذاته إلى أن الأجهزة الأمنية انتقلت إلى المكان.';
    expect(speakersOf(itself)).not.toContain('المصدر ذاته');
  });

  it('ends a title at «البالغ» (an age), so the title refers back (وأبلغ المهاجم البالغ عمره 36 عاما الصحفيين:)', () => {
    const striker = 'قال المهاجم السويدي زلاتان إبراهيموفيتش إن كأس العالم بدونه مملة. وأبلغ المهاجم البالغ عمره 36 عاما الصحفيين: "أعتقد أن السويد تعاني من ضغط أقل".';
    expect(speakersOf(striker)).toEqual(['زلاتان إبراهيموفيتش', 'زلاتان إبراهيموفيتش']);
  });
});

describe('detectStatements: round 30 (studied on heldout34 after its first run)', () => {
  it('reads a given name that starts with ب or ل after a role as a name, not a glued preposition', () => {
    // Before round 30 the ب of بشار read as a preposition: the title alone was the speaker.
    expect(speakersOf('قال السفير السوري لدى الأمم المتحدة بشار الجعفري إن الخبراء لم يدخلوا. وأكد الجعفري أن دمشق تتعاون.')).toEqual(['بشار الجعفري', 'بشار الجعفري']);
    expect(speakersOf('قال رئيس الائتلاف الوطني بشار الزعبي إن الخبراء لم يدخلوا.')).toEqual(['بشار الزعبي']);
    expect(speakersOf('قالت مديرة المنظمة الدولية لبنى العمري إن التقرير جاهز.')).toEqual(['لبنى العمري']);
    // A glued preposition still ends the role's name run (الاتحاد الدولي لكرة القدم).
    expect(speakersOf('قال رئيس الاتحاد الدولي لكرة القدم إن البطولة ناجحة.')).not.toContain('لكرة القدم');
  });

  it('gives a plural verb (تساءلوا، يقولون) its pronoun subject, not the word after it', () => {
    const asked = 'قال المسؤولون في الوزارة إن الخطة جاهزة. وتساءلوا مستنكرين: لماذا هذا التأخير؟';
    expect(speakersOf(asked)).toEqual(['المسؤولون في الوزارة', 'المسؤولون في الوزارة']);
    // With nominal content the words after the verb are still read as before (لكنهم توقعوا استئناف …).
    expect(who('وقال مصرفيون إن الخدمة ستتأخر، لكنهم توقعوا استئناف الخدمات كالمعتاد.').length).toBeGreaterThan(0);
  });
});

describe('detectStatements: round 31 (studied on heldout35 after its first run)', () => {
  it('ends the speaker phrase at a time or a cause (بعيد، بسبب) and at a particle (قد، لم، التابع)', () => {
    const warned = 'قال المتحدث باسم التحالف العقيد تركي المالكي إن الهجوم فشل. وحذر المالكي بعيد هجمات الأربعاء من أن التحالف سيرد بشكل حازم عليها.';
    expect(speakersOf(warned)).toEqual(['تركي المالكي', 'تركي المالكي']);
    expect(speakersOf('قال مسؤول لم يذكر اسمه إن الشرطة تحقق.')).toEqual(['مسؤول']);
  });

  it('reads «على ضرورة» after a name as the preposition and its object, not the given name علي', () => {
    const text = 'قال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق قائم. وشدد لودريان على ضرورة أن يضع الأوروبيون الإجراءات اللازمة. وأضاف أن "الوضع خطير".';
    expect(speakersOf(text)).toEqual(['جان إيف لودريان', 'جان إيف لودريان', 'جان إيف لودريان']);
  });

  it('refers a title with its complement back to the person introduced with that title, not to another mention of the title', () => {
    const text =
      'وصف رئيس الجالية اليمنية بالمملكة والمجلس الأعلى للجاليات اليمنية حول العالم الشيخ مهدي حاتم النهاري، الدور السعودي بالبطولي. وعانى اليمنيون بسبب مليشيات الحوثي وأتباع الرئيس المخلوع علي عبد الله صالح. وقال رئيس الجالية اليمنية: "لا نستغرب المواقف البطولية للمملكة".';
    expect(speakersOf(text)).toEqual(['مهدي حاتم النهاري']);
  });

  it('names the subject of an earlier sentence by its titled mention, with a compound given name (عبد الفتاح)', () => {
    const text = 'وكان الرئيس المصري عبد الفتاح السيسي تعهد في 2016 بتحسين شبكة الطرق خلال عام واحد. وفي ديسمبر 2017، قال: "تم إنجاز الكثير على مستوى البنية التحتية".';
    expect(speakersOf(text)).toEqual(['عبد الفتاح السيسي']);
  });

  it('reads an accusative title after إن/أن without its alif (إلا أن متحدثا باسم الشركة قال)', () => {
    const text = 'وأعلن الحوثيون استهداف المطار. إلا أن متحدثا باسم الشركة قال إن منشآتها تعمل بشكل طبيعي.';
    expect(speakersOf(text)).toContain('متحدث باسم الشركة');
  });
});

describe('detectStatements: round 32 (studied on heldout36 and heldout37 after their first runs)', () => {
  it('reads a compound given name (عبد الرحمن، ضيف الله، فخر الدين) and the family name after it as the name, not as more of the title', () => {
    expect(speakersOf('وقال مدير الشرطة عبد الرحمن الشهري إن التحقيق مستمر.')).toEqual(['عبد الرحمن الشهري']);
    expect(speakersOf('وقال رئيس مجلس إدارة النادي عطا الله الجعيد إن المقترحات تنوعت.')).toEqual(['عطا الله الجعيد']);
    expect(speakersOf('وقال وزير الخارجية فخر الدين الأحمد إن الزيارة ناجحة.')).toEqual(['فخر الدين الأحمد']);
    // The title still goes with the name it was written with.
    expect(detectStatements('وقال مدير الشرطة عبد الرحمن الشهري إن التحقيق مستمر.', { minConfidence: 0 })[0]?.speaker?.role).toBe('مدير الشرطة');
  });

  it('ends the speaker phrase at ب glued to the statement or document the speaker spoke in (بتصريحه، ببيانها، بتغريدة)', () => {
    expect(speakersOf('وقال عمر الجاسر بتصريحات صحفية إن المعرض يفتتح غدا.')).toEqual(['عمر الجاسر']);
    expect(speakersOf('وقال وزير الصحة خالد الفالح إن الحالات تراجعت. وأكد الفالح بتصريحه لـ«عكاظ» أن الوزارة مستعدة.')).toEqual(['خالد الفالح', 'خالد الفالح']);
    expect(speakersOf('وأعلنت وزارة الخارجية الفلبينية إنها ترحب بالحكم. وذكرت الوزارة ببيانها أن السفارة حصلت على نسخة من القرار.')).not.toContain('الوزارة ببيانها');
  });
});

describe('detectStatements: round 33 (studied on heldout39 after its first run)', () => {
  it('reads علي written with ي after a title as the given name before a name of several words, where the article writes the preposition على with ى', () => {
    expect(speakersOf('وقال الوزير علي عبدالله صالح إن الوضع على الأرض جيد.')).toEqual(['علي عبدالله صالح']);
    expect(speakersOf('وقال الرئيس اليمني علي عبدالله صالح إن الاتفاق على الطاولة.')).toEqual(['علي عبدالله صالح']);
    // The preposition على (written with ى) after a title still ends the speaker phrase.
    expect(speakersOf('وقال الوزير محمد الأحمد على هامش المؤتمر إن الوضع جيد.')).toEqual(['محمد الأحمد']);
  });
});

describe('detectStatements: round 34 (studied on heldout40 after its first run)', () => {
  it('continues with a speaker whose foreign name is written again with a doubled consonant once (بيللوتشي, then بيلوتشي)', () => {
    const text = 'وقال كريستيان بيللوتشي رئيس السيرك إنه سيشارك في العروض 60 فنانا. وأضاف بيلوتشي أن هناك عروضا لرقصات من الأرجنتين.';
    expect(speakersOf(text)).toEqual(['كريستيان بيللوتشي', 'كريستيان بيللوتشي']);
  });
});

describe('detectStatements: round 35 (studied on heldout41 after its first run)', () => {
  it('ends the speaker phrase at عند (when) and at the one spoken to: a لل-title after a name, لنظيره', () => {
    expect(speakersOf('وقال مكتب رئيس الوزراء الكندي عند إعلانه عن الاتصال الهاتفي إن الزعيمين اتفقا على البقاء على اتصال.')).toEqual(['مكتب رئيس الوزراء الكندي']);
    expect(speakersOf('وأكد رئيس الوزراء الكندي جاستن ترودو للرئيس الأمريكي دونالد ترامب في اتصال هاتفي أن بلاده لم يكن لديها خيار آخر.')).toEqual(['جاستن ترودو']);
    // A لل-title after a role word is part of the role: the name after it speaks.
    expect(speakersOf('وقال المستشار الإعلامي للرئيس المصري أحمد المسلماني إن الزيارة ناجحة.')).toEqual(['أحمد المسلماني']);
    expect(speakersOf('وقال وزير الخارجية سامح شكري إن المباحثات بناءة. وأكد الوزير لنظيره الروسي سيرغي لافروف أن بلاده تدعم الحل السياسي.')).toEqual(['سامح شكري', 'سامح شكري']);
  });

  it('reads «about which» after قال as no speaker, and «لما أعلنت عنه X» as X framing the sentence before', () => {
    expect(speakersOf('وهو الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل إنه ليس حياة طبيعية.')).toEqual(['أنجيلا ميركل']);
    expect(speakersOf('أطلق أحد الحراس طلقة تحذيرية على رجل حاول دخول المجمع، وفقا لما أعلنت عنه المنظمة التابعة له.')).toEqual(['المنظمة']);
    // After other verbs «التي أعلنت عنها الوزارة» is a relative clause about its head, not a statement.
    expect(speakersOf('وما أعلنت عنه وزارة الداخلية من إحباط محاولات إرهابية يؤكد أن البلاد مستهدفة.')).not.toContain('وزارة الداخلية');
  });

  it('does not read «ما لفت انتباهي» (caught my attention) as a statement, nor بل as a speaker', () => {
    expect(speakersOf('ما لفت انتباهي بالأمس خبر جيد: "قال المتحدث الرسمي لوزارة التعليم مبارك العصيمي إنه يجب إجراء فحص السموم".')).toEqual(['مبارك العصيمي']);
    const text = 'وأكد السفراء الأربعة أن دولهم لا تسعى إلى جعل قطر تابعة، بل تتوقع منها أن تلتزم بالمعايير الدولية.';
    expect(speakersOf(text)).not.toContain('بل');
  });

  it('gives a masculine participle after a woman with a feminine title to her (the article’s slip), not to an earlier man', () => {
    const text = 'وقال مكتب رئيس الوزراء إن الزعيمين اتفقا على التواصل. وصرحت وزيرة الخارجية كريستيا فريلاند أن الرسوم متكافئة. وقالت فريلاند إن الرد مكافئ، مؤكدا أن "كندا لن تصعد الوضع".';
    expect(speakersOf(text)).toEqual(['مكتب رئيس الوزراء', 'كريستيا فريلاند', 'كريستيا فريلاند', 'كريستيا فريلاند']);
  });

  it('reads a kinship and whose kin (خطيبة خاشقجي) as the person who spoke before with that kinship as her role', () => {
    const text = 'وكانت خديجة جنكيز، خطيبة الصحفي السعودي جمال خاشقجي، قد قالت إنها تنتظر نتيجة نهائية. وأوضحت خطيبة خاشقجي أن الصور تشير إلى احتمال خطف.';
    expect(speakersOf(text)).toEqual(['خديجة جنكيز', 'خديجة جنكيز']);
  });

  it('reads an honorific and a family name the article gave as the subject of a sentence, not the titled name in its object', () => {
    const text = 'وأوضح مدير عام التعليم الدكتور يوسف بن محمد الثويني أن المشروعات جديدة. وثمن الدكتور الثويني جهود صاحب السمو الملكي الأمير سعود بن عبدالمحسن أمير المنطقة. وأفاد أن الوزارة تعمل على التوسع في المباني.';
    expect(speakersOf(text)).toEqual(['يوسف بن محمد الثويني', 'يوسف بن محمد الثويني']);
  });

  it('reads «the official» or «the source» with a nationality or field as the one quoted before with it', () => {
    const uae = 'وقال مدير العمليات في المنظمة محمد عبديكر إن 17 ألف يمني أعيدوا. ولكن المسؤول الأممي قال: "لا يمكن أن تعيد الناس إلى بلاد مثل اليمن".';
    expect(speakersOf(uae)).toEqual(['محمد عبديكر', 'محمد عبديكر']);
    const saudi = 'ونفى مسؤول سعودي رفيع المستوى تورط بلاده في الاختفاء. وقال المسؤول السعودي: "ننفي بشكل قاطع أي تورط".';
    expect(speakersOf(saudi)).toEqual(['مسؤول سعودي رفيع المستوى', 'مسؤول سعودي رفيع المستوى']);
    // Not one quoted before with another nationality.
    const other = 'وقال نائب الرئيس اليمني خالد بحاح إن الوضع تحسن. وأكد المسؤول الإماراتي أن بلاده تدعم الحكومة.';
    expect(speakersOf(other)).toEqual(['خالد بحاح', 'المسؤول الإماراتي']);
  });

  it('ends an unnamed source at the definite object after its adjectives (ووصف مصدر دبلوماسي تركي الاتهامات بأنها)', () => {
    expect(speakersOf('وصف مصدر دبلوماسي تركي الاتهامات الموجهة لتركيا باستخدام أسلحة كيميائية بأنها "دعاية سوداء".')).toEqual(['مصدر دبلوماسي تركي']);
    // A construct (مصادر الشرطة) and a place (مصدر في الشرطة) stay whole.
    expect(speakersOf('وقالت مصادر الشرطة المحلية إن التحقيق مستمر.')).toEqual(['مصادر الشرطة المحلية']);
  });
});

describe('detectStatements: round 36 (studied on heldout42 and heldout43 after their first runs)', () => {
  it('reads a sentence that opens with a topic (وعن …، حول …) as the speaker going on, not the topic as a speaker', () => {
    const text = 'وقال وزير الداخلية ساجد جويد إن لصوصا سرقوا هاتفه. وعن شعوره وقت الحادث أوضح أنه كان غاضبا.';
    expect(speakersOf(text)).toEqual(['ساجد جويد', 'ساجد جويد']);
  });

  it('reads «عندها رد X» as X the subject of a verb of replying (not «عندها رد» as part of a name)', () => {
    const text = 'وقال الرئيس الأمريكي دونالد ترامب إن العقوبات قادمة. عندها رد ترامب في تغريدة له قال فيها "إياك وتهديد الولايات المتحدة".';
    expect(speakersOf(text)).toEqual(['دونالد ترامب', 'دونالد ترامب']);
  });

  it('reads a nationality alone as the person the article described with it, or the one who spoke most', () => {
    const described = 'وقال مستشار الأمن القومي الأميركي، الجنرال هربرت مكماستر، إن طهران تنشر الأسلحة. وأكد الجنرال الأميركي أن على المجتمع الدولي الوقوف ضد إيران.';
    expect(speakersOf(described)).toEqual(['هربرت مكماستر', 'هربرت مكماستر']);
    const coach = 'وقال المدير الفني أنطونيو كونتي إنه لن يغير أسلوبه. وأكد كونتي أن الفريق قدم موسما جيدا. وقال الإيطالي إن "هناك لحظات صعبة".';
    expect(speakersOf(coach)).toEqual(['أنطونيو كونتي', 'أنطونيو كونتي', 'أنطونيو كونتي']);
    // A family name in the same form, which the article gives as a name, is not a nationality.
    expect(speakersOf('وقال اللاعب محمد المصري إن المباراة صعبة. وأضاف المصري أن الفريق جاهز.')).toEqual(['محمد المصري', 'محمد المصري']);
  });

  it('reads البابا as a title before the name (not «طالب البابا» as a name)', () => {
    const text = 'طالب البابا فرنسيس الأمم المتحدة أمس باتخاذ موقف قوي. وأضاف البابا: «أضع آمالا كبارا في قمة باريس».';
    expect(speakersOf(text)).toEqual(['فرنسيس']);
  });

  it('reads a verbal noun right after the verb («وأكد إدانة "…"») as the object, the speaker going on', () => {
    const text = 'وقال الرئيس الفلسطيني محمود عباس إنه يعتذر عن تصريحاته. وأكد إدانة "معاداة السامية بجميع أشكالها".';
    expect(speakersOf(text)).toEqual(['محمود عباس', 'محمود عباس']);
  });

  it('reads one word set off by a comma after دعا as whom the speaker calls on', () => {
    const text = 'وقالت المتحدثة باسم البنتاغون دانا وايت إن روسيا تدعم النظام. ودعت المتحدثة باسم البنتاغون، روسيا إلى أن "تدفع نظام الأسد لوقف القتل".';
    expect(speakersOf(text)).not.toContain('روسيا');
  });

  it('gives a participle to the person named after «فقد»/«وقد» and the verb that opens the sentence', () => {
    const text = 'وقال المتحدث بهرام قاسمي إن المحادثات مستحيلة. فقد نصح حسن روحاني نظيره الأمريكي "بعدم اللعب بالنار" معتبرا أن أي نزاع مع إيران "سيكون أم المعارك".';
    expect(speakersOf(text)).toEqual(['بهرام قاسمي', 'حسن روحاني']);
  });

  it('reads «قدمت X ورقة بعنوان "…" أشارت فيها إلى أن» as X, past the quoted title and without the paper in her name', () => {
    const text = 'وقالت الدكتورة سميرة القحطاني إن السياحة مهمة. وفي الجلسة الثانية قدمت الدكتورة رقية عواشرية ورقة عمل بعنوان "تطبيقات علم الآثار الوقائي في حماية التراث" أشارت فيها إلى أن حماية الآثار حديثة.';
    expect(speakersOf(text)).toEqual(['سميرة القحطاني', 'رقية عواشرية']);
  });

  it('ends the speaker phrase at a kinship quoted after the name (محمد لباد ”والد الطفلة“)', () => {
    const text = 'أصيبت الطفلة السعودية زينب محمد لباد البالغة من العمر 4 سنوات بطلق ناري. واوضح محمد لباد ”والد الطفلة“ ان الطلق الناري استقر في رأسها.';
    expect(speakersOf(text)).toEqual(['محمد لباد']);
  });
});

describe('detectStatements: round 37 (studied on heldout44 after its first run)', () => {
  it('reads «أما X، فلقد كتب» as X speaking', () => {
    const text = 'أما الرئيس الفرنسي السابق فرانسوا هولاند، فلقد كتب في تغريدة على حسابه: "مع رحيله نكون قد فقدنا سينمائيا عظيما".';
    expect(speakersOf(text)).toEqual(['فرانسوا هولاند']);
  });

  it('ends the speaker phrase at «مخاطبا» (addressing) and «المتحدر» (descended from)', () => {
    const text = 'وقال الرئيس الفلبيني رودريغو دوتيرتي إنه كان قاسيا في تعابيره. وأضاف مخاطبا المسؤولين الكويتيين: "أنا آسف على اللغة التي استخدمتها".';
    expect(speakersOf(text)).toEqual(['رودريغو دوتيرتي', 'رودريغو دوتيرتي']);
    expect(speakersOf('وكتب روبيو المتحدر من أصول كوبية في تغريدة "هذا خطأ أيضا في رأيي".')).toEqual(['روبيو']);
  });

  it('reads a hashtag name (#رودريغو_دوتيرتي) with spaces for its underscores', () => {
    const text = 'في خطاب ألقاه الرئيس الفلبيني #رودريغو_دوتيرتي، قال دوتيرتي: "للمرة الأولى أود أن أقول إنني كنت قاسيا".';
    expect(speakersOf(text)).toEqual(['رودريغو دوتيرتي']);
  });

  it('keeps an envoy’s post (لدى …) in the role and reads the name after it', () => {
    expect(speakersOf('وقال السفير الفلسطيني لدى الأمم المتحدة رياض منصور إن المجزرة يجب أن تتوقف.')).toEqual(['رياض منصور']);
    expect(speakersOf('وأكد السفير السعودي لدى بريطانيا، الأمير محمد بن نواف بن عبد العزيز، أن العلاقات متينة.')).toEqual(['محمد بن نواف بن عبد العزيز']);
    // With no name after the post, the country is not read as one.
    expect(speakersOf('وأكد السفير السعودي لدى بريطانيا أن العلاقات متينة.')).not.toContain('بريطانيا');
  });

  it('reads no day as a frame’s source («وفق بيان أعلن الأربعاء»), and the source after a day («حسبما أشار الجمعة مدرب الأخير …»)', () => {
    expect(speakersOf('وافقت ولاية كاليفورنيا على نشر 400 جندي على حدودها مع المكسيك، وفق بيان أعلن الأربعاء.')).toEqual([]);
    expect(speakersOf('كما أن غيابه يشكل "ضربة قوية جدا للمنتخب"، حسبما أشار الجمعة مدرب المنتخب ديدييه ديشان.')).toEqual(['ديدييه ديشان']);
  });
});

describe('detectStatements: round 38 (studied on heldout45 and heldout46 after their first runs)', () => {
  it('keeps a present-tense verb and an object out of a name, and reads فينجر as فينغر', () => {
    const text = 'يغيب أوزيل عن المباراة لكن المدرب أرسين فينغر يأمل في مشاركته الأحد. وأبلغ فينغر مؤتمرا صحفيا: أوزيل عانى من وعكة صحية يومي الإثنين والثلاثاء. وأكد فينجر أن هنريخ مخيتاريان سيحصل على فرصة.';
    expect(speakersOf(text)).toEqual(['أرسين فينغر', 'أرسين فينغر']);
    const mahrez = 'حدد المهاجم الجزائري رياض محرز هدفه مع فريقه الجديد. وقال محرز إن طموحه هو الفوز بدوري الأبطال.';
    expect(speakersOf(mahrez)).toEqual(['رياض محرز']);
  });

  it('reads a statement’s owner after a document word (بحسب بيان لوزارة البترول) and its issuer (تصريح اصدرته …)', () => {
    expect(speakersOf('وقد بدأ الإنتاج الفعلي في حقل ظهر في كانون الأول بحسب بيان لوزارة البترول.')).toEqual(['وزارة البترول']);
    const issued = 'وجاء في تصريح اصدرته شركة واينستاين نقلته بعض الصحف الأمريكية، "أن الشركة تحاول بشكل فعال بيع اصولها". وجاء في التصريح أن "عملية اعلان الافلاس هي الخيار الوحيد المتبقي للحفاظ على قيمة الشركة."';
    expect(speakersOf(issued)).toEqual(['شركة واينستاين', 'شركة واينستاين']);
  });

  it('gives «حسب ما جاء في البيان» to the statement’s issuer, not to «بيان أوردته»', () => {
    const text = 'أعلنت المملكة العربية السعودية في بيان أوردته وكالة الأنباء السعودية أنها قدمت مساهمة بمبلغ 100 مليون دولار. وهذه المساهمة هي الأكبر حتى الآن لصالح هذه المناطق، حسب ما جاء في البيان.';
    expect(speakersOf(text)).toEqual(['المملكة العربية السعودية', 'المملكة العربية السعودية']);
  });

  it('gives a lawsuit’s allegations to its filer', () => {
    const text = 'انهارت المفاوضات عندما أقام مكتب الادعاء العام في نيويورك دعوى ضد شركة واينستاين. وكانت دعوى قضائية مدنية اقيمت على الشركة قالت إن هارفي واينستاين اعتدى على موظفات في الاستوديو.';
    expect(speakersOf(text)).toEqual(['مكتب الادعاء العام']);
  });

  it('ends a body’s name before a definite plural object (ووصف البيت الأبيض الاجتماعات الراهنة بأنها)', () => {
    expect(speakersOf('ووصف البيت الأبيض الاجتماعات الراهنة بأنها إيجابية ومثمرة جدا في هذه المرحلة.')).toEqual(['البيت الأبيض']);
  });

  it('keeps blessings, «despite» and «about» out of names', () => {
    expect(speakersOf('قال الإمام ابن فارس رحمه الله تعالى: «الفاء والراء والحاء أصلان يدل أحدهما على خلاف الحزن».')).toEqual(['ابن فارس']);
    const despite = 'ورغم إعجاب مؤيدي ميلانيا بتصريحاتها التي اعترفت فيها بأن العبارة التي حملها معطفها كانت رسالة، وقع فريقها في الكذب.';
    expect(speakersOf(despite).some((s) => s?.includes('رغم'))).toBe(false);
    expect(speakersOf('وسئل وزير المالية أولاف شولز عما إذا كانت منطقة اليورو باقية فقال "نعم. لا رجوع عن اليورو".')).not.toContain('أولاف شولز عما');
  });

  it('reads «ويرجح أن» with no subject as the passive (it is thought likely), no one’s statement', () => {
    expect(speakersOf('قال الطبيب إن الحالات تزداد. ويرجح أن السبب في زيادة عدد حالات الإصابة هو ارتفاع استخدام العقاقير.')).toEqual(['الطبيب']);
  });

  it('goes on with a speaker whose gender no verb has told (وزير البترول طارق الملا … وأضاف)', () => {
    const text = 'وقال الرئيس عبد الفتاح السيسي إن المشروع مهم للاقتصاد. وتقدر احتياطات الغاز في الحقل "بحوالي 30 تريليون قدم مكعب"، بحسب ما صرح به وزير البترول طارق الملا. وقالت وزارة البترول إن الإنتاج بدأ. وقال الملا إن الإنتاج سيرتفع قبل منتصف العام. وأضاف "سيتبقى أقل من مليار متر مكعب من جملة الإنتاج".';
    expect(speakersOf(text)).toEqual(['عبد الفتاح السيسي', 'طارق الملا', 'وزارة البترول', 'طارق الملا', 'طارق الملا']);
  });

  it('reads the given name علي in an apposed name, before a role, and inside a name', () => {
    expect(speakersOf('كشف السفير اليمني لدى لبنان، علي الديلمي، أن سفارة بلاده أوقفت منح التأشيرات.')).toEqual(['علي الديلمي']);
    const general = 'وأكدت مصادر عسكرية أن الهزائم وقعت على الجبهة. وشدد اللواء علي الأحمدي رئيس جهاز الأمن القومي اليمني لـ«الشرق الأوسط» أن السيطرة في عدن أصبحت تامة.';
    expect(speakersOf(general)).toEqual(['مصادر عسكرية', 'علي الأحمدي']);
    expect(speakersOf('وقال محمد علي الحوثي رئيس اللجنة الثورية العليا في بيان، إن إيقاف العمليات سيكون لمدة محددة.')).toEqual(['محمد علي الحوثي']);
  });
});

describe('detectStatements: round 38, continued (heldout46, then heldout47 studied after its first run)', () => {
  it('reads the name set off by commas after a title’s field or place (الأستاذ المشارك في …، زين عبد الله،)', () => {
    const text = 'وأعرب الأستاذ المشارك في مادة الدين والمجتمع والدراسات الإسلامية، زين عبد الله، بجامعة تمبل في مقابلة مع شبكة NPR، إن بعض الجماعات اعترضت على التسمية.';
    expect(speakersOf(text)).toEqual(['زين عبد الله']);
    // Not the outlet spoken to: «، لبي بي سي،».
    const bbc = 'وقالت مديرة الاستثمار في شركة راثبونزيس لسماسرة الأوراق المالية، لبي بي سي، إن هبوط الأسواق لم يحدث تغييرا كبيرا.';
    expect(speakersOf(bbc)).not.toContain('لبي بي سي');
  });

  it('goes on with the person a lead names after a long role (أوصى المستشار … الشيخ الدكتور صالح بن عبدالله بن حميد)', () => {
    const text = 'أوصى المستشار بالديوان الملكي عضو هيئة كبار العلماء إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن عبدالله بن حميد، الشباب أن يعودوا إلى أهل العلم.\nوأكد عبر كلمة توجيهية وجهها للشباب أن وضع الأمة لا يسر.\nوأضاف أن بلادنا كشفت حقيقة المسار الصحيح.';
    expect(speakersOf(text)).toEqual(['صالح بن عبدالله بن حميد', 'صالح بن عبدالله بن حميد']);
    // Not past a comma to a later name: «ندد الرئيس الأميركي السابق، باراك أوباما، … الرئيس دونالد ترامب».
    const obama = 'ندد الرئيس الأميركي السابق، باراك أوباما، الجمعة، بسلوك الجمهوريين الذين يؤيدون الرئيس دونالد ترامب.\nوتساءل في كلمة ألقاها في ولاية إيلينوي "ماذا حدث للحزب الجمهوري؟".';
    expect(speakersOf(obama)).not.toContain('دونالد ترامب');
  });

  it('gives «كلمة لوزير الإسكان، أوضح فيها» to the minister the article named', () => {
    const text = 'افتتح أمير منطقة القصيم الأمير فيصل بن بندر، اليوم الأربعاء، إسكان وزارة الإسكان بمدينة بريدة، بحضور وزير الإسكان الدكتور شويش الضويحي.\nوأقيم حفل خطابي بهذه المناسبة تخلله كلمة لوزير الإسكان، أوضح فيها أن المشروع يعد باكورة مشاريع الوزارة بمنطقة القصيم.';
    expect(speakersOf(text)).toEqual(['شويش الضويحي']);
  });

  it('reads no song’s words as a statement (ويقول مطلع أغنية "…":)', () => {
    expect(speakersOf('أطلق الفنان الكويتي أحمد الحريبي أغنية وطنية جديدة. ويقول مطلع أغنية "صباح الخير": صباح الخير يا شعب الكويت بظل صباح الخير.')).toEqual([]);
  });

  it('reads the holder of a prize (الحائزة على جائزة نوبل للسلام توكل كرمان) by the name after the prize', () => {
    const text = 'وكتبت الناشطة اليمنية الحائزة على جائزة نوبل للسلام توكل كرمان، على حسابها بموقع فيسبوك أن الحوثي سيظل يكرر العبارة نفسها.';
    expect(speakersOf(text)).toEqual(['توكل كرمان']);
  });
});

describe('detectStatements: round 39 (heldout42, heldout47 and heldout48 studied after heldout49’s first run)', () => {
  it('goes on with the person a lead names after «من جهته» with no comma (من جهته هنأ الملحق الثقافي … الدكتور …)', () => {
    const text = 'من جهته هنأ الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن عبدالله بن طالب، المبتعث حسام زواوي بهذا الإنجاز.\nوأوضح أن الملحقية نظمت معرضا عرض فيه عشرة طلبة إنجازاتهم العلمية.';
    expect(speakersOf(text)).toEqual(['عبدالعزيز بن عبدالله بن طالب']);
  });

  it('reads the subject after a relative clause’s verb (التسجيلات التي تزعم مصادر تركية أنها)', () => {
    const text = 'وشكك محلل الشؤون الأمنية في أن تكون الساعة الذكية للإعلامي السعودي جمال خاشقجي قد نقلت التسجيلات التي تزعم مصادر تركية أنها تثبت مقتله.';
    expect(speakersOf(text)).toEqual(['مصادر تركية']);
    // A possessed word after the verb is its object or owned: the subject is before (التي يقول محاميها إنها).
    const lawyer = 'وقالت الممثلة ستيفاني كليفورد إنها تلقت مبلغا مقابل صمتها. وسترفع كليفورد قضية لإلغاء الاتفاقية التي يقول محاميها إنها أجبرت على توقيعها.';
    expect(speakersOf(lawyer)).toEqual(['ستيفاني كليفورد', 'ستيفاني كليفورد']);
  });

  it('gives a relative clause to the body right before it, past an adverb (حركة غولن التي تنفي تماما أن)', () => {
    const text = 'واعتقلت السلطات التركية حوالي 77 ألف شخص منذ بداية العام بتهم تتعلق بانتمائهم إلى حركة غولن التي تنفي تماما أن يكون لها يد في محاولة الانقلاب.';
    expect(speakersOf(text)).toEqual(['حركة غولن']);
  });

  it('takes «استبعد … أن» as ruling out, and leaving a player out as nothing', () => {
    expect(speakersOf('وأصدرت السفارة السودانية في القاهرة بيانا، واستبعدت أن تتأثر علاقات البلدين بمثل هذه القضية.')).toEqual(['السفارة السودانية']);
    expect(speakersOf('استبعد المدرب الهولندي لويس فان جال الحارس دافيد دي خيا عن لقاء فريقه أمام توتنهام.')).toEqual([]);
  });

  it('reads the Dutch «فان» as part of a name, not as فإن (لويس فان جال، فان دير فارت)', () => {
    expect(speakersOf('في شأن متصل، كشف لويس فان جال أن الحارس الإسباني سيغيب عن المباراة.')).toEqual(['لويس فان جال']);
    expect(speakersOf('اعترف نجم كرة القدم الهولندي فان دير فارت بأنه يشعر بالندم على رحيله من توتنهام.')).toEqual(['فان دير فارت']);
    // A فان after «ولذلك» or before a definite word is فإن all the same.
    expect(speakersOf('وقال الوزير إن الطقس سيتحسن، ولذلك فان أحد أهم الأهداف هو التشجير.')).toEqual(['الوزير']);
  });
});

describe('detectStatements: round 39, continued (heldout47, heldout48 and heldout49 studied)', () => {
  it('gives «نشر X، NAME، تغريدة أكد فيها» to the person named between commas after the title', () => {
    const text = 'بدأت الأزمة عندما نشر وكيل أعمال اللاعب، رامي عباس، تغريدة على موقع تويتر أكد فيها أن هناك مشكلة كبيرة تواجه اللاعب مع الاتحاد المصري لكرة القدم.';
    expect(speakersOf(text)).toEqual(['رامي عباس']);
  });

  it('ends a name before a possessed noun in ة (موسك فكرته)، «بحكم» and «بالمؤتمر الصحفي»', () => {
    const idea = 'وقال رجل الأعمال إيلون موسك إن الصاروخ كبير. وقد ذكر موسك فكرته الأخيرة حول المريخ في مؤتمر صحفي، وقال إن الصاروخ سيطلق خلال عامين.';
    expect(speakersOf(idea)).toEqual(['إيلون موسك', 'إيلون موسك']);
    expect(speakersOf('وقال المواطن ناصر العتيبي بحكم خبرته إن المراكز العسكرية محصنة.')).toEqual(['ناصر العتيبي']);
    // The subject before the verb, a one-word name that has spoken: «لكن موسك ذكر بالمؤتمر الصحفي».
    expect(speakersOf('وقال موسك إن الصاروخ كبير. لكن موسك ذكر بالمؤتمر الصحفي، الثلاثاء، إنه ينوي إنجاح مخطط شركته.')).toEqual(['موسك', 'موسك']);
  });

  it('ends the subject of وصف before its label, and a body that spoke before keeps speaking (ووصفت الداخلية الحادثة بالعمل الجبان)', () => {
    const text = 'وأضافت الداخلية في بيانها، أن التحقيقات أشارت إلى أن العبوة زرعت أسفل الدورية. ووصفت الداخلية الحادثة بالعمل الجبان، قائلة إنه لن يزيد الأجهزة الأمنية إلا عزما.';
    expect(speakersOf(text)).toEqual(['الداخلية', 'الداخلية']);
  });
});
