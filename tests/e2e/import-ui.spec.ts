import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

// Articles written for this test (not from the corpus).
const BUDGET = 'الحكومة تقر موازنة العام المقبل\n\nأقر مجلس الوزراء مشروع الموازنة العامة بعد نقاش استمر ساعات، وقال وزير المالية إن الإنفاق على التعليم سيرتفع.';
const BORDER = 'افتتاح معبر حدودي جديد\n\nافتتح المسؤولون معبرًا حدوديًا جديدًا لتسهيل حركة البضائع بين البلدين، وأكدوا أنه سيعمل على مدار الساعة.';
const CSV = [
  'kop,matn,tarikh,masdar',
  '"مهرجان الكتاب يفتح أبوابه","افتتح مهرجان الكتاب السنوي أبوابه أمام الزوار بمشاركة مئات دور النشر.",2019-04-10,صحيفة المدينة',
  '"انخفاض أسعار الخضار","شهدت أسواق الخضار انخفاضًا ملحوظًا في الأسعار مع بداية الموسم.",2021-07-02,إذاعة الصباح',
].join('\n');
const PASTED = 'اتفاق جديد لتقاسم المياه\nعمّان 12 آذار 2021 (وكالة الأنباء) قال المتحدث إن الاتفاق يشمل ثلاث مراحل تبدأ في الربيع المقبل.';

