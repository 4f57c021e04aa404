import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { isolatePath } from '../../renderer/src/i18n/isolate';
import { expect, SCREENS, screenshot, test } from './fixtures';

// Articles written for this test (not from the corpus), with file names mixing Arabic and Latin.
const WATER = 'اتفاق على تقاسم مياه النهر\n\nقال المتحدث باسم الوزارة إن الاتفاق يشمل ثلاث مراحل تبدأ في الربيع.';
const PORT = 'افتتاح الميناء الجديد\n\nافتتح المحافظ الميناء الجديد صباح اليوم بحضور ممثلين عن شركات الشحن.';
const WATER_FILE = 'بيان-UN عن المياه.txt';

/**
 * Where two pieces of an element's text stand on screen: the left edge of `first`'s box minus
 * that of `second`'s (negative when `first` is drawn to the left). Bidi bugs show as pieces of
 * a name or a path on the wrong side of each other, which this measures in the real layout.
 */
async function leftOf(target: Locator, first: string, second: string): Promise<boolean> {
  return target.evaluate(
    (el, [a, b]) => {
      const box = (needle: string) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n.textContent ?? '').indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + needle.length);
          return range.getBoundingClientRect();
        }
        throw new Error(`"${needle}" is not in ${el.textContent}`);
      };
      return box(a).right <= box(b).left + 1;
    },
    [first, second] as const,
  );
}

