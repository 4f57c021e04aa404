import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, type DaftarServer, expect, screenshot, test } from './fixtures';

// Written for this test (no corpus text): reported speech with قال … إن, أن and «».
const TEXT = [
  'مؤتمر المياه الإقليمي في عمّان',
  '',
  'عمّان – اختتم مؤتمر المياه الإقليمي أعماله مساء الخميس بمشاركة وفود من تسع دول.',
  '',
  'وقال وزير المياه الأردني سامر الخطيب إن بلاده ستطلق خطة وطنية لترشيد الاستهلاك خلال العام المقبل.',
  '',
  'وأضاف الخطيب أن «التعاون بين دول المنطقة لم يعد خيارا بل ضرورة».',
  '',
  'من جهتها، قالت الباحثة في معهد الدراسات البيئية هدى العلي إن الجفاف يهدد المحاصيل في ثلاث دول على الأقل.',
  '',
  'وأكد المتحدث باسم الأمم المتحدة يوسف النجار أن المنظمة ستدعم مشاريع تحلية المياه في المنطقة.',
].join('\n');

// The statements, by words inside them (the detector's exact edges are its own business).
const FIRST = 'ستطلق خطة وطنية';
const SECOND = 'التعاون بين دول المنطقة';
const THIRD = 'الجفاف يهدد المحاصيل';


async function openArticle(page: Page) {
  await page.getByTestId('library-row').first().click();
  await expect(page.getByTestId('reader-paragraph').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

async function openProject(page: Page, server: DaftarServer) {
  const file = path.join(server.dir, 'water.txt');
  fs.writeFileSync(file, `${TEXT}\n`);
  await page.goto(server.url);
  await api(page, 'project.create', { path: path.join(server.dir, 'suggest.sqlite') });
  const { jobId } = await api<{ jobId: string }>(page, 'import.start', { paths: [file] });
  await expect.poll(async () => (await api<{ state: string }>(page, 'import.status', { jobId })).state).toBe('done');
  for (const name of ['هدى العلي', 'ليلى حداد']) await api(page, 'tags.create', { kind: 'speaker', name });
  const { items } = await api<{ items: { id: string }[] }>(page, 'articles.list', {});
  await page.reload();
  await openArticle(page);
  return items[0]!.id;
}

const item = (page: Page, words: string) => page.getByTestId('suggestion-item').filter({ hasText: words });

test('review suggestions in the reader: accept with a key, edit the speaker, reject; all kept after a reload', async ({ page, server }) => {
  const articleId = await openProject(page, server);

  // G (by physical key, whatever the layout) opens the mode; the switch in the reader's bar says so.
  await page.keyboard.press('g');
  await expect(page.getByTestId('suggest-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('suggestion-item').first()).toBeVisible();
  const count = await page.getByTestId('suggestion-item').count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Outlined in the article: every statement of the list, text untouched.
  await expect(page.locator('[data-testid=reader-body] [data-sg]').first()).toBeVisible();
  expect(await page.getByTestId('reader-body').textContent()).not.toContain('undefined');

  // 1. The first statement is focused: A accepts it with its (new) speaker.
  await expect(item(page, FIRST)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.sg.sg-focus[data-speaker]')).toHaveAttribute('data-speaker', /الخطيب/);
  await screenshot(page, 'suggest-1-mode-ar');
  await page.keyboard.press('a');
  await expect(page.getByTestId('quote-item')).toHaveCount(1);
  await expect(page.getByTestId('quote-item').first()).toContainText('سامر الخطيب');
  await expect(item(page, FIRST)).toHaveCount(0);
  // The list moved on to the next statement.
  await expect(item(page, SECOND)).toHaveAttribute('aria-current', 'true');

  // Undo takes the acceptance back (one step, speaker included), redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('quote-item')).toHaveCount(0);
  await expect(item(page, FIRST)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('quote-item')).toHaveCount(1);

  // 2. Edit the second: another speaker from the quick-pick, one word less at the end, then Enter.
  await item(page, SECOND).getByTestId('suggestion-focus').click();
  await page.keyboard.press('e');
  await expect(page.getByTestId('suggestion-editor')).toBeVisible();
  const before = await item(page, SECOND).getByTestId('suggestion-text').textContent();
  // In Arabic → points back toward the start: the end comes one word earlier.
  await page.keyboard.press('Shift+ArrowRight');
  const shorter = await item(page, SECOND).getByTestId('suggestion-text').textContent();
  expect(before!.startsWith(shorter!)).toBe(true);
  expect(shorter!.split(/\s+/).length).toBe(before!.split(/\s+/).length - 1);
  await page.keyboard.press('s');
  await page.getByTestId('speaker-pick').getByRole('combobox').fill('ليلى');
  await page.keyboard.press('Enter');
  await expect(item(page, SECOND).getByTestId('suggestion-speaker')).toHaveText('ليلى حداد');
  await screenshot(page, 'suggest-2-edit-ar');
  await page.getByTestId('suggestion-accept-edited').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quote-item')).toHaveCount(2);

  // 3. Reject the third with R: it leaves the list and the article's outlines.
  await item(page, THIRD).getByTestId('suggestion-focus').click();
  await page.keyboard.press('r');
  await expect(item(page, THIRD)).toHaveCount(0);
  await expect(page.getByTestId('suggestion-item')).toHaveCount(count - 3);
  // A rejection is undoable like everything else.
  await page.keyboard.press('Control+z');
  await expect(item(page, THIRD)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(item(page, THIRD)).toHaveCount(0);

  // English, for the record.
  await page.evaluate(() => window.localStorage.setItem('daftar.language', 'en'));
  await page.reload();
  await openArticle(page);
  await page.getByTestId('suggest-toggle').click();
  await expect(page.getByTestId('suggestions-panel')).toContainText('Suggestions');
  // After a reload the rejected statement stays away, the accepted ones are quotes.
  await expect(page.getByTestId('suggestion-item')).toHaveCount(count - 3);
  await expect(item(page, THIRD)).toHaveCount(0);
  await page.getByTestId('suggestions-show-rejected').check();
  await expect(item(page, THIRD)).toHaveAttribute('data-status', 'rejected');
  await item(page, THIRD).getByTestId('suggestion-focus').click();
  await screenshot(page, 'suggest-3-rejected-en');
  await page.getByTestId('suggestions-show-rejected').uncheck();
  await expect(item(page, THIRD)).toHaveCount(0);

  const quotes = await api<{ exact: string; speaker: string | null }[]>(page, 'quotes.list', { articleId });
  expect(quotes.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'ليلى حداد']);
  expect(quotes[0]!.exact).toContain(FIRST);
  expect(quotes[1]!.exact).toBe(shorter);
  const listed = await api<{ text: string }[]>(page, 'suggest.forArticle', { articleId });
  expect(listed.some((s) => s.text.includes(THIRD))).toBe(false);
});
