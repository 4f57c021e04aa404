import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, type DaftarServer, expect, screenshot, test } from './fixtures';

// Written for these tests (no corpus text): Arabic with a Latin name, digits, emoji (astral
// characters, one of them a flag made of two), and an English paragraph.
const LINES = [
  'مؤتمر الحوار في دوشنبه',
  'قال الأمين العام António Guterres في 12 حزيران 2024 إن الحوار هو الطريق الوحيد نحو السلام.',
  'وأضاف المتحدث 😀 أن الوفود ستعود إلى طاولة المفاوضات الأسبوع المقبل 🇺🇳 في جنيف.',
  'ورد وزير الخارجية بأن بلاده مستعدة للتعاون مع جميع الأطراف دون شروط مسبقة.',
  'The delegations issued a joint statement on Friday.',
];
const TEXT = LINES.join('\n');

/** Code-point offset of the first occurrence of `needle` in the article text. */
const cp = (needle: string, from = 0) => {
  const i = TEXT.indexOf(needle);
  if (i < 0) throw new Error(`fixture has no ${needle}`);
  return [...TEXT.slice(0, i)].length + from;
};
const cpEnd = (needle: string) => cp(needle) + [...needle].length;

interface Stored {
  id: string;
  start: number;
  end: number;
  exact: string;
  speakerId: string | null;
  themeIds: string[];
  note: string | null;
}


/** A project holding the fixture article (and optional tags), opened in the reader. */
async function openFixture(page: Page, server: DaftarServer, tags: { kind: 'speaker' | 'theme'; name: string; labelEn?: string; color?: string; aliases?: string[] }[] = []) {
  const file = path.join(server.dir, 'dialogue.txt');
  fs.writeFileSync(file, `${TEXT}\n`);
  await page.goto(server.url);
  await api(page, 'project.create', { path: path.join(server.dir, 'annotate.sqlite') });
  const { jobId } = await api<{ jobId: string }>(page, 'import.start', { paths: [file] });
  await expect.poll(async () => (await api<{ state: string }>(page, 'import.status', { jobId })).state).toBe('done');
  const ids: Record<string, string> = {};
  for (const tag of tags) ids[tag.name] = (await api<{ id: string }>(page, 'tags.create', tag)).id;
  const { items } = await api<{ items: { id: string }[] }>(page, 'articles.list', {});
  await page.reload();
  await page.getByTestId('library-row').first().click();
  await expect(page.getByTestId('reader-paragraph').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  return { articleId: items[0].id, ids };
}

/**
 * The viewport point just inside the character at article offset `offset`, on its logical
 * start side (the right edge for Arabic, the left for Latin), so a press there puts the
 * caret right before that character.
 */
async function pointBefore(page: Page, offset: number): Promise<{ x: number; y: number }> {
  return page.evaluate((at) => {
    const p = [...document.querySelectorAll<HTMLElement>('[data-testid=reader-body] [data-start]')].find(
      (el) => Number(el.dataset.start) <= at && at < Number(el.dataset.end),
    );
    if (!p) throw new Error(`no paragraph holds ${at}`);
    const text = p.textContent ?? '';
    const units = [...text].slice(0, at - Number(p.dataset.start)).join('').length;
    const charLength = String.fromCodePoint(text.codePointAt(units)!).length;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let rest = units;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (rest < n.length) {
        const r = document.createRange();
        r.setStart(n, rest);
        r.setEnd(n, rest + charLength);
        const box = r.getClientRects()[0];
        // Arabic letters, and neutrals (spaces, punctuation) in a right-to-left paragraph, start on the right.
        const ch = text.slice(units, units + charLength);
        const rtl = /[\u0590-\u08ff]/u.test(ch) || (!/[A-Za-z0-9\u00C0-\u024F]/u.test(ch) && getComputedStyle(p).direction === 'rtl');
        // Whole pixels: Chromium does not extend a drag selection pressed at a fractional point.
        return { x: rtl ? Math.floor(box.right) - 1 : Math.ceil(box.left) + 1, y: Math.round(box.top + box.height / 2) };
      }
      rest -= n.length;
    }
    throw new Error(`offset ${at} not found`);
  }, offset);
}

