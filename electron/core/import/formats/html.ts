/**
 * .html / .htm: the article's text and metadata out of a saved web page. linkedom parses
 * (a DOM without jsdom's weight, and it never runs scripts), Readability finds the article
 * body; when it cannot (no article found, a page too big or too deep for it), the page's
 * own text without navigation, header, footer and forms is used instead.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Encoding } from '../../../../shared/contract/imports';
import { parseDate } from '../../../../shared/text/dates';
import { decodeBytes, ImportFileError, type DecodedText } from '../read-text-file';
import { blockLines, PAGE_FURNITURE, type WalkNode } from './html-text';

/**
 * Readability's work grows with the number of elements and, worse, with their nesting (it
 * scores every ancestor of every paragraph): at 1,000 levels it takes most of a minute.
 * Real article pages stay far below both limits; beyond them the page's own text is used.
 */
const MAX_READABILITY_ELEMENTS = 60_000;
const MAX_READABILITY_DEPTH = 100;

export interface HtmlArticle {
  text: string;
  title: string | null;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  encoding: string;
}

/** The little of linkedom's document we use; its own types need the DOM library. */
interface Doc extends WalkNode {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  body: WalkNode | null;
  documentElement: WalkNode | null;
}

const SUPPORTED_CHARSETS: Record<string, Encoding> = {
  'windows-1256': 'windows-1256', cp1256: 'windows-1256', 'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6', 'iso-8859-6-i': 'iso-8859-6', 'iso-8859-6-e': 'iso-8859-6', arabic: 'iso-8859-6',
  'utf-8': 'utf-8', utf8: 'utf-8',
};

/**
 * Bytes of a page → text. A BOM and valid UTF-8 win over what the page declares (pages are
 * often re-saved as UTF-8 with the old <meta charset> left in); otherwise a declared
 * Arabic charset is used, then detection as for text files.
 */
export function decodeHtml(bytes: Uint8Array, encoding: Encoding): DecodedText {
  if (encoding !== 'auto') return decodeBytes(bytes, encoding);
  try {
    return decodeBytes(bytes, 'utf-8');
  } catch {
    // not UTF-8: see what the page says it is
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const known = declared ? SUPPORTED_CHARSETS[declared] : undefined;
  if (known && known !== 'utf-8') return decodeBytes(bytes, known);
  return decodeBytes(bytes, 'auto');
}

function meta(doc: Doc, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const value = (el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime') ?? el?.textContent ?? '').trim();
    if (value) return value.replace(/\s+/g, ' ');
  }
  return null;
}

/** The page's title without the " | Site" or " - Site" that sites append. */
function cleanTitle(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const stripped = title.replace(new RegExp(`\\s*[|\\-–—:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), '').trim();
  return stripped || title;
}

export function extractHtml(bytes: Uint8Array, encoding: Encoding): HtmlArticle {
  const decoded = decodeHtml(bytes, encoding);
  const { document } = parseHTML(decoded.text) as unknown as { document: Doc };
  // Metadata first: Readability rewrites the document it reads.
  const source = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const title = cleanTitle(
    meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]', 'title', 'h1'),
    source,
  );
  const publishedRaw = meta(
    document,
    'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="date"]', 'meta[itemprop="datePublished"]', 'time[datetime]', 'time',
  );
  const urlValue = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const url = urlValue && /^https?:\/\//i.test(urlValue) ? urlValue : null;
  const authorValue = meta(document, 'meta[name="author"]', 'meta[property="article:author"]');
  const author = authorValue && !/^https?:\/\//i.test(authorValue) ? authorValue : null;

  const lines = articleLines(document, decoded.text);
  if (!lines.length) throw ImportFileError.because('page_no_text');
  return {
    text: lines.join('\n') + '\n',
    title,
    source,
    author,
    published: parseDate(publishedRaw),
    url,
    encoding: decoded.encoding,
  };
}

/** Whether the tree is small and shallow enough for Readability (see the limits above). */
function readableSize(root: WalkNode): boolean {
  let elements = 0;
  const stack: [WalkNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType !== 1 && node !== root) continue;
    if (++elements > MAX_READABILITY_ELEMENTS || depth > MAX_READABILITY_DEPTH) return false;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return true;
}

function articleLines(document: Doc, html: string): string[] {
  let readable: WalkNode | null = null;
  const tried = document.documentElement !== null && readableSize(document.documentElement);
  if (tried) {
    try {
      const result = new Readability(document as never, {
        maxElemsToParse: MAX_READABILITY_ELEMENTS,
        // Keep the content as a node (no serialise and parse again): we walk it ourselves.
        serializer: (node: unknown) => node as WalkNode,
      }).parse();
      readable = result?.content ?? null;
    } catch {
      // Readability failed on this page: use the whole page.
      readable = null;
    }
  }
  const lines = readable ? blockLines(readable) : [];
  if (lines.length) return lines;
  // Readability found nothing, failed or was not tried. It takes the document apart while
  // trying, so then the page is parsed again; its body is read without the page furniture.
  const fresh = tried ? (parseHTML(html) as unknown as { document: Doc }).document : document;
  const root = fresh.body ?? fresh.documentElement;
  return root ? blockLines(root, PAGE_FURNITURE) : [];
}
