import { describe, expect, it } from 'vitest';
import { asciiDigits, findDate, isDateLine, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2024-11-04', '2024-11-04'],
    ['2024-11-04T22:00:00+03:00', '2024-11-04'],
    ['2024/1/9', '2024-01-09'],
    ['04/11/2024', '2024-11-04'],
    ['4-11-2024', '2024-11-04'],
    ['4.11.24', '2024-11-04'],
    ['4 نوفمبر 2024 10:00 م', '2024-11-04'],
    ['25 سبتمبر، 2019', '2019-09-25'],
    ['الأربعاء 1 يناير 2020', '2020-01-01'],
    ['12 ديسمبر 2021', '2021-12-12'],
    ['3 مايو 2023', '2023-05-03'],
    ['7 إبريل 2018', '2018-04-07'],
    ['4 كانون الثاني 2024', '2024-01-04'],
    ['15 كانون الأول 2020', '2020-12-15'],
    ['1 تشرين الأول 2019', '2019-10-01'],
    ['30 تشرين الثاني 2019', '2019-11-30'],
    ['2 شباط 2022', '2022-02-02'],
    ['9 آذار 2022', '2022-03-09'],
    ['20 آب 2017', '2017-08-20'],
    ['11 أيلول 2001', '2001-09-11'],
    ['١٤ مارس ٢٠٢٣', '2023-03-14'],
    ['٢٠٢٣-٠٣-١٤', '2023-03-14'],
    ['۱۴/۰۳/۲۰۲۳', '2023-03-14'],
    ['14 من مارس عام 2023', '2023-03-14'],
    ['March 14, 2023', '2023-03-14'],
    ['14 March 2023', '2023-03-14'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([[''], [null], ['لا تاريخ هنا'], ['31/02/2023'], ['2023-13-01'], ['45 مارس 2023'], ['1234'], ['الساعة 10:30']])(
    'reads no date in %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );
});

describe('findDate and isDateLine', () => {
  it('finds the earliest date inside a sentence, with its position', () => {
    const s = 'الأمم المتحدة 25 سبتمبر 2019 (شينخوا) أكد مشاركون في 2020-01-01 ...';
    expect(findDate(s)).toEqual({ date: '2019-09-25', index: 14, length: 14 });
  });

  it('keeps the string length when converting digits, so positions hold', () => {
    expect(asciiDigits('٢٠٢٣ و۱۴')).toBe('2023 و14');
  });

  it('tells a line that is only a date from a sentence with a date in it', () => {
    expect(isDateLine('4 نوفمبر 2024 10:00 م')).toBe(true);
    expect(isDateLine('الخميس، 14 مارس 2023 - 09:30')).toBe(true);
    expect(isDateLine('نشر في: 2023-03-14')).toBe(true);
    expect(isDateLine('عقد الاجتماع يوم 14 مارس 2023 في تونس')).toBe(false);
    expect(isDateLine('بيان الوزارة')).toBe(false);
  });
});
