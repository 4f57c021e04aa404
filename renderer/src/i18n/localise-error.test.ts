import { describe, expect, it } from 'vitest';
import { englishOf, REASON_KEYS, REASONS, reasoned, templateParams } from '../../../shared/contract/reasons';
import { metaProblemsReason } from '../../../shared/text/article-meta';
import { createI18n } from './index';
import { localiseError } from './localise-error';
import { errors } from './sections/errors';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

describe('the reason catalogue in both languages', () => {
  it('has Arabic and English text for every reason key, naming the same {{params}}', () => {
    const ar: Record<string, string> = errors.ar.reason;
    const en: Record<string, string> = errors.en.reason;
    expect(Object.keys(ar).sort()).toEqual([...REASON_KEYS].sort());
    expect(Object.keys(en).sort()).toEqual([...REASON_KEYS].sort());
    for (const key of REASON_KEYS) {
      const params = templateParams(REASONS[key]).sort();
      expect({ key, params: templateParams(ar[key]).sort() }).toEqual({ key, params });
      expect({ key, params: templateParams(en[key]).sort() }).toEqual({ key, params });
      // Arabic is written, not copied: any text with words besides its params has Arabic words.
      const words = ar[key].replace(/\{\{\w+\}\}/g, '');
      expect({ key, arabic: /[\u0600-\u06ff]/.test(words) || !/[A-Za-z]{3}/.test(words) }).toEqual({ key, arabic: true });
    }
  });
});

describe('localiseError', () => {
  const ar = createI18n('ar').t;
  const en = createI18n('en').t;
  const notSqlite = { message: 'notes.txt is not a SQLite database, so not a Daftar project.', ...reasoned('project_not_sqlite', { file: 'notes.txt' }) };

  it('says a core message in Arabic with the file name isolated, and in English as the core wrote it', () => {
    // The right-to-left mark first: the sentence opens with the (left-to-right) name, yet reads right to left.
    expect(localiseError(notSqlite, ar)).toBe(`\u200F${LRI}notes.txt${PDI} ليس قاعدة بيانات SQLite، فهو إذن ليس مشروع دفتر.`);
    expect(localiseError(notSqlite, en).replace(/[\u200e\u2066-\u2069]/g, '')).toBe(notSqlite.message);
  });

  it('translates a reason inside a reason (a file problem inside "FILE: problem.")', () => {
    const why = reasoned('file_problem', { file: 'أخبار.csv', problem: reasoned('csv_broken_after_row', { row: 12, detail: 'Invalid Closing Quote' }) });
    const message = englishOf(why);
    expect(message).toBe('أخبار.csv: the CSV is broken after row 12: Invalid Closing Quote; the rows before it were read.');
    expect(localiseError({ message, ...why }, ar)).toBe(
      // A file is laid out left to right (LRI), so "أخبار.csv" keeps its extension after the name; free text takes its own direction (FSI).
      `\u200F${LRI}أخبار.csv${PDI}: ملف CSV معطوب بعد الصف 12: ${FSI}Invalid Closing Quote${PDI}؛ قُرئت الصفوف التي قبله.`,
    );
  });

  it('shows the English message when there is no reason, or the params do not fill the text', () => {
    expect(localiseError({ message: 'Disk full.' }, ar)).toBe('Disk full.');
    expect(localiseError(new Error('Boom.'), ar)).toBe('Boom.');
    expect(localiseError({ message: 'x: no such file.', reason: 'file_missing', params: {} }, ar)).toBe('x: no such file.');
    // An import report row: its English is in `error`.
    expect(localiseError({ file: 'a.pdf', error: 'the file is empty', reason: 'file_empty' }, ar)).toBe('الملف فارغ');
  });
});

describe('messages that used to reach the Arabic UI in English', () => {
  const ar = createI18n('ar').t;
  const en = createI18n('en').t;
  const clean = (s: string) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, '');

  it('an edit or a paste refused for its details: each field and problem, and the list, in Arabic', () => {
    const problems = metaProblemsReason({ title: 'titleEmpty', url: 'urlInvalid' });
    const edit = reasoned('meta_not_saved', { title: 'بيان الوزارة', problems });
    const message = englishOf(edit);
    // The English is what the core and the CLI always said.
    expect(message).toBe('The details of “بيان الوزارة” were not saved: title: an article needs a title; url: not a web address; it must start with http:// or https://.');
    expect(clean(localiseError({ message, ...edit }, en))).toBe(message);
    expect(clean(localiseError({ message, ...edit }, ar))).toBe(
      'لم تُحفظ تفاصيل «بيان الوزارة»: العنوان: يلزم للمقال عنوان؛ الرابط: ليس عنوان ويب؛ يجب أن يبدأ بـ http:// أو https://.',
    );
    const paste = reasoned('paste_not_imported', { problems: metaProblemsReason({ published: 'dateUnreadable' }) });
    expect(clean(localiseError({ message: englishOf(paste), ...paste }, ar))).toBe(
      'لم يُستورد المقال الملصق: تاريخ النشر: ليس تاريخًا يقرؤه دفتر؛ اكتبه بالشكل 2024-11-04 أو 4 نوفمبر 2024.',
    );
  });

  it('a job that crashed, or a request that never reached Daftar', () => {
    const crash = reasoned('job_stopped', { job: reasoned('job_import'), code: 1 });
    expect(englishOf(crash)).toBe('the import stopped unexpectedly (exit 1)');
    expect(localiseError({ message: englishOf(crash), ...crash }, ar)).toBe('توقّف الاستيراد على غير المتوقع (رمز الخروج 1)');
    const merge = reasoned('job_failed', { job: reasoned('job_merge'), detail: 'out of memory' });
    expect(clean(localiseError({ message: englishOf(merge), ...merge }, ar))).toBe('تعذّر الدمج: out of memory');
    const lost = reasoned('request_not_delivered', { method: 'articles.list', detail: 'Failed to fetch' });
    expect(clean(localiseError({ message: englishOf(lost), ...lost }, ar))).toBe('لم يصل الطلب articles.list إلى دفتر: Failed to fetch');
  });
});