/** Drop files on an element the way a browser does: dragenter, dragover, drop with a DataTransfer of Files. */
async function dropFiles(page: Page, testId: string, files: { name: string; text: string; type?: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type ?? 'text/plain' }));
    return dt;
  }, files);
  const target = page.getByTestId(testId);
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.getByTestId('library-drop-overlay')).toBeVisible();
  await screenshot(page, 'import-ui-01-drag-over-ar');
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('drop a mixed set, map a collection, paste an article, edit its details, sort and filter the library', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(server.dir, 'واجهة-الاستيراد'));
  await page.getByTestId('confirm-path').click();
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await screenshot(page, 'import-ui-00-empty-ar');

  // Drop onto the empty project: two articles, a copy of one, an empty file, a PDF, and a CSV whose columns Daftar does not know.
  await dropFiles(page, 'library', [
    { name: 'موازنة.txt', text: BUDGET },
    { name: 'معبر.txt', text: BORDER },
    { name: 'نسخة-موازنة.txt', text: `${BUDGET}\n` },
    { name: 'فارغ.txt', text: '   \n' },
    { name: 'تقرير.pdf', text: '%PDF-1.4 not really', type: 'application/pdf' },
    { name: 'تصدير.csv', text: CSV, type: 'text/csv' },
  ]);

  // The CSV has no column Daftar recognises as the text: the mapping dialog asks.
  const mapping = page.getByTestId('mapping-dialog');
  await expect(mapping).toBeVisible({ timeout: 20_000 });
  await expect(mapping).toContainText('مهرجان الكتاب يفتح أبوابه');
  await mapping.getByTestId('mapping-use-kop').selectOption('title');
  await mapping.getByTestId('mapping-use-matn').selectOption('body');
  await mapping.getByTestId('mapping-use-tarikh').selectOption('date');
  await mapping.getByTestId('mapping-use-masdar').selectOption('source');
  await screenshot(page, 'import-ui-02-mapping-ar');
  await mapping.getByTestId('mapping-import').click();

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report.getByTestId('report-imported')).toContainText('4');
  await expect(report.getByTestId('report-duplicates')).toContainText('1');
  await expect(report.getByTestId('report-failed')).toContainText('2');
  const failures = report.getByTestId('report-failures');
  // Named as dropped, not by the server's temporary copies.
  await expect(failures).toContainText('تقرير.pdf');
  // The reason in the UI's language (Arabic), with the extension kept whole.
  await expect(failures).toContainText('لا يستطيع دفتر استيراد ملفات');
  await expect(failures).toContainText('.pdf');
  await expect(failures).toContainText('فارغ.txt');
  await expect(report).toContainText('نسخة-موازنة.txt');
  await expect(report).not.toContainText('daftar-upload-');
  await screenshot(page, 'import-ui-03-report-ar');
  await page.keyboard.press('Escape');

  const rows = page.getByTestId('library-row');
  await expect(rows).toHaveCount(4);

  // Paste: Ctrl+V on the library opens the dialog with the text and what the importer finds in it.
  await page.getByTestId('library-list').focus();
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, PASTED);
  const paste = page.getByTestId('paste-dialog');
  await expect(paste).toBeVisible();
  await expect(paste.getByTestId('meta-title')).toHaveValue('اتفاق جديد لتقاسم المياه');
  await expect(paste.getByTestId('meta-published')).toHaveValue('2021-03-12');
  await expect(paste.getByTestId('meta-place')).toHaveValue('عمّان');
  await paste.getByTestId('meta-author').fill('سلمى الراوي');
  await screenshot(page, 'import-ui-04-paste-ar');
  await paste.getByTestId('paste-import').click();
  await expect(paste.getByTestId('paste-result')).toContainText('اتفاق جديد لتقاسم المياه');
  await paste.getByRole('button').first().click(); // show the article
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('reader')).toContainText('يشمل ثلاث مراحل');

  // Edit its details in the inspector: an Arabic date with Arabic-Indic digits is stored as ISO.
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('meta-edit').click();
  const editor = inspector.getByTestId('meta-editor');
  await editor.getByTestId('meta-published').fill('٤ نوفمبر ٢٠٢٤');
  await expect(editor).toContainText('2024-11-04');
  await editor.getByTestId('meta-source').fill('نشرة المساء');
  await editor.getByTestId('meta-url').fill('ليس رابطا');
  await editor.getByTestId('meta-save').click();
  await expect(editor.getByTestId('meta-url')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'import-ui-05-edit-invalid-ar');
  await editor.getByTestId('meta-url').fill('https://example.org/water');
  await editor.getByTestId('meta-save').click();
  await expect(inspector.getByTestId('meta-saved')).toBeVisible();
  await expect(inspector).toContainText('2024-11-04');
  await expect(inspector).toContainText('نشرة المساء');
  await expect(page.getByTestId('library-row').filter({ hasText: 'اتفاق جديد' })).toContainText('2024-11-04');
  await screenshot(page, 'import-ui-06-edited-ar');
  // One undoable step.
  await page.getByTestId('undo-button').click();
  await expect(inspector).toContainText('2021-03-12');
  // The undo names the article's row as changed: it is read again in place, still selected.
  const edited = page.getByTestId('library-row').filter({ hasText: 'اتفاق جديد' });
  await expect(edited).toContainText('2021-03-12');
  await expect(edited).toHaveAttribute('aria-selected', 'true');
  await screenshot(page, 'import-ui-06b-undone-ar');
  await page.getByTestId('redo-button').click();
  await expect(inspector).toContainText('2024-11-04');

  // Sort by published date (newest first), turn it round, then filter by source and by date.
  await page.getByTestId('library-sort').selectOption('published');
  await expect(rows.first()).toContainText('اتفاق جديد لتقاسم المياه');
  await page.getByTestId('library-direction').click();
  await expect(rows.first()).toContainText('مهرجان الكتاب يفتح أبوابه');
  await page.getByTestId('library-filters').locator('summary').click();
  await page.getByTestId('library-filter-source').selectOption('إذاعة الصباح');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('انخفاض أسعار الخضار');
  await page.getByTestId('library-filter-clear').click();
  await expect(rows).toHaveCount(5);
  await page.getByTestId('library-filter-from').fill('2020');
  await page.getByTestId('library-filter-to').fill('2021-12');
  await expect(rows).toHaveCount(1);
  await screenshot(page, 'import-ui-07-filtered-ar');
  await page.getByTestId('library-filter-to').fill('');
  await expect(rows).toHaveCount(2);

  // The same screens in English (left to right).
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await screenshot(page, 'import-ui-08-filtered-en');
  await page.getByTestId('library-filter-clear').click();
  await page.getByTestId('paste-article').click();
  await expect(page.getByTestId('paste-dialog')).toBeVisible();
  await page.getByTestId('paste-text').fill(BORDER);
  await page.getByTestId('paste-import').click();
  await expect(page.getByTestId('paste-result')).toContainText('already in the project');
  await screenshot(page, 'import-ui-09-paste-duplicate-en');
  await page.keyboard.press('Escape');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-paths').fill(path.join(server.dir, 'missing.csv'));
  await page.getByTestId('import-map-columns').click();
  await expect(page.getByRole('dialog')).toContainText('missing.csv');
  await screenshot(page, 'import-ui-10-map-missing-en');
});
