import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** Many short articles of generated text (our own words), so the import takes long enough to stop. */
function writeArticles(dir: string, count: number): void {
  const words = ['المجلس', 'البلدي', 'يناقش', 'خطة', 'المياه', 'في', 'الأحياء', 'الشرقية', 'قبل', 'الصيف'];
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const line = Array.from({ length: 18 }, (_, k) => words[(i + k * 3) % words.length]).join(' ');
    fs.writeFileSync(path.join(dir, `خبر-${String(i).padStart(5, '0')}.txt`), `نشرة رقم ${i}\n\n${line} (${i}).\n`);
  }
}

/** The number in a count the UI shows ("المستورد: ١٬٢٣٤"), in Arabic-Indic or Latin digits. */
async function countIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const latin = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[٬,]/g, '');
  const match = /\d+/.exec(latin);
  if (!match) throw new Error(`no number in "${text}"`);
  return Number(match[0]);
}

test('an import stopped mid-way reports what came in, and those articles stay', async ({ page, server }) => {
  test.setTimeout(180_000);
  const total = 15_000;
  const inputs = path.join(server.dir, 'نشرات');
  writeArticles(inputs, total);

  await page.goto(server.url);
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(server.dir, 'أرشيف'));
  await page.getByTestId('confirm-path').click();
  await expect(page.getByTestId('library')).toBeVisible();

  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-paths').fill(inputs);
  await page.getByTestId('import-start').click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  const importedSoFar = progress.locator('.progress-counts li').first();
  await expect.poll(() => countIn(importedSoFar), { timeout: 60_000 }).toBeGreaterThan(0);
  await screenshot(page, 'import-cancel-01-progress-ar');
  await page.getByTestId('import-cancel').click();

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report.getByRole('status')).toHaveText('أُلغي الاستيراد: ما استُورد حتى الآن يبقى في المشروع.');
  await screenshot(page, 'import-cancel-02-report-ar');
  const imported = await countIn(report.getByTestId('report-imported'));
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(total);

  // What the report counts is what the project holds.
  await page.keyboard.press('Escape');
  await expect.poll(() => countIn(page.getByTestId('article-count'))).toBe(imported);
});
