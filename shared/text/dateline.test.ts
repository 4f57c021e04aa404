import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';

describe('parseDateline', () => {
  it.each([
    ['نيويورك – قال الأمين العام إن...', { place: 'نيويورك', agency: null, date: null }],
    ['دوشانبي (كونا) -- أكد رئيس طاجيكستان...', { place: 'دوشانبي', agency: 'كونا', date: null }],
    ['الأمم المتحدة 25 سبتمبر 2019 (شينخوا) أكد مشاركون...', { place: 'الأمم المتحدة', agency: 'شينخوا', date: '2019-09-25' }],
    ['كونا - أكد رئيس طاجيكستان...', { place: null, agency: 'كونا', date: null }],
    ['الرباط - سعاد بنعلي', { place: 'الرباط', agency: null, date: null }],
    ['جنيف (أ ف ب) -- دعا المشاركون...', { place: 'جنيف', agency: 'أ ف ب', date: null }],
    ['القاهرة— بحث الوزيران...', { place: 'القاهرة', agency: null, date: null }],
  ])('%s', (paragraph, expected) => {
    expect(parseDateline(paragraph)).toEqual(expected);
  });

  it.each([
    'قال الوزير إن التعاون ضروري.',
    'أكد الوزير أن الحوار ضروري لأمن المنطقة وللتنمية فيها - كما قال - وللأجيال القادمة',
    'فارسی   English   عربي',
    'كوفيد-19 اختبر المرونة الوطنية',
    '',
  ])('finds no dateline in %j', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});
