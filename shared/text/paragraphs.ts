import { codePointLength } from './codepoints';

export interface ParagraphSpan {
  /** Code-point offsets into the article text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * Split article text (LF line ends) into paragraphs: each non-blank line is a paragraph, as
 * news text puts one paragraph per line. Offsets are code points into the original text, so
 * a highlight's offsets can be placed in the right paragraph without any re-counting.
 */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let cp = 0;
  for (const line of text.split('\n')) {
    const length = codePointLength(line);
    if (line.trim() !== '') out.push({ start: cp, end: cp + length, text: line });
    cp += length + 1; // the LF
  }
  return out;
}
