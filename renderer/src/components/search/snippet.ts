/** A result's snippet split into plain and marked parts (marks are code points into the text). */
import type { TextRange } from '../../../../shared/contract/index';
import { codePointToUtf16 } from '../../../../shared/text/codepoints';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Overlapping or out-of-order marks are merged and clipped to the text, so a malformed answer
 * can never duplicate or lose text: the parts always join back to exactly `text`.
 */
export function snippetParts(text: string, marks: readonly TextRange[]): SnippetPart[] {
  const length = text.length;
  const units = [...marks]
    .map((m) => ({ start: codePointToUtf16(text, Math.max(0, m.start)), end: codePointToUtf16(text, Math.max(0, m.end)) }))
    .map((m) => ({ start: Math.min(m.start, length), end: Math.min(m.end, length) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of units) {
    const start = Math.max(m.start, at);
    if (m.end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, m.end), marked: true });
    at = m.end;
  }
  if (at < length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
