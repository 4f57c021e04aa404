/**
 * Export / Share in the real app (web mode over the built CLI): export a CSV from the dialog
 * and read the file (BOM, Arabic, a formula-looking note made inert), save a copy, merge a
 * colleague's project built with the CLI, read the report, undo it; an older project is
 * offered an upgraded copy and left byte-for-byte as it was. Screenshots in Arabic and English.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { isolatePath } from '../../renderer/src/i18n/isolate';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/core/db/constants';
import { closeProject, createProject } from '../../electron/core/db/open';
import { fillBigProject } from '../../electron/core/jobs/big-project-fixture';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { expect, ROOT, screenshot, test, type DaftarServer } from './fixtures';

// Written for these tests (no corpus text).
const OURS_TEXT = [
  'اجتماع وزراء الخارجية في عمّان',
  'قال وزير الخارجية سعيد الأحمد إن «الحوار هو الطريق الوحيد» لحل الأزمة.',
  'وأضاف أن الاجتماع المقبل سيعقد في الربيع.',
].join('\n');
const THEIR_TEXT = ['بيان اللجنة الإقليمية', 'أعلنت اللجنة أن «التعاون مستمر رغم الصعوبات» في المنطقة.'].join('\n');
const FORMULA_NOTE = '=HYPERLINK("http://evil.example","اضغط هنا")';

function daftar(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'bin/daftar.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DAFTAR_ACTOR: 'كريم' },
  });
}

/** A project made with the CLI: one article, a speaker, a theme, one quote with a note. */
function cliProject(dir: string, name: string, text: string, quote: string, speaker: string, theme: string, note: string): string {
  const file = path.join(dir, `${name}.sqlite`);
  const article = path.join(dir, `${name}.txt`);
  fs.writeFileSync(article, `${text}\n`);
  daftar('new', file);
  daftar('import', file, article);
  const [{ id }] = JSON.parse(daftar('articles', file, '--json')) as { id: string }[];
  daftar('tag', file, '--kind', 'speaker', '--name', speaker);
  daftar('tag', file, '--kind', 'theme', '--name', theme);
  daftar('annotate', file, id, '--quote', quote, '--speaker', speaker, '--theme', theme, '--note', note);
  return file;
}

async function openProject(page: Page, server: DaftarServer, file: string): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: /فتح مشروع|Open project/ }).click();
  await page.getByTestId('project-path-input').fill(file);
  await page.getByTestId('confirm-path').click();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready);
}

