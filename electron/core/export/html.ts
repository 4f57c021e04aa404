/**
 * A printable quote sheet: one self-contained HTML file, right-to-left, styled for paper, that
 * any browser prints to PDF (and Electron's printToPDF turns into one directly). No scripts,
 * no external resources, a CSP that forbids both; every piece of text is escaped, so a quote
 * or note holding markup shows as text.
 */
import type { SheetLanguage } from '../../../shared/contract/exports';
import type { QuoteSheetRow } from './quote-rows';

const WORDS = {
  ar: {
    title: 'ورقة الاقتباسات',
    speaker: 'المتحدث',
    unattributed: 'غير منسوب',
    themes: 'المحاور',
    article: 'المقال',
    source: 'المصدر',
    published: 'تاريخ النشر',
    note: 'ملاحظة',
    count: (n: number) => `${n} ${n === 1 ? 'اقتباس' : 'اقتباسات'}`,
    made: 'أُعدّت في',
  },
  en: {
    title: 'Quote sheet',
    speaker: 'Speaker',
    unattributed: 'Unattributed',
    themes: 'Themes',
    article: 'Article',
    source: 'Source',
    published: 'Published',
    note: 'Note',
    count: (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`,
    made: 'Made on',
  },
} as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
:root { color-scheme: light; }
body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Segoe UI", "Tahoma", "Arial", sans-serif;
  color: #1d1d1f; line-height: 1.7; margin: 0; font-size: 11.5pt; }
header { border-bottom: 2px solid #333; margin-bottom: 1.2em; padding-bottom: .4em; }
h1 { font-size: 18pt; margin: 0; }
header p { margin: .2em 0 0; color: #555; font-size: 10pt; }
article.quote { break-inside: avoid; border-inline-start: 4px solid #8a6d3b; padding: .2em .9em .4em; margin: 0 0 1.1em; }
blockquote { margin: 0 0 .35em; font-size: 13pt; }
blockquote::before { content: "«"; } blockquote::after { content: "»"; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .05em .8em; margin: 0; font-size: 10pt; }
dt { color: #666; } dd { margin: 0; unicode-bidi: plaintext; }
.note { white-space: pre-wrap; background: #f6f3ea; padding: .2em .5em; border-radius: 3px; }
bdi { unicode-bidi: isolate; }
@media print { a { color: inherit; text-decoration: none; } }
`;

export interface HtmlSheetOptions {
  lang: SheetLanguage;
  projectName: string;
  /** When the sheet was made (shown under the title). */
  now?: Date;
}

export function quotesToHtml(rows: QuoteSheetRow[], options: HtmlSheetOptions): string {
  const w = WORDS[options.lang];
  const dir = options.lang === 'ar' ? 'rtl' : 'ltr';
  const made = (options.now ?? new Date()).toISOString().slice(0, 10);
  const field = (label: string, value: string | null, cls = '') =>
    value ? `<dt>${escapeHtml(label)}</dt><dd${cls ? ` class="${cls}"` : ''} dir="auto">${escapeHtml(value)}</dd>` : '';
  const quotes = rows.map((r) => {
    const speaker = r.speaker ? [r.speaker, r.speakerRole, r.organisation].filter(Boolean).join(' — ') : w.unattributed;
    return [
      '<article class="quote">',
      `<blockquote dir="auto">${escapeHtml(r.quote)}</blockquote>`,
      '<dl>',
      field(w.speaker, speaker),
      field(w.themes, r.themes.length ? r.themes.join(' | ') : null),
      field(w.article, r.articleTitle),
      field(w.source, r.source),
      field(w.published, r.published ? r.published.slice(0, 10) : null),
      field(w.note, r.note, 'note'),
      '</dl>',
      '</article>',
    ].join('');
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load or run: the file is opened by browsers and printed by Electron.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${escapeHtml(`${w.title} — ${options.projectName}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(w.title)} — <bdi>${escapeHtml(options.projectName)}</bdi></h1>`,
    `<p>${escapeHtml(w.count(rows.length))} · ${escapeHtml(w.made)} <bdi>${made}</bdi></p></header>`,
    '<main>',
    ...quotes,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
