/**
 * Arabic UI strings: the default language and the shape every other language follows
 * (en.ts is typed by `Messages`, so a missing or extra key is a compile error).
 * Counts are written as "label: value" so no plural forms are needed (Arabic has six).
 * \u200E (left-to-right mark) keeps file extensions such as .sqlite the right way round in
 * right-to-left text.
 */
export const ar = {
  app: {
    name: 'دفتر',
    tagline: 'دفتر بحث لقراءة الأخبار العربية، وتحديد من قال ماذا، وترميز المقاطع حسب الموضوع.',
  },
  common: {
    cancel: 'إلغاء',
    close: 'إغلاق',
    ok: 'حسنًا',
    loading: 'جارٍ التحميل…',
    none: '—',
    retry: 'إعادة المحاولة',
  },
  start: {
    newProject: 'مشروع جديد…',
    openProject: 'فتح مشروع…',
    recentTitle: 'المشاريع الأخيرة',
    recentEmpty: 'لا توجد مشاريع حديثة بعد.',
    openedAt: 'فُتح في {{date}}',
    missing: 'مفقود: الملف لم يعد موجودًا',
    forget: 'إزالة من القائمة',
    forgetLabel: 'إزالة {{name}} من القائمة',
    newTitle: 'مشروع جديد',
    openTitle: 'فتح مشروع',
    pathLabel: 'مسار ملف المشروع',
    newHint: 'يُنشأ ملف مشروع جديد في هذا المسار (تُضاف اللاحقة \u200E.sqlite\u200E إن لم تُكتب لاحقة).',
    openHint: 'ملف \u200E.sqlite\u200E لمشروع دفتر موجود.',
    create: 'إنشاء',
    open: 'فتح',
    pathNeeded: 'اكتب مسارًا أولًا.',
  },
  error: {
    title: 'تعذّر على دفتر تنفيذ ذلك',
  },
  topbar: {
    articles: 'المقالات: {{count}}',
    import: 'استيراد…',
    close: 'إغلاق المشروع',
    readOnly: 'للقراءة فقط',
  },
  lang: {
    label: 'لغة الواجهة',
    ar: 'العربية',
    en: 'English',
  },
  library: {
    label: 'المكتبة',
    sort: 'الترتيب حسب',
    sortImported: 'تاريخ الاستيراد',
    sortTitle: 'العنوان',
    sortPublished: 'تاريخ النشر',
    sortSource: 'المصدر',
    empty: 'لا توجد مقالات بعد — استورد مجلدًا من مقالات \u200E.txt\u200E',
    import: 'استيراد…',
    placeholder: 'جارٍ التحميل…',
    loadFailed: 'تعذّر تحميل المكتبة: {{message}}',
  },
  reader: {
    label: 'القارئ',
    empty: 'اختر مقالًا من المكتبة',
    loadFailed: 'تعذّر تحميل المقال: {{message}}',
    chars: 'عدد الأحرف: {{count}}',
  },
  inspector: {
    label: 'التفاصيل',
    nextVersion: 'التعليقات التوضيحية (المتحدثون والموضوعات والملاحظات) تأتي في الإصدار القادم.',
    nothing: 'لم يُختر أي مقال.',
    file: 'الملف',
    source: 'المصدر',
    author: 'الكاتب',
    published: 'تاريخ النشر',
    chars: 'عدد الأحرف',
    encoding: 'الترميز',
    importedAt: 'تاريخ الاستيراد',
    url: 'الرابط',
  },
  import: {
    title: 'استيراد مقالات',
    pathsLabel: 'ملفات أو مجلدات للاستيراد، مسار واحد في كل سطر',
    pathsHint: 'تُقرأ المجلدات مع مجلداتها الفرعية: \u200E.txt .md .html .htm .docx .csv .jsonl\u200E',
    chooseFiles: 'اختيار ملفات…',
    chooseFolder: 'اختيار مجلد…',
    encoding: 'ترميز النص',
    encodingAuto: 'اكتشاف تلقائي',
    encodingUtf8: 'UTF-8',
    encodingWindows1256: 'Windows-1256 (عربي)',
    start: 'بدء الاستيراد',
    pathsNeeded: 'أدخل ملفًا أو مجلدًا واحدًا على الأقل.',
    progressTitle: 'جارٍ الاستيراد…',
    progress: 'الملفات: {{done}} من {{total}}',
    imported: 'المستورد: {{count}}',
    duplicates: 'المكرر: {{count}}',
    failed: 'الفاشل: {{count}}',
    rate: 'السرعة: {{rate}} ملف/ث',
    eta: 'الوقت المتبقي: نحو {{time}}',
    current: 'يُقرأ الآن:',
    more: '… و{{count}} غيرها',
    cancelling: 'سيتوقف بعد الملف الحالي…',
    reportDone: 'اكتمل الاستيراد',
    reportCancelled: 'أُلغي الاستيراد: ما استُورد حتى الآن يبقى في المشروع.',
    reportFailed: 'توقف الاستيراد: {{message}}',
    duplicatesTitle: 'مكررات (موجودة في المشروع من قبل)',
    duplicateOf: 'مكرر لـ {{id}}',
    failedTitle: 'ملفات تعذّر استيرادها',
    importMore: 'استيراد المزيد…',
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape of a language's strings: the same keys as Arabic, any text. */
export type Messages = Strings<typeof ar>;
