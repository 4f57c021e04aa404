/**
 * A title for an article that came without one (a .txt or .md file): news text files open
 * with the headline on its own line. Pure.
 */

/** Longest first line taken as a headline, in code points; longer is a paragraph. */
const MAX_HEADLINE = 200;

/** Shorten for display: the list and the window title have no room for a paragraph. */
export function clipTitle(title: string, max = 300): string {
  const cps = [...title.trim()];
  return cps.length > max ? cps.slice(0, max - 1).join('') + '…' : cps.join('');
}

/**
 * The first of `paragraphs` that is a candidate (`skip` says which are not: furniture, the
 * date above a headline), if it reads like a headline: short, and not ending a sentence
 * with a full stop (a headline has none). Its index and the title, or null.
 */
export function findHeadline(paragraphs: readonly string[], skip: (index: number) => boolean = () => false): { index: number; title: string } | null {
  const index = paragraphs.findIndex((p, i) => !skip(i) && p.trim() !== '');
  if (index < 0) return null;
  const first = paragraphs[index].trim().replace(/^#+\s*/, ''); // a Markdown heading
  if (!first || [...first].length > MAX_HEADLINE || /[.۔。]$/u.test(first)) return null;
  return { index, title: clipTitle(first) };
}

/** The headline (see findHeadline), or else `fallback` (the file name). */
export function headlineTitle(paragraphs: readonly string[], fallback: string, skip?: (index: number) => boolean): string {
  return findHeadline(paragraphs, skip)?.title ?? clipTitle(fallback);
}