async function openShare(page: Page, item: 'export' | 'copy' | 'merge') {
  await page.getByTestId('share-button').click();
  await page.getByTestId(`share-menu-${item}`).click();
  return page.getByTestId(`share-dialog-${item}`);
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('export a CSV, save a copy, merge a colleague\'s project and undo it', async ({ page, server }) => {
  const ours = cliProject(server.dir, 'ours', OURS_TEXT, '«الحوار هو الطريق الوحيد»', 'سعيد الأحمد', 'الحوار', FORMULA_NOTE);
  const theirs = cliProject(server.dir, 'theirs', THEIR_TEXT, '«التعاون مستمر رغم الصعوبات»', 'اللجنة الإقليمية', 'التعاون', 'ملاحظة كريم');
  await openProject(page, server, ours);

  // Export (Arabic UI): the dialog says how many quotes before writing.
  let dialog = await openShare(page, 'export');
  await expect(dialog.getByTestId('export-count')).toHaveText('عدد الاقتباسات التي ستُكتب: 1');
  const csv = path.join(server.dir, 'ours quotes.csv');
  await expect(dialog.getByTestId('export-path')).toHaveValue(csv);
  await screenshot(page, 'share-export-ar');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-result')).toContainText(csv);
  await expect(dialog.getByTestId('export-result')).toContainText('عدد الاقتباسات: 1');
  const bytes = fs.readFileSync(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  expect(text).toContain('«الحوار هو الطريق الوحيد»');
  expect(text).toContain('سعيد الأحمد');
  // The note would run as a formula in a spreadsheet: it is written inert, with a leading '.
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""اضغط هنا"")"`);
  expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  await dialog.getByRole('button', { name: 'تم' }).click();

  // Exporting again to the same file asks before replacing it.
  dialog = await openShare(page, 'export');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('share-replace')).toBeVisible();
  await screenshot(page, 'share-export-replace-ar');
  await dialog.getByTestId('share-replace-confirm').click();
  await expect(dialog.getByTestId('export-result')).toBeVisible();
  await dialog.getByRole('button', { name: 'تم' }).click();

  // Save a copy for sharing: one file that passes `daftar check`.
  dialog = await openShare(page, 'copy');
  const copy = path.join(server.dir, 'ours (copy).sqlite');
  await expect(dialog.getByTestId('copy-path')).toHaveValue(copy);
  await dialog.getByTestId('copy-submit').click();
  await expect(dialog.getByTestId('copy-result')).toContainText(copy);
  expect(JSON.parse(daftar('check', copy, '--json'))).toMatchObject({ ok: true, articles: 1, highlights: 1 });
  for (const side of ['-wal', '-shm', '-journal']) expect(fs.existsSync(copy + side)).toBe(false);
  await dialog.getByRole('button', { name: 'تم' }).click();

  // Merge the colleague's project: the report, and the library shows their article.
  dialog = await openShare(page, 'merge');
  await dialog.getByTestId('merge-path').fill(theirs);
  await dialog.getByTestId('merge-submit').click();
  const report = dialog.getByTestId('merge-report');
  await expect(report).toBeVisible();
  await expect(report.locator('table').first()).toContainText('المقالات');
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  const snapshot = (await report.getByTestId('merge-snapshot').textContent())!;
  expect(snapshot.startsWith(`${ours}.before-merge-`)).toBe(true);
  expect(fs.existsSync(snapshot)).toBe(true);
  await screenshot(page, 'share-merge-report-ar');

  // Undo the merge: the project is as it was before it.
  await report.getByTestId('merge-undo').click();
  await report.getByTestId('merge-undo-confirm').click();
  await expect(report.getByTestId('merge-undone')).toBeVisible();
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await dialog.getByRole('button', { name: /^(تم|Done)$/ }).click();
});

test('the dialogs in English', async ({ page, server }) => {
  const ours = cliProject(server.dir, 'notes', OURS_TEXT, '«الحوار هو الطريق الوحيد»', 'سعيد الأحمد', 'الحوار', 'ملاحظة');
  const theirs = cliProject(server.dir, 'colleague', OURS_TEXT, '«الحوار هو الطريق الوحيد»', 'سعيد الأحمد', 'الحوار', 'ملاحظة أخرى من الزميل');
  await openProject(page, server, ours);
  await page.getByTestId('lang-switch').click();
  await page.evaluate(() => document.fonts.ready);
  let dialog = await openShare(page, 'export');
  await dialog.getByTestId('export-scope-custom').click();
  await dialog.getByTestId('export-speaker').selectOption('سعيد الأحمد');
  await expect(dialog.getByTestId('export-count')).toHaveText('Quotes to be written: 1');
  await screenshot(page, 'share-export-en');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The same article and quote with a different note: a conflict, both kept side by side.
  dialog = await openShare(page, 'merge');
  await dialog.getByTestId('merge-path').fill(theirs);
  await dialog.getByTestId('merge-submit').click();
  const conflicts = dialog.getByTestId('merge-conflicts');
  await expect(conflicts).toContainText('ملاحظة أخرى من الزميل');
  await expect(conflicts).toContainText('كريم');
  await screenshot(page, 'share-merge-report-en');
});

test('an older project: "Upgrade a copy" opens the copy, the original stays byte-for-byte', async ({ page, server }) => {
  // As an older Daftar left it: schema v2 (only the first two migrations), one article.
  const old = makeOldProject(path.join(server.dir, 'قديم.sqlite'), 2);
  const before = sha256(old);
  await page.goto(server.url);
  await page.getByRole('button', { name: /فتح مشروع|Open project/ }).click();
  await page.getByTestId('project-path-input').fill(old);
  await page.getByTestId('confirm-path').click();
  const dialog = page.getByTestId('upgrade-dialog');
  await expect(dialog).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, 'share-upgrade-ar');
  await dialog.getByTestId('upgrade-copy').click();
  await expect(page.locator('h1.project-name')).toHaveText('قديم (upgraded).sqlite');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  expect(sha256(old)).toBe(before);
  // Nothing beside the original (the copy, open now, has its lock and WAL files).
  const beside = fs.readdirSync(server.dir).filter((f) => f.startsWith('قديم') && !f.startsWith('قديم (upgraded).sqlite'));
  expect(beside).toEqual(['قديم.sqlite']);
  expect(fs.existsSync(path.join(server.dir, 'قديم (upgraded).sqlite.lock'))).toBe(true);
});

