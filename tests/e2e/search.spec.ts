import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { normalizeArabic } from '../../shared/arabic/normalize';
import { expect, SAMPLES, screenshot, search, test } from './fixtures';

// Written for this test (no corpus text): a long article whose only hits are far down, so
// opening it must scroll the reader; it is imported as a second batch for the batch filter.
const FILLER = 'وتناول المشاركون في الجلسة قضايا التنمية والتعليم والصحة في المناطق الريفية، ودعوا إلى زيادة الاستثمار في البنية التحتية.';
const LONG_ARTICLE = [
  'تقرير مطوّل عن التنمية في الأرياف',
  '',
  ...Array.from({ length: 40 }, () => [FILLER, '']).flat(),
  'وفي ختام التقرير أشار الباحثون إلى أن برامج التنمية تسهم في الوقاية من التطرف والإرهاب، وأن الدعم المقدّم للإرهاب يتراجع حيث تتوفر فرص العمل.',
].join('\n');

/** What the page's search highlights cover, as text. */
async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}


test('search: words in any form, a phrase, a filter, hits marked in the reader, hostile queries', async ({ page, server }) => {
  test.setTimeout(45_000);
  const extra = path.join(server.dir, 'extra');
  fs.mkdirSync(extra);
  fs.writeFileSync(path.join(extra, 'rural-report.txt'), LONG_ARTICLE);

  await page.goto(server.url);
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(server.dir, 'بحث'));
  await page.getByTestId('confirm-path').click();
  for (const folder of [SAMPLES, extra]) {
    await page.getByTestId('import-button').first().click();
    await page.getByTestId('import-paths').fill(folder);
    await page.getByTestId('import-start').click();
    await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('Escape');
  }
  await expect(page.getByTestId('library-row')).toHaveCount(7);

  // The top bar box: '/' focuses it, typing searches, Enter opens the Search tab.
  await page.getByTestId('reader').click();
  await page.keyboard.press('/');
  await expect(page.getByTestId('top-search-input')).toBeFocused();
  await page.keyboard.type('الارهاب');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tab-search')).toHaveAttribute('aria-selected', 'true');

  // No hamza typed: articles with الإرهاب, بالارهاب, للإرهاب … are all found.
  const results = page.getByTestId('search-result');
  const titles = page.getByTestId('search-results').locator('.search-result-title');
  await expect(titles).toContainText(['مجلس الأمن يدعو']);
  const found = await titles.allTextContents();
  for (const start of ['مجلس الأمن يدعو', 'مؤتمر إقليمي في عمّان', 'UNODC يطلق', 'دراسة: جائحة', 'تقرير مطوّل عن التنمية']) {
    expect(found.some((t) => t.startsWith(start)), `${start} in ${found.join(' | ')}`).toBe(true);
  }
  expect(found.some((t) => t.startsWith('حملة شبابية'))).toBe(false);
  await expect(page.getByTestId('search-total')).toContainText(String(found.length));
  // Every snippet marks the word, whatever its written form.
  for (const mark of await page.getByTestId('search-snippet').locator('mark').allTextContents()) {
    expect(normalizeArabic(mark)).toContain('ارهاب');
  }
  await screenshot(page, 'search-01-results-ar');

  // Open the long article: the reader scrolls down to its first hit, both hits are painted.
  await results.filter({ hasText: 'تقرير مطوّل' }).getByRole('button').click();
  const reader = page.getByTestId('reader');
  await expect(reader.locator('.reader-title')).toHaveText('تقرير مطوّل عن التنمية في الأرياف');
  await expect(page.getByTestId('hit-position')).toHaveText(/1.*2/);
  await expect.poll(() => highlighted(page, 'daftar-search-hit')).toHaveLength(2);
  for (const text of await highlighted(page, 'daftar-search-hit')) expect(normalizeArabic(text)).toContain('ارهاب');
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  const first = await highlighted(page, 'daftar-search-current');
  expect(first).toHaveLength(1);
  // The reader's own DOM is unchanged: no elements were added for the hits.
  expect(await reader.locator('mark:not([data-ids])').count()).toBe(0);
  await screenshot(page, 'search-02-reader-hits-ar');

  // Next / previous (buttons, F3, Enter in the top box) move the current hit.
  await page.getByTestId('hit-next').click();
  await expect(page.getByTestId('hit-position')).toHaveText(/2.*2/);
  const next = await highlighted(page, 'daftar-search-current');
  expect(next).toHaveLength(1);
  expect(next[0]).not.toBe(first[0]);
  await page.keyboard.press('F3');
  await expect(page.getByTestId('hit-position')).toHaveText(/1.*2/);
  await page.getByTestId('top-search-input').focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('hit-position')).toHaveText(/2.*2/);

  // A phrase.
  await search(page, '"مجلس الأمن"');
  await expect(titles.filter({ hasText: 'تقرير مطوّل' })).toHaveCount(0);
  const phrased = await titles.allTextContents();
  expect(phrased.some((t) => t.startsWith('مجلس الأمن يدعو'))).toBe(true);
  expect(phrased.some((t) => t.startsWith('تقرير مطوّل'))).toBe(false);

  // A filter: the second import batch holds only the long article.
  await search(page, 'الإرهاب');
  await expect(titles).not.toHaveCount(1);
  const batch = page.getByTestId('search-batch');
  await expect(batch.locator('option')).toHaveCount(3);
  const second = await batch.locator('option', { hasText: '(1)' }).getAttribute('value');
  await batch.selectOption(second!);
  await expect(titles).toHaveCount(1);
  await expect(titles.first()).toHaveText('تقرير مطوّل عن التنمية في الأرياف');
  await batch.selectOption({ index: 0 });

  // Hostile queries never show an error: unbalanced quote, a lone minus, NEAR, 5,000 characters.
  const long = 'الإرهاب والتطرف '.repeat(400).slice(0, 5000);
  for (const query of ['"مجلس الأمن', '-', 'الإرهاب NEAR التطرف', long]) {
    await search(page, query);
    await expect(page.getByTestId('search-error')).toHaveCount(0);
    await expect(page.getByTestId('error-dialog')).toHaveCount(0);
  }
  await search(page, '"مجلس الأمن');
  await expect(page.getByTestId('search-explanation')).toBeVisible();
  await screenshot(page, 'search-03-explanation-ar');

  // English UI; clearing the search removes the marks.
  await search(page, 'الإرهاب');
  await results.filter({ hasText: 'مجلس الأمن يدعو' }).getByRole('button').click();
  await expect.poll(() => highlighted(page, 'daftar-search-hit')).not.toHaveLength(0);
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('hit-position')).toContainText('Hit 1 of');
  // Every hit is painted, those on the title line too (in the heading), and hit 1 is current.
  const total = Number((await page.getByTestId('hit-position').textContent())!.match(/of (\d+)/)![1]);
  await expect.poll(() => highlighted(page, 'daftar-search-hit')).toHaveLength(total);
  expect(await highlighted(page, 'daftar-search-current')).toHaveLength(1);
  await screenshot(page, 'search-04-reader-hits-en');
  await page.getByTestId('search-input').press('Escape');
  await expect.poll(() => highlighted(page, 'daftar-search-hit')).toHaveLength(0);
  await expect(page.getByTestId('search-empty-query')).toBeVisible();
  await screenshot(page, 'search-05-help-en');
});
