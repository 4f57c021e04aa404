/**
 * Bidi isolation for values set inside UI text where no element can carry `dir` (i18n
 * sentences, placeholder and title attributes, <option> text). Without it the Unicode bidi
 * algorithm lays a value out as part of the sentence around it: in Arabic text the name
 * "أرشيف.sqlite" shows as "sqlite.أرشيف", a path's slashes and Latin folders jump about, and a
 * Latin name followed by "(3)" pulls the count to its side. An isolate makes the value one
 * unit that the sentence moves as a whole and that keeps its own order inside.
 *
 * In markup, use <bdi> (its own direction) or <bdi dir="ltr"> (paths, file names, shortcuts)
 * instead: these helpers are for plain text only. Display only: nothing stored or exported
 * may go through them.
 */

/** FIRST STRONG ISOLATE: the value takes its direction from its own first letter. */
export const FSI = '\u2068';
/** LEFT-TO-RIGHT ISOLATE: the value is laid out left to right whatever its letters. */
export const LRI = '\u2066';
/** POP DIRECTIONAL ISOLATE: ends either. */
export const PDI = '\u2069';

/** A name, title or other text set apart from the sentence around it, in its own direction. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * A file name, keyboard shortcut or id: always left to right, as file systems and keyboards
 * write them ("أرشيف.sqlite", "Ctrl+K"), even when it starts with Arabic letters. A path with
 * folders needs isolatePath.
 */
export function isolateLtr(text: string): string {
  return `${LRI}${text}${PDI}`;
}

/** A path's separators (either kind, doubled or not): the parts between them are isolated one by one. */
export const PATH_SEPARATORS = /([\\/]+)/;

/**
 * A path or file name, left to right part by part. Isolating the whole path is not enough:
 * inside it, two Arabic folders in a row ("/tmp/مشاريع/أرشيف.sqlite") still form one
 * right-to-left run and show in swapped order with the slash between them moved. Each part
 * isolated on its own keeps the parts in the order they are written, left to right.
 */
export function isolatePath(path: string): string {
  if (!PATH_SEPARATORS.test(path)) return isolateLtr(path);
  const parts = path.split(PATH_SEPARATORS).map((part, i) => (i % 2 === 1 || part === '' ? part : isolateLtr(part)));
  return isolateLtr(parts.join(''));
}

/** Whether text opens with an isolated value (a sentence that starts with a file name). */
export function startsIsolated(text: string): boolean {
  return text.startsWith(FSI) || text.startsWith(LRI);
}