/** The element alone, at twice the size, to look at. */
async function shoot(target: Locator, name: string): Promise<void> {
  await target.screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

/** A file name or path laid out left to right: each piece left of the next, as written. */
async function readsLeftToRight(target: Locator, pieces: string[]): Promise<void> {
  for (let i = 1; i < pieces.length; i++) expect({ pieces: [pieces[i - 1], pieces[i]], leftToRight: await leftOf(target, pieces[i - 1], pieces[i]) }).toEqual({ pieces: [pieces[i - 1], pieces[i]], leftToRight: true });
}

async function importPaths(page: Page, paths: string[]): Promise<Locator> {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths').fill(paths.join('\n'));
  await page.getByTestId('import-start').click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  return report;
}

test.use({ deviceScaleFactor: 2 });

test('file names, paths and shortcuts read correctly in the Arabic and the English UI', async ({ page, server }) => {
  const inbox = path.join(server.dir, 'inbox', 'تقارير Reuters');
  fs.mkdirSync(inbox, { recursive: true });
  fs.writeFileSync(path.join(inbox, WATER_FILE), WATER);
  fs.writeFileSync(path.join(inbox, 'مقابلة_BBC 2024.txt'), PORT);
  fs.writeFileSync(path.join(inbox, 'نسخة من بيان-UN.txt'), `${WATER}\n`);
  // Named on its own (a folder's walk leaves out what Daftar cannot read): refused, with its reason.
  // Two Arabic folders in a row: they must keep their order in a left-to-right path.
  const pdf = path.join(server.dir, 'مرفقات', 'ملاحق', 'ملاحظات draft.pdf');
  fs.mkdirSync(path.dirname(pdf), { recursive: true });
  fs.writeFileSync(pdf, '%PDF-1.4 not really');
  const projects = path.join(server.dir, 'مشاريع Daftar');
  fs.mkdirSync(projects, { recursive: true });

  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(projects, 'أرشيف.sqlite'));
  await page.getByTestId('confirm-path').click();
  await expect(page.getByTestId('library-empty')).toBeVisible();

  // The import report (Arabic): paths and file names left to right, the reason in Arabic.
  const report = await importPaths(page, [inbox, pdf]);
  await expect(report.getByTestId('report-failed')).toContainText('1');
  const failed = report.getByTestId('report-failures').locator('.report-file');
  await expect(failed).toHaveAttribute('dir', 'ltr');
  await readsLeftToRight(failed, ['مرفقات', 'ملاحق', 'ملاحظات', 'draft.pdf']);
  const duplicate = report.locator('.report-file').filter({ hasText: 'نسخة من' });
  await readsLeftToRight(duplicate, ['inbox', 'تقارير', 'Reuters', 'نسخة من بيان', '-UN.txt']);
  await expect(report.getByTestId('report-failures')).toContainText('لا يستطيع دفتر استيراد ملفات');
  await screenshot(page, 'bidi-names-01-report-ar');
  await shoot(page.getByRole('dialog'), 'bidi-names-02-report-dialog-ar');
  await page.keyboard.press('Escape');

  // The top bar: "أرشيف.sqlite" (not "sqlite.أرشيف"); the search placeholder starts at the right.
  const name = page.getByTestId('project-name');
  await expect(name).toHaveText('أرشيف.sqlite');
  await readsLeftToRight(name, ['أرشيف', '.sqlite']);
  await expect(name).toHaveAttribute('title', isolatePath(path.join(projects, 'أرشيف.sqlite')));
  const box = page.getByTestId('top-search-input');
  expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(box).toHaveAttribute('placeholder', 'ابحث في المقالات… (\u2066Ctrl+K\u2069)');

  // The library: each article's file left to right under its title.
  const row = page.getByTestId('library-row').filter({ hasText: 'اتفاق على تقاسم' });
  await readsLeftToRight(row.locator('.row-meta'), ['بيان', '-UN', 'عن المياه', '.txt']);
  await row.click();
  await expect(page.getByTestId('inspector')).toContainText(WATER_FILE);
  await screenshot(page, 'bidi-names-03-main-ar');
  await shoot(page.locator('.top-bar'), 'bidi-names-04-top-bar-ar');
  await shoot(page.getByTestId('library'), 'bidi-names-05-library-ar');

  // Export / Share (Arabic): the written file's path left to right; a refused merge names the
  // file left to right inside the Arabic sentence.
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-menu-export').click();
  let dialog = page.getByTestId('share-dialog-export');
  await dialog.getByTestId('export-submit').click();
  const written = dialog.getByTestId('export-result').locator('.share-path');
  await expect(written).toContainText('أرشيف quotes.csv');
  await readsLeftToRight(written, ['مشاريع', 'Daftar', 'أرشيف', 'quotes.csv']);
  await shoot(dialog, 'bidi-names-05b-export-result-ar');
  await dialog.getByRole('button', { name: 'تم' }).click();
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-menu-merge').click();
  dialog = page.getByTestId('share-dialog-merge');
  await dialog.getByTestId('merge-path').fill(pdf);
  await dialog.getByTestId('merge-submit').click();
  const refused = dialog.getByTestId('share-error');
  await expect(refused).toContainText('ملاحظات draft.pdf');
  await readsLeftToRight(refused, ['مرفقات', 'ملاحق', 'ملاحظات', 'draft.pdf']);
  await shoot(dialog, 'bidi-names-05c-merge-refused-ar');
  // Copied, the message gives the path as it is: the isolates were for display only.
  await refused.evaluate((el) => {
    document.addEventListener('copy', (e) => ((window as unknown as { copied: string }).copied = e.clipboardData!.getData('text/plain')), { once: true });
    const range = document.createRange();
    range.selectNodeContents(el);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(copied).toContain(pdf);
  expect(copied).not.toMatch(/[\u2066-\u2069]/);
  await dialog.getByRole('button', { name: 'إلغاء' }).click();
  await expect(dialog).toBeHidden();

  // English: the same names the same way round, the placeholder from the left.
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await readsLeftToRight(name, ['أرشيف', '.sqlite']);
  expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect(box).toHaveAttribute('placeholder', 'Search the articles… (\u2066Ctrl+K\u2069)');
  await readsLeftToRight(row.locator('.row-meta'), ['بيان', '-UN', 'عن المياه', '.txt']);
  await screenshot(page, 'bidi-names-06-main-en');
  await shoot(page.locator('.top-bar'), 'bidi-names-07-top-bar-en');
  await shoot(page.getByTestId('library'), 'bidi-names-08-library-en');

  // Typing Arabic into the box turns it right to left; emptied, it follows the UI again.
  await box.fill('مياه');
  expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await box.fill('');
  expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');

  // The same folder again, in English: every file a duplicate, each path left to right.
  const again = await importPaths(page, [inbox]);
  await expect(again.getByTestId('report-duplicates')).toContainText('3');
  await readsLeftToRight(again.locator('.report-file').filter({ hasText: 'نسخة من' }), ['inbox', 'تقارير', 'Reuters', 'نسخة من بيان', '-UN.txt']);
  await shoot(page.getByRole('dialog'), 'bidi-names-09-report-dialog-en');
  await page.keyboard.press('Escape');

  // Back in Arabic, closed: the start screen lists the project by its file name, left to right.
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('close-project').click();
  const recent = page.getByTestId('recent-project').first();
  await expect(recent).toContainText('أرشيف.sqlite');
  await readsLeftToRight(recent.locator('.recent-name'), ['أرشيف', '.sqlite']);
  await readsLeftToRight(recent.locator('.recent-path'), ['مشاريع', 'Daftar', 'أرشيف', '.sqlite']);
  await shoot(page.getByTestId('recent-list'), 'bidi-names-10-recent-ar');
});