test('a project open in another Daftar is refused, naming who has it', async ({ page, server }) => {
  const file = cliProject(server.dir, 'busy', OURS_TEXT, '«الحوار هو الطريق الوحيد»', 'سعيد الأحمد', 'الحوار', 'ملاحظة');
  // Another Daftar (here: this test's own running process) holds the project.
  fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), user: 'salma', since: '2026-03-01T09:00:00.000Z', by: 'app' }));
  const before = sha256(file);
  await page.goto(server.url);
  await page.getByRole('button', { name: /فتح مشروع|Open project/ }).click();
  await page.getByTestId('project-path-input').fill(file);
  await page.getByTestId('confirm-path').click();
  const error = page.getByTestId('error-dialog');
  // Said in Arabic (the Arabic UI), naming the file, the window and the holder.
  // The path left to right, part by part (isolated for display only).
  await expect(error).toContainText(isolatePath(file));
  await expect(error).toContainText(`مفتوح في نافذة أخرى لدفتر (العملية ${process.pid}`);
  await expect(error).toContainText('المستخدم \u2068salma\u2069');
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, 'share-busy-ar');
  expect(sha256(file)).toBe(before);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
});

/** A project as an older Daftar wrote it: only the first `version` migrations, one article. */
function makeOldProject(file: string, version: number): string {
  const db = new Database(file);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of MIGRATIONS.slice(0, version)) db.exec(m.sql);
    db.pragma(`user_version = ${version}`);
    const text = `${OURS_TEXT}\n`;
    db.prepare("INSERT INTO project_meta (key, value) VALUES ('project_id', 'old-project'), ('created_at', '2025-01-01T00:00:00Z')").run();
    db.prepare(
      `INSERT INTO articles (id, title, text, chars, content_hash, original_file, encoding, imported_at, updated_at)
       VALUES ('old-article', 'اجتماع قديم', ?, ?, 'old-hash', 'old.txt', 'utf-8', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
    ).run(text, [...text].length);
  } finally {
    db.close();
  }
  return file;
}

test('a long merge shows its progress and can be stopped; the project is as it was', async ({ page, server }) => {
  test.setTimeout(120_000);
  const ours = cliProject(server.dir, 'ours', OURS_TEXT, '«الحوار هو الطريق الوحيد»', 'سعيد الأحمد', 'الحوار', 'ملاحظة');
  // A colleague's project big enough that merging it takes seconds (generated text).
  const theirs = path.join(server.dir, 'big colleague.sqlite');
  const db = createProject(theirs);
  fillBigProject(db, 6000, 4, 'تقرير الزميل');
  closeProject(db);
  await openProject(page, server, ours);

  const dialog = await openShare(page, 'merge');
  await dialog.getByTestId('merge-path').fill(theirs);
  await dialog.getByTestId('merge-submit').click();
  const progress = dialog.getByTestId('job-progress');
  // Articles go in quickly (one transaction, no savepoint each); the quotes take longer. Either
  // phase shows its count.
  await expect(progress.getByTestId('job-phase')).toHaveText(/^(المقالات|الاقتباسات): \S+ من \S+$/, { timeout: 30_000 });
  await expect(progress.getByTestId('job-counts')).toContainText('دُمج حتى الآن');
  await screenshot(page, 'share-merge-progress-ar');
  await progress.getByTestId('job-cancel').click();
  await expect(dialog.getByTestId('job-cancelled')).toHaveText('أُوقف الدمج: لم يتغيّر شيء في مشروعك.', { timeout: 30_000 });
  await screenshot(page, 'share-merge-cancelled-ar');
  await expect(dialog.getByTestId('merge-report')).toHaveCount(0);
  // Nothing merged (the library still has our one article), no snapshot left, and writing works again.
  expect(fs.readdirSync(server.dir).filter((f) => f.includes('before-merge'))).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
});
