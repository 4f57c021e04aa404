import fs from 'node:fs';
import path from 'node:path';
import { expect, SAMPLES, screenshot, test } from './fixtures';

// The foundation's one working slice: new project → import a folder of Arabic .txt
// articles → see them listed → read one right-to-left in the bundled Naskh typeface.
test('new project, import the sample folder, list and read an article', async ({ page, server }) => {
  const sampleCount = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).length;
  expect(sampleCount).toBeGreaterThan(3);

  await page.goto(server.url);
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, '01-start-screen-ar');

  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(server.dir, 'دراسة'));
  await page.getByTestId('confirm-path').click();
  await expect(page.getByTestId('library')).toBeVisible();

  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-paths').fill(SAMPLES);
  await page.getByTestId('import-start').click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report).toContainText(String(sampleCount));
  await screenshot(page, '02-import-report-ar');
  await page.keyboard.press('Escape');

  const rows = page.getByTestId('library-row');
  await expect(rows).toHaveCount(sampleCount);
  await rows.first().click();

  const reader = page.getByTestId('reader');
  const paragraphs = reader.getByTestId('reader-paragraph');
  await expect(paragraphs.first()).toBeVisible();
  expect(await paragraphs.count()).toBeGreaterThan(1);
  // Direction follows each paragraph's content, whatever the UI language.
  await expect(paragraphs.first()).toHaveAttribute('dir', 'auto');
  const direction = await paragraphs.first().evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
  // The bundled typeface is the one that renders the text (no CDN, no system fallback).
  const fontFamily = await paragraphs.first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(fontFamily).toContain('Noto Naskh Arabic');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Naskh Arabic' && f.status === 'loaded'),
  );
  expect(loaded).toBe(true);
  await screenshot(page, '03-reader-ar');

  // The English UI is left-to-right; the article stays right-to-left.
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect(await paragraphs.first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await screenshot(page, '04-reader-en');
});

test('bad inputs get a clear message and change nothing', async ({ page, server }) => {
  const notProject = path.join(server.dir, 'notes.sqlite');
  fs.writeFileSync(notProject, 'this is not a database');
  const before = fs.readFileSync(notProject);

  await page.goto(server.url);
  await page.getByTestId('open-project').click();
  await page.getByTestId('project-path-input').fill(notProject);
  await page.getByTestId('confirm-path').click();
  const error = page.getByTestId('error-dialog');
  await expect(error).toBeVisible();
  await expect(error).toContainText('notes.sqlite');
  // The Arabic UI says the core's refusal in Arabic (by its reason key), the path isolated in it.
  await expect(error).toContainText('ليس قاعدة بيانات SQLite');
  await expect(error).not.toContainText('not a SQLite database');
  await screenshot(page, '05-open-error-ar');
  expect(fs.readFileSync(notProject).equals(before)).toBe(true);
  await error.getByRole('button').first().click();
  // The path stays in its dialog, so a typo can be corrected; then cancel it.
  await expect(page.getByTestId('project-path-input')).toHaveValue(notProject);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('project-path-input')).toHaveCount(0);

  // A project, then an import of a path that does not exist and an empty folder.
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(server.dir, 'p.sqlite'));
  await page.getByTestId('confirm-path').click();
  const empty = path.join(server.dir, 'empty-folder');
  fs.mkdirSync(empty);
  const emptyFile = path.join(server.dir, 'مقال فارغ.txt');
  fs.writeFileSync(emptyFile, '');
  const pdf = path.join(server.dir, 'report-2018.pdf');
  fs.writeFileSync(pdf, '%PDF-1.4');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-paths').fill([path.join(server.dir, 'missing'), empty, emptyFile, pdf].join('\n'));
  await page.getByTestId('import-start').click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report).toContainText('missing');
  await expect(report).toContainText('empty-folder');
  // Each file's reason in Arabic.
  const failures = page.getByTestId('report-failures');
  await expect(failures).toContainText('لا يوجد ملف أو مجلد بهذا الاسم');
  await expect(failures).toContainText('الملف فارغ');
  await expect(failures).toContainText('لا يستطيع دفتر استيراد ملفات');
  await expect(failures).not.toContainText('no such file');
  await screenshot(page, '06-import-failures-ar');
});

test('web mode refuses requests without the token', async ({ request, server }) => {
  const res = await request.post(`${server.origin}/api/app.info`, { data: {}, headers: { 'content-type': 'application/json' } });
  expect(res.status()).toBe(401);
  const page = await request.get(`${server.origin}/`);
  expect(page.status()).toBe(401);
});
