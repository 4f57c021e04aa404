import { describe, expect, it } from 'vitest';
import { detectFolded } from './boilerplate';

// The fixture-based cases (modelled on the seed articles) are in electron/core/import/folding.test.ts:
// shared/ code and its tests do not read files.
describe('detectFolded', () => {
  it('folds share bars, comment forms and copyright lines in English too', () => {
    const ps = [
      'عنوان المقال عن الاقتصاد',
      'Facebook Twitter WhatsApp Telegram',
      'ارتفعت أسعار النفط اليوم بنسبة ثلاثة في المئة بعد قرار خفض الإنتاج.',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      '© 2024 All rights reserved.',
    ];
    expect(detectFolded(ps)).toEqual([
      { start: 1, end: 2, reason: 'boilerplate' },
      { start: 3, end: 6, reason: 'boilerplate' },
    ]);
  });

  it('keeps what belongs to the article', () => {
    const ps = [
      'مجلس الأمن يعقد جلسة طارئة',
      // a long paragraph that quotes a furniture phrase is still the article
      'وقال المتحدث إن «جميع الحقوق محفوظة» للضحايا في أي تسوية مقبلة، وإن المجلس لن يقبل بأقل من ذلك مهما طال الزمن، وأكد أن الدول الأعضاء متفقة على هذا المبدأ بلا استثناء، وأنها ستعمل معاً على ضمانه.',
      // Latin inside the article (a name, a photo credit) is not a footer
      'UN Photo/Mark Garten',
      'وأضاف أن الجلسة المقبلة ستعقد الأسبوع القادم.',
      // short repeated lines (a bullet, one word) are not "repeated paragraphs"
      'نعم',
      'نعم',
      // the Persian letter ی in an Arabic paragraph (as Persian sites write) does not make it Persian
      'وقال رئيس طاجیكستان إن بلاده مستعدة للتعاون.',
    ];
    expect(detectFolded(ps)).toEqual([]);
  });

  it('finds nothing in an empty article', () => {
    expect(detectFolded([])).toEqual([]);
  });
});
