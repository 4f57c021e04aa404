import { describe, expect, it } from 'vitest';
import { arrowStep, isRightToLeft, moveEdge } from './span-edit';

// Written for this test; an emoji (two UTF-16 units, one code point) checks the offsets.
const TEXT = 'قال الوزير 😀 إن الخطة  جاهزة الآن.';
const cp = (needle: string) => [...TEXT.slice(0, TEXT.indexOf(needle))].length;
const words = (s: { start: number; end: number }) => [...TEXT].slice(s.start, s.end).join('');

describe('moving a suggestion edge by words', () => {
  const span = { start: cp('الخطة'), end: cp('الخطة') + 5 };
  it('runs the end on and back by whole words, over double spaces', () => {
    expect(words(moveEdge(TEXT, span, 'end', 1))).toBe('الخطة  جاهزة');
    expect(words(moveEdge(TEXT, moveEdge(TEXT, span, 'end', 1), 'end', 1))).toBe('الخطة  جاهزة الآن.');
    expect(words(moveEdge(TEXT, moveEdge(TEXT, span, 'end', 1), 'end', -1))).toBe('الخطة');
  });
  it('moves the start earlier across an emoji and later again', () => {
    expect(words(moveEdge(TEXT, span, 'start', -1))).toBe('إن الخطة');
    expect(words(moveEdge(TEXT, moveEdge(TEXT, span, 'start', -1), 'start', -1))).toBe('😀 إن الخطة');
    expect(words(moveEdge(TEXT, { start: cp('😀'), end: span.end }, 'start', 1))).toBe('إن الخطة');
  });
  it('never empties the span or leaves the text', () => {
    expect(moveEdge(TEXT, span, 'end', -1)).toEqual(span);
    expect(moveEdge(TEXT, span, 'start', 1)).toEqual(span);
    const all = { start: 0, end: [...TEXT].length };
    expect(moveEdge(TEXT, all, 'end', 1)).toEqual(all);
    expect(moveEdge(TEXT, all, 'start', -1)).toEqual(all);
  });
});

describe('arrow keys follow the text on screen', () => {
  it('← is later in Arabic and earlier in English', () => {
    expect(isRightToLeft(TEXT)).toBe(true);
    expect(isRightToLeft('2024: The minister said')).toBe(false);
    expect(isRightToLeft('«12» قال')).toBe(true);
    expect(arrowStep('ArrowLeft', true)).toBe(1);
    expect(arrowStep('ArrowRight', true)).toBe(-1);
    expect(arrowStep('ArrowLeft', false)).toBe(-1);
    expect(arrowStep('ArrowRight', false)).toBe(1);
  });
});
