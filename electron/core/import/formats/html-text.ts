/**
 * Text out of a parsed HTML tree, one paragraph per line: every block element (p, div,
 * h1–h6, li, blockquote, tr, …) and <br> ends a line, inline elements run on. Walks the
 * tree with an explicit stack, not recursion, so a hostile page nested 100,000 deep cannot
 * overflow the stack. Never reads script, style, forms or embedded objects.
 */

/** The little of the DOM this walk needs (linkedom's nodes have it; so does a browser's). */
export interface WalkNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<WalkNode>;
  textContent: string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Never text of the article: code, styling, controls, embedded things. */
const ALWAYS_SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'HEAD',
  'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'OPTION', 'LINK', 'META', 'TITLE',
]);

/** Page furniture, skipped when walking a whole page (Readability already dropped it otherwise). */
export const PAGE_FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);

/** The paragraphs (lines) of `root`, whitespace collapsed, empty lines left out. */
export function blockLines(root: WalkNode, skip: ReadonlySet<string> = new Set()): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // Entries are nodes to enter, or 'exit' markers for blocks (to end their line).
  const stack: (WalkNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) continue;
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    // The root may be a document or fragment (types 9, 11): walk into it like an element.
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (ALWAYS_SKIP.has(name) || skip.has(name)) continue;
    if (name === 'TD' || name === 'TH') current += ' '; // cells of a row stay apart on its line
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return lines;
}
