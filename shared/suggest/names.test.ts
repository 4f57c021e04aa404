import { describe, expect, it } from 'vitest';
import { looseKey, looseWords, nameSkeleton } from './names';

describe('looseKey: one key for spellings of one name', () => {
  it('meets transliteration variants, the article and compound names', () => {
    expect(looseKey('أنطونيو غوتيريش')).toBe(looseKey('انطونيو غوتيريس'));
    expect(looseKey('عبد الله')).toBe(looseKey('عبدالله'));
    expect(looseKey('الحكومة البريطانية')).toBe(looseKey('حكومة بريطانية'));
  });

  it('reads a long sound plural in either case (أمنيون after a verb, أمنيين after عن)', () => {
    expect(looseKey('خبراء أمنيون')).toBe(looseKey('خبراء أمنيين'));
    expect(looseKey('المسؤولون الأمريكيون')).toBe(looseKey('المسؤولين الأمريكيين'));
  });

  it('leaves short given names ending in ين alone, and keeps different names apart', () => {
    expect(looseWords('حسين فواز')).toEqual(['حسين', 'فواز']);
    expect(looseWords('ياسين')).toEqual(['ياسين']);
    expect(looseKey('حسين')).not.toBe(looseKey('حسون'));
    expect(looseKey('بنيامين نتنياهو')).toBe(looseKey('بنيامين نتنياهو'));
  });
});

describe('nameSkeleton', () => {
  it('meets transliterations that differ in long vowels only', () => {
    expect(nameSkeleton('كراوتش')).toBe(nameSkeleton('كرواتش'));
    expect(nameSkeleton('علي')).toBeNull();
  });

  it('meets transliterations that write a doubled consonant once (بيللوتشي / بيلوتشي), and still tells different consonants apart', () => {
    expect(nameSkeleton('بيللوتشي')).toBe(nameSkeleton('بيلوتشي'));
    expect(nameSkeleton('ماتيللي')).toBe(nameSkeleton('ماتيلي'));
    expect(nameSkeleton('بيلوتشي')).not.toBe(nameSkeleton('بيروتشي'));
  });
});
