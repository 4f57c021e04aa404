import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SAMPLES, screenshot, test } from './fixtures';

// The codebook side of annotating, driven in the real UI over web mode: speakers with
// aliases, a theme tree re-parented by drag and drop (and a cycle refused), a merge, a
// delete with its count, and the library filtered by a speaker.

async function addSpeaker(page: Page, name: string, aliases: string[] = [], role = '', organisation = '') {
  await page.getByTestId('add-speaker').click();
  const form = page.getByTestId('speaker-form');
  await form.getByTestId('speaker-name').fill(name);
  await form.getByTestId('speaker-aliases').fill(aliases.join('\n'));
  await form.getByTestId('speaker-role').fill(role);
  await form.getByTestId('speaker-organisation').fill(organisation);
  await form.getByTestId('speaker-save').click();
  await expect(form).toHaveCount(0);
}

async function addTheme(page: Page, name: string, labelEn: string, parentLabel?: string, description = '', shot?: string) {
  await page.getByTestId('add-theme').click();
  const form = page.getByTestId('theme-form');
  await form.getByTestId('theme-name').fill(name);
  await form.getByTestId('theme-labelAr').fill(name);
  await form.getByTestId('theme-labelEn').fill(labelEn);
  await form.getByTestId('theme-description').fill(description);
  if (parentLabel) await form.getByTestId('theme-parent').selectOption({ label: parentLabel });
  if (shot) await screenshot(page, shot);
  await form.getByTestId('theme-save').click();
  await expect(form).toHaveCount(0);
}

const theme = (page: Page, label: string) =>
  page.getByTestId('theme-item').filter({ has: page.getByTestId('theme-filter').getByText(label, { exact: true }) });
const speaker = (page: Page, name: string) =>
  page.getByTestId('speaker-item').filter({ has: page.getByTestId('speaker-filter').getByText(name, { exact: true }) });