async function dragSelect(page: Page, from: number, to: number): Promise<string> {
  const a = await pointBefore(page, from);
  const b = await pointBefore(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()!.toString());
}

/** The paragraph separator shows as one or two line breaks in a selection; the text has one LF. */
const oneLf = (s: string) => s.replace(/\n+/g, '\n');

/** The one highlight of the article not in `seen` (then remembered there). */
async function newest(page: Page, articleId: string, seen: Set<string>): Promise<Stored> {
  let found: Stored | undefined;
  await expect
    .poll(async () => {
      found = (await api<Stored[]>(page, 'highlights.forArticle', { articleId })).find((h) => !seen.has(h.id));
      return Boolean(found);
    })
    .toBe(true);
  seen.add(found!.id);
  return found!;
}

/** The text of a highlight's marks in the reader, paragraph pieces joined with LF. */
async function markedText(page: Page, id: string): Promise<string> {
  return page.evaluate((hid) => {
    const parts: string[] = [];
    for (const p of document.querySelectorAll('[data-testid=reader-body] [data-start]')) {
      const marks = [...p.querySelectorAll(`mark[data-ids~="${hid}"]`)];
      if (marks.length) parts.push(marks.map((m) => m.textContent).join(''));
    }
    return parts.join('\n');
  }, id);
}

test('selections by mouse and keyboard store exactly the characters shown: mixed scripts, digits, emoji, across paragraphs', async ({ page, server }) => {
  const { articleId } = await openFixture(page, server);
  const seen = new Set<string>();
  const mark = async (shown: string, expectContains: string[]) => {
    await expect(page.getByTestId('selection-toolbar')).toBeVisible();
    await page.keyboard.press('h');
    const h = await newest(page, articleId, seen);
    expect(h.exact).toBe(oneLf(shown));
    for (const part of expectContains) expect(h.exact).toContain(part);
    await expect.poll(() => markedText(page, h.id)).toBe(h.exact);
    await page.keyboard.press('Escape');
    return h;
  };

  // Mouse, RTL paragraph with a Latin name and digits inside.
  const mixed = await dragSelect(page, cp('العام'), cp('إن الحوار'));
  await mark(mixed, ['António Guterres', '2024']);

  // Mouse over an emoji (one code point, two UTF-16 units) and a flag (two code points).
  const emoji = await dragSelect(page, cp('المتحدث'), cp('في جنيف'));
  const overEmoji = await mark(emoji, ['😀', '🇺🇳']);
  expect(overEmoji.start).toBe(cp('المتحدث'));

  // Mouse across a paragraph boundary.
  const across = await dragSelect(page, cp('بلاده'), cp('issued'));
  const spanning = await mark(across, ['\nThe delegations']);
  expect(spanning.start).toBe(cp('بلاده'));

  // Keyboard: a one-letter selection at "نحو", then Shift+ArrowLeft (forward in RTL text).
  await dragSelect(page, cp('نحو'), cp('نحو', 1));
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowLeft');
  const keyed = await page.evaluate(() => document.getSelection()!.toString());
  expect(keyed.length).toBeGreaterThan(5);
  await mark(keyed, ['نحو']);

  // Keyboard over the emoji: one Shift+ArrowLeft step takes the whole astral character.
  await dragSelect(page, cp('المتحدث 😀', 5), cp('المتحدث 😀', 6));
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  const keyedEmoji = await page.evaluate(() => document.getSelection()!.toString());
  const h = await mark(keyedEmoji, ['😀']);
  expect(h.exact).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u); // no half of a surrogate pair
});

