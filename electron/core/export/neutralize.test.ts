import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutralizeCell } from './neutralize';

describe('formula injection', () => {
  it.each([
    '=HYPERLINK("http://evil.example","x")',
    "\u200F=cmd|' /C calc'!A0",
    '\u200E\u202B\u2067\u061C\uFEFF\u200D\u200C +1',
    '+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '   =1',
  ])('neutralises %j', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it.each(['قال الوزير إن «الحدود آمنة»', 'a=b', '1+1', "'=already", '', '\u200F', 'نص - مع شرطة'])('leaves %j alone', (cell) => {
    expect(neutralizeCell(cell)).toBe(cell);
  });
});
