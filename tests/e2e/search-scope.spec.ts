import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, SAMPLES, screenshot, search, test } from './fixtures';

// Searching the analyst's own work: a project prepared with the `daftar` command (speakers
// with aliases, a theme tree, quotes with notes on the sample articles written for the
// project), then searched in the UI by speaker, in quotes only and in notes only.

const daftar = (...args: string[]): string => execFileSync(process.execPath, [path.join(ROOT, 'bin/daftar.cjs'), ...args], { encoding: 'utf8' });

function prepareProject(file: string): void {
  daftar('new', file);
  daftar('import', file, SAMPLES);
  daftar('tag', file, '--kind', 'speaker', '--name', 'أنطونيو غوتيريش', '--alias', 'غوتيريس', '--alias', 'Antonio Guterres');
  daftar('tag', file, '--kind', 'speaker', '--name', 'وزير الداخلية');
  daftar('tag', file, '--kind', 'theme', '--name', 'الأمن');
  daftar('tag', file, '--kind', 'theme', '--name', 'الإرهاب', '--parent', 'الأمن');
  daftar('tag', file, '--kind', 'theme', '--name', 'الوقاية', '--parent', 'الأمن');
  const articles = JSON.parse(daftar('articles', file, '--json')) as { id: string; title: string }[];
  const id = (start: string) => articles.find((a) => a.title.startsWith(start))!.id;
  daftar('annotate', file, id('مجلس الأمن يدعو'), '--quote', 'الإرهاب لا يعرف حدوداً', '--speaker', 'غوتيريس', '--theme', 'الإرهاب', '--note', 'تصريح محوري عن تبادل المعلومات');
  daftar('annotate', file, id('وزير الداخلية'), '--quote', 'تقوم على الوقاية قبل المواجهة', '--speaker', 'وزير الداخلية', '--theme', 'الوقاية', '--note', 'الخطة تبدأ بالمدارس');
}


test('search: filter by speaker, quotes only, open a quote result, notes only, in Arabic and English', async ({ page, server }) => {
  test.setTimeout(60_000);
  const file = path.join(server.dir, 'اقتباسات.sqlite');
  prepareProject(file);

  await page.goto(server.url);
  await page.getByTestId('open-project').click();
  await page.getByTestId('project-path-input').fill(file);
  await page.getByTestId('confirm-path').click();
  await expect(page.getByTestId('library-row')).toHaveCount(6);
  await page.getByTestId('tab-search').click();

  // Articles about terrorism, narrowed to those with a quote of Guterres.
  await search(page, 'الإرهاب');
  const results = page.getByTestId('search-result');
  const all = await results.count();
  expect(all).toBeGreaterThan(2);
  const speaker = page.getByTestId('search-speaker');
  // Option text cannot hold <bdi>: each name is isolated (FSI … PDI) so its count stays beside it.
  await expect(speaker.locator('option')).toHaveText(['كل المتحدثين', '\u2068أنطونيو غوتيريش\u2069 (1)', '\u2068وزير الداخلية\u2069 (1)']);
  const answered = page.waitForResponse((r) => r.url().includes('/api/search.query'));
  await speaker.selectOption({ label: '\u2068أنطونيو غوتيريش\u2069 (1)' });
  await answered;
  await expect(results).toHaveCount(1);
  await expect(results.first().locator('.search-result-title')).toHaveText('مجلس الأمن يدعو إلى تعاون دولي أوسع لمكافحة الإرهاب');
  // The same by typing: an alias, and a theme with its sub-themes.
  await speaker.selectOption('');
  await search(page, 'الإرهاب speaker:غوتيريس');
  await expect(results).toHaveCount(1);
  await search(page, 'theme:الأمن');
  await expect(results).toHaveCount(2);
  await search(page, 'theme:الوقاية');
  await expect(results).toHaveCount(1);

  // Quotes only: the switch is radio buttons (arrow keys move along them).
  await page.getByTestId('search-scope-articles').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('search-scope-quotes')).toBeChecked();
  await search(page, 'الارهاب');
  await expect(results).toHaveCount(1);
  await expect(page.getByTestId('search-total')).toHaveText('الاقتباسات: 1');
  const quote = results.first();
  await expect(quote.getByTestId('search-result-speaker')).toHaveText('أنطونيو غوتيريش');
  await expect(quote.getByTestId('search-result-theme')).toHaveText(['الإرهاب']);
  await expect(quote.getByTestId('search-snippet').locator('mark')).toHaveText(['الإرهاب']);
  await screenshot(page, 'search-scope-01-quotes-ar');

  // Opening it shows the article with that quote selected (outlined) and in view.
  await quote.getByRole('button').click();
  const selected = page.getByTestId('reader-body').locator('mark.hl-selected');
  await expect(selected.first()).toBeVisible();
  // Polled: the reader may redraw its marks (the article's quotes arrive after its text).
  await expect.poll(async () => (await selected.allTextContents()).join('')).toBe('الإرهاب لا يعرف حدوداً');
  await expect(quote).toHaveAttribute('aria-current', 'true');
  await screenshot(page, 'search-scope-02-quote-opened-ar');

  // Notes only: the note, the quote it is on, its speaker.
  await page.getByTestId('search-scope').getByText('الملاحظات').click();
  await expect(page.getByTestId('search-scope-notes')).toBeChecked();
  await search(page, 'المدارس');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('ملاحظة على اقتباس');
  await expect(results.first().getByTestId('search-result-quote')).toContainText('تقوم على الوقاية قبل المواجهة');
  await expect(results.first().getByTestId('search-result-speaker')).toHaveText('وزير الداخلية');
  await results.first().getByRole('button').click();
  await expect(page.getByTestId('reader-body').locator('mark.hl-selected').first()).toBeVisible();
  await expect.poll(async () => (await page.getByTestId('reader-body').locator('mark.hl-selected').allTextContents()).join('')).toBe('تقوم على الوقاية قبل المواجهة');
  await screenshot(page, 'search-scope-03-notes-ar');

  // An unknown speaker is explained in the UI language.
  await page.getByTestId('search-scope').getByText('الاقتباسات').click();
  await search(page, 'الأمن speaker:بان');
  await expect(page.getByTestId('search-explanation')).toHaveText('لا متحدث في هذا المشروع اسمه “بان” (بالاسم أو بتهجئة أخرى).');

  // English.
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('search-explanation')).toHaveText('No speaker in this project is called “بان” (by name or alias).');
  await search(page, 'الوقاية OR الإرهاب');
  await expect(results).toHaveCount(2);
  await expect(page.getByTestId('search-total')).toHaveText('Quotes: 2');
  await screenshot(page, 'search-scope-04-quotes-en');
});