test('codebook: speakers, a theme tree by drag and drop, merge, delete, and the library filter', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByTestId('new-project').click();
  await page.getByTestId('project-path-input').fill(path.join(server.dir, 'ترميز'));
  await page.getByTestId('confirm-path').click();
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-paths').fill(SAMPLES);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  const rows = page.getByTestId('library-row');
  const sampleCount = await rows.count();
  expect(sampleCount).toBeGreaterThan(3);

  await page.getByTestId('tab-codebook').click();
  await addSpeaker(page, 'أنطونيو غوتيريش', ['غوتيريس', 'Antonio Guterres'], 'الأمين العام', 'الأمم المتحدة');
  await addSpeaker(page, 'الأمين العام للأمم المتحدة');
  await addSpeaker(page, 'وزير الداخلية', [], 'وزير', 'وزارة الداخلية');
  await expect(page.getByTestId('speaker-item')).toHaveCount(3);
  await expect(speaker(page, 'أنطونيو غوتيريش').locator('.chip')).toHaveText(['غوتيريس', 'Antonio Guterres']);

  // A duplicate (spelled without the hamza) is refused next to the field, in the UI's
  // language; the text stays.
  await page.getByTestId('add-speaker').click();
  await page.getByTestId('speaker-name').fill('انطونيو غوتيريش');
  await page.getByTestId('speaker-save').click();
  const duplicate = page.getByTestId('speaker-form').getByTestId('field-error');
  await expect(duplicate).toBeVisible();
  // (Names inside the sentence sit in invisible bidi isolates.)
  expect((await duplicate.textContent())?.replace(/[\u2066-\u2069]/g, '')).toBe('يوجد متحدث باسم «أنطونيو غوتيريش» من قبل (يطابق «انطونيو غوتيريش»).');
  await expect(page.getByTestId('speaker-name')).toHaveValue('انطونيو غوتيريش');
  await screenshot(page, 'codebook-1-duplicate-ar');
  await page.getByTestId('speaker-form').getByRole('button', { name: 'إلغاء' }).click();

  await addTheme(page, 'أمن', 'Security', undefined, 'كل ما يتصل بالأمن والحماية');
  await addTheme(page, 'حدود', 'Borders', 'أمن', 'عبور الحدود والتهريب', 'codebook-2-theme-form-ar');
  await addTheme(page, 'إرهاب', 'Terrorism');
  await addTheme(page, 'شباب', 'Youth');
  await expect(theme(page, 'حدود')).toHaveAttribute('data-depth', '1');

  // Drag Youth onto Terrorism: it becomes its sub-theme.
  await page.dragAndDrop('[data-testid="theme-item"]:has-text("شباب")', '[data-testid="theme-item"]:has-text("إرهاب")');
  await expect(theme(page, 'شباب')).toHaveAttribute('data-depth', '1');
  // Dragging Security onto its own sub-theme is refused with the application's reason.
  await page.dragAndDrop('[data-testid="theme-item"]:has-text("أمن")', '[data-testid="theme-item"]:has-text("حدود")');
  await expect(page.getByTestId('move-error')).toContainText('لا يوضع موضوع تحت نفسه ولا تحت موضوعاته الفرعية');
  await expect(theme(page, 'أمن')).toHaveAttribute('data-depth', '0');
  // Onto the root area: top level again.
  await page.dragAndDrop('[data-testid="theme-item"]:has-text("شباب")', '[data-testid="theme-drop-root"]');
  await expect(theme(page, 'شباب')).toHaveAttribute('data-depth', '0');
  await expect(page.getByTestId('move-error')).toHaveCount(0);
  await expect(page.getByTestId('number-key')).toHaveText(['1', '2', '3', '4']);

  // Quotes made through the API (the reader's side does this in the UI).
  const api = async (method: string, data: object) => {
    const res = await page.request.post(`${server.origin}/api/${method}`, { data });
    const body = await res.json();
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.result;
  };
  const tags: { id: string; name: string }[] = await api('tags.list', {});
  const id = (name: string) => tags.find((t) => t.name === name)!.id;
  const articles: { items: { id: string; title: string }[] } = await api('articles.list', { sort: 'title' });
  const [first, second, third] = articles.items;
  await api('highlights.create', { articleId: first.id, start: 0, end: 12, speakerId: id('الأمين العام للأمم المتحدة'), themeIds: [id('حدود')] });
  await api('highlights.create', { articleId: second.id, start: 0, end: 10, speakerId: id('أنطونيو غوتيريش'), themeIds: [id('أمن')] });
  await api('highlights.create', { articleId: third.id, start: 0, end: 8, speakerId: id('وزير الداخلية'), themeIds: [id('حدود')] });

  // Opening the panel again re-reads the counts.
  await page.getByTestId('tab-library').click();
  await page.getByTestId('tab-codebook').click();
  await expect(speaker(page, 'أنطونيو غوتيريش').getByTestId('tag-count')).toHaveText('1');
  await expect(theme(page, 'حدود').getByTestId('tag-count')).toHaveText('2');

  // Merge the second spelling into Guterres: the alias joins, the quote moves.
  await speaker(page, 'الأمين العام للأمم المتحدة').getByTestId('tag-merge').click();
  await page.getByTestId('merge-target').selectOption({ label: 'أنطونيو غوتيريش' });
  await screenshot(page, 'codebook-3-merge-ar');
  await page.getByTestId('merge-tag-confirm').click();
  await expect(page.getByTestId('speaker-item')).toHaveCount(2);
  // (The application keeps the aliases, not necessarily in the order they were typed.)
  await expect
    .poll(async () => (await speaker(page, 'أنطونيو غوتيريش').locator('.chip').allTextContents()).sort())
    .toEqual(['Antonio Guterres', 'الأمين العام للأمم المتحدة', 'غوتيريس']);
  await expect(speaker(page, 'أنطونيو غوتيريش').getByTestId('tag-count')).toHaveText('2');

  // Delete Borders: the confirmation counts its quotes.
  await theme(page, 'حدود').getByTestId('tag-delete').click();
  await expect(page.getByTestId('delete-tag-count')).toContainText('2');
  await screenshot(page, 'codebook-4-delete-ar');
  await page.getByTestId('delete-tag-confirm').click();
  await expect(theme(page, 'حدود')).toHaveCount(0);
  await expect(page.getByTestId('codebook-status')).toContainText('2');

  // Filter the library by Guterres: the two articles he is quoted in.
  await speaker(page, 'أنطونيو غوتيريش').getByTestId('speaker-filter').click();
  await expect(speaker(page, 'أنطونيو غوتيريش').getByTestId('speaker-filter')).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'codebook-5-panel-ar');
  await page.getByTestId('tab-library').click();
  await expect(page.getByTestId('library-filter')).toContainText('أنطونيو غوتيريش');
  await expect(rows).toHaveCount(2);
  await expect(rows.locator('.row-title')).toHaveText([first.title, second.title]);
  await expect(page.getByTestId('article-count')).toContainText('2');
  await screenshot(page, 'codebook-6-library-filter-ar');

  // English UI: the theme labels switch to English.
  await page.getByTestId('lang-switch').click();
  // The name is isolated (FSI … PDI) inside the chip's sentence.
  await expect(page.getByTestId('library-filter')).toContainText('Speaker: \u2068أنطونيو غوتيريش\u2069');
  await page.getByTestId('tab-codebook').click();
  await expect(page.getByTestId('theme-filter')).toHaveText(['Security', 'Terrorism', 'Youth']);
  // The keyboard way to re-parent: "Move…", choose the parent, Enter on "Move".
  await theme(page, 'Youth').getByTestId('tag-move').click();
  await page.getByTestId('move-under-select').selectOption({ label: 'Terrorism' });
  await page.getByTestId('move-under-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(theme(page, 'Youth')).toHaveAttribute('data-depth', '1');
  await screenshot(page, 'codebook-7-panel-en');

  // Clearing the filter brings every article back.
  await page.getByTestId('tab-library').click();
  await page.getByTestId('library-filter-clear').click();
  await expect(rows).toHaveCount(sampleCount);
});
