import { describe, expect, it } from 'vitest';
import type { Segment } from '../annotate/segments';
import { splitBySuggestions, type SuggestionMark } from './suggestion-pieces';

const seg = (start: number, text: string, ids: string[] = []): Segment => ({ start, end: start + [...text].length, text, ids, color: null, warn: false, badge: ids.length > 1 });
const mark = (key: string, start: number, end: number, focused = false): SuggestionMark => ({
  key, start, end, status: 'pending', focused, editing: false, speaker: 'س', title: 't',
});

describe('suggestions over highlight segments', () => {
  it('cuts segments at suggestion edges, keeping the text whole (emoji included) and the highlight ids', () => {
    // "ab😀cd" plain, then "efg" highlighted; a suggestion covers 😀cd e.
    const segments = [seg(10, 'ab😀cd'), seg(15, 'efg', ['h1'])];
    const pieces = splitBySuggestions(segments, [mark('12:16', 12, 16, true)]);
    expect(pieces.map((p) => [p.segment.text, p.keys, p.segment.ids, p.first, p.last])).toEqual([
      ['ab', [], [], false, false],
      ['😀cd', ['12:16'], [], true, false],
      ['e', ['12:16'], ['h1'], false, true],
      ['fg', [], ['h1'], false, false],
    ]);
    expect(pieces.map((p) => p.segment.text).join('')).toBe('ab😀cdefg');
  });

  it('the focused suggestion leads where two overlap', () => {
    const pieces = splitBySuggestions([seg(0, 'abcdef')], [mark('0:4', 0, 4, true), mark('2:6', 2, 6)]);
    expect(pieces.map((p) => [p.segment.text, p.keys, p.focused])).toEqual([
      ['ab', ['0:4'], true],
      ['cd', ['0:4', '2:6'], true],
      ['ef', ['2:6'], false],
    ]);
  });
});