test('speaker and themes by keys, overlaps with a hover card, inspector edits, delete, undo and redo', async ({ page, server }) => {
  const { articleId, ids } = await openFixture(page, server, [
    { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'] },
    { kind: 'speaker', name: 'وزير الخارجية' },
    { kind: 'theme', name: 'الحوار', labelEn: 'Dialogue', color: '#5b8def' },
    { kind: 'theme', name: 'السلام', labelEn: 'Peace', color: '#4caf50' },
  ]);

  // Two keystrokes for the speaker (S, Enter on the suggestion), one per theme (1, 2).
  await dragSelect(page, cp('إن الحوار'), cpEnd('نحو السلام'));
  await page.keyboard.press('s');
  await expect(page.getByTestId('speaker-pick')).toBeVisible();
  await page.keyboard.type('غوتيريس');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.getByTestId('editor-speaker')).toHaveText('أنطونيو غوتيريش');
  await expect(page.getByTestId('editor-themes')).toContainText('الحوار');
  await expect(page.getByTestId('editor-themes')).toContainText('السلام');
  let [outer] = await api<Stored[]>(page, 'highlights.forArticle', { articleId });
  await expect.poll(async () => ((await api<Stored[]>(page, 'highlights.forArticle', { articleId }))[0]).themeIds.length).toBe(2);
  [outer] = await api<Stored[]>(page, 'highlights.forArticle', { articleId });
  expect(outer.speakerId).toBe(ids['أنطونيو غوتيريش']);
  expect(outer.exact).toBe('إن الحوار هو الطريق الوحيد نحو السلام');
  await page.keyboard.press('Escape');

  // A nested highlight inside it, by another speaker.
  await dragSelect(page, cp('الطريق'), cpEnd('الوحيد'));
  await page.keyboard.press('s');
  await page.keyboard.type('وزير');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor-speaker')).toHaveText('وزير الخارجية');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quote-item')).toHaveCount(2);

  // The overlap: a badge and a hover card listing both.
  const overlap = page.locator('mark[data-count="2"]').first();
  await expect(overlap).toHaveText('الطريق الوحيد');
  await overlap.hover();
  const card = page.getByTestId('hover-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('hover-card-entry')).toHaveCount(2);
  await expect(card).toContainText('وزير الخارجية');
  await expect(card).toContainText('أنطونيو غوتيريش');
  await screenshot(page, 'annotate-01-overlap-hover-ar');
  await card.getByTestId('hover-card-entry').nth(1).click();
  await expect(page.getByTestId('editor-quote')).toHaveText(outer.exact);

  // The note, in the inspector: saved on blur, with a visible state.
  await page.getByTestId('note-input').fill('الجملة المفتاحية في الخطاب');
  await page.getByTestId('editor-quote').click();
  await expect(page.getByTestId('note-status')).toHaveClass(/note-saved/);
  await expect.poll(async () => (await api<Stored[]>(page, 'highlights.forArticle', { articleId }))[0].note).toBe('الجملة المفتاحية في الخطاب');
  await page.mouse.move(5, 5);
  await screenshot(page, 'annotate-02-inspector-ar');
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('editor-themes')).toContainText('Dialogue');
  await screenshot(page, 'annotate-03-inspector-en');
  await page.locator('mark[data-count="2"]').first().hover();
  await expect(page.getByTestId('hover-card')).toBeVisible();
  await screenshot(page, 'annotate-04-overlap-hover-en');

  // Delete, then Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y.
  await page.getByTestId('editor-delete').click();
  await expect(page.getByTestId('quote-item')).toHaveCount(1);
  await expect(page.getByTestId('undo-button')).toHaveText(/Undo: delete highlight/);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('quote-item')).toHaveCount(2);
  await expect(page.locator('mark[data-count="2"]').first()).toHaveText('الطريق الوحيد');
  await expect(page.getByTestId('redo-button')).toHaveText(/Redo: delete highlight/);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('quote-item')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('quote-item')).toHaveCount(2);
  const restored = await api<Stored[]>(page, 'highlights.forArticle', { articleId });
  expect(restored.find((h) => h.id === outer.id)?.note).toBe('الجملة المفتاحية في الخطاب');

  // The quotes list scrolls to and selects a quote.
  await page.getByTestId('quote-item').nth(1).click();
  await expect(page.getByTestId('editor-quote')).toHaveText('الطريق الوحيد');
});
