/**
 * Editing an article's details in the inspector (ArticleMetaEditor) and pasting an article
 * (PasteDialog): messages beside the fields in the UI's language, Enter to save and Escape to
 * cancel, and an undone edit showing in the reader, the inspector and the library at once.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import type { ArticleInput } from '../test/test-bridge';

// Written for these tests (no corpus text).
const BUDGET: ArticleInput = {
  title: 'بيان الوزارة حول الموازنة',
  text: 'بيان الوزارة حول الموازنة\nأعلنت الوزارة أن الموازنة الجديدة تزيد الإنفاق على المدارس.',
  source: 'وكالة الأنباء',
  published: '2024-06-12',
  file: '/data/news/budget.txt',
};
const RIVER: ArticleInput = {
  title: 'فيضان النهر',
  text: 'فيضان النهر\nارتفع منسوب النهر بعد أمطار غزيرة في الشمال.',
  source: 'صحيفة المساء',
  published: '2024-03-02',
};
const PROJECT = '/home/analyst/الموازنة.sqlite';

async function openEditor(language: 'ar' | 'en') {
  const app = renderApp({ projects: { [PROJECT]: [BUDGET, RIVER] }, openProject: PROJECT, language });
  await app.user.click((await screen.findAllByTestId('library-row'))[0]);
  await screen.findByRole('heading', { level: 2, name: BUDGET.title });
  await app.user.click(screen.getByTestId('meta-edit'));
  const editor = await screen.findByTestId('meta-editor');
  return { ...app, editor, field: (name: string) => within(editor).getByTestId(`meta-${name}`) as HTMLInputElement };
}

const readerTitle = () => within(screen.getByRole('article')).getByRole('heading', { level: 2 }).textContent;
const noteOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null;

describe('editing an article\'s details (inspector)', () => {
  it('says what is wrong beside each field, in Arabic, and sends nothing until it is right', async () => {
    const { user, test, field } = await openEditor('ar');
    expect(field('title').value).toBe(BUDGET.title);
    // Untouched fields say nothing; the date field explains what it reads.
    expect(field('title').getAttribute('aria-invalid')).toBe('false');
    await user.clear(field('title'));
    expect(noteOf(field('title'))).toBe('للمقال عنوان لا بدّ منه.');
    expect(field('title').getAttribute('aria-invalid')).toBe('true');
    await user.clear(field('published'));
    await user.type(field('published'), 'قريبا');
    expect(noteOf(field('published'))).toBe('تاريخ لا يقرؤه دفتر؛ اكتبه مثل 2024-11-04 أو 4 نوفمبر 2024.');
    await user.type(field('url'), 'javascript:alert(1)');
    expect(noteOf(field('url'))).toBe('ليس عنوان ويب؛ يبدأ بـ http:// أو https://');
    // Enter in a field tries to save: refused here, nothing sent, the editor stays.
    await user.type(field('source'), '{Enter}');
    expect(test.callsOf('articles.updateMeta')).toEqual([]);
    expect(screen.getByTestId('meta-editor')).toBeTruthy();

    // Once the rest is right, an Arabic date is shown as it will be stored.
    await user.type(field('title'), 'الموازنة');
    await user.clear(field('url'));
    await user.clear(field('published'));
    await user.type(field('published'), '٤ نوفمبر ٢٠٢٤');
    expect(noteOf(field('published'))).toBe('يُقرأ: 2024-11-04');
  });

  it('saves with Enter, cancels with Escape (nothing sent), and Ctrl+Z puts the details back everywhere', async () => {
    const { user, test, field } = await openEditor('en');
    await user.clear(field('title'));
    await user.type(field('title'), 'موازنة المدارس');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('meta-editor')).toBeNull());
    expect(test.callsOf('articles.updateMeta')).toEqual([]);
    expect(readerTitle()).toBe(BUDGET.title);

    await user.click(screen.getByTestId('meta-edit'));
    const editor = await screen.findByTestId('meta-editor');
    const title = within(editor).getByTestId('meta-title');
    await user.clear(title);
    await user.type(title, 'موازنة المدارس');
    await user.clear(within(editor).getByTestId('meta-source'));
    await user.type(within(editor).getByTestId('meta-source'), 'صحيفة الصباح{Enter}');
    expect(await screen.findByTestId('meta-saved')).toBeTruthy();
    expect(test.callsOf('articles.updateMeta')).toHaveLength(1);
    const row = () => screen.getAllByTestId('library-row')[0].textContent;
    const inspector = () => screen.getByTestId('inspector').textContent;
    await waitFor(() => expect(row()).toContain('موازنة المدارس'));
    expect(readerTitle()).toBe('موازنة المدارس');
    expect(inspector()).toContain('صحيفة الصباح');
    await waitFor(() => expect(screen.getByTestId('undo-button').textContent).toContain('موازنة المدارس'));

    // Undo from the keyboard, outside a text field: the reader, the inspector and the list row.
    const lists = test.callsOf('articles.list').length;
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(readerTitle()).toBe(BUDGET.title));
    expect(inspector()).toContain(BUDGET.source);
    await waitFor(() => expect(row()).toContain(BUDGET.title));
    // "Details saved" no longer stands beside details that are not the saved ones.
    expect(screen.queryByTestId('meta-saved')).toBeNull();
    // The row is read again in place: the library's pages are not fetched again.
    expect(test.callsOf('articles.list')).toHaveLength(lists);
    expect(screen.getAllByTestId('library-row')[0].getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(readerTitle()).toBe('موازنة المدارس'));
    await waitFor(() => expect(row()).toContain('موازنة المدارس'));
  });
});

describe('pasting an article', () => {
  const PASTED = 'ارتفاع أسعار الخبز\nارتفعت أسعار الخبز في الأسواق هذا الأسبوع بعد زيادة كلفة الطحين.';

  async function openPaste(language: 'ar' | 'en') {
    const app = renderApp({ projects: { [PROJECT]: [BUDGET, RIVER] }, openProject: PROJECT, language });
    await screen.findAllByTestId('library-row');
    await app.user.click(screen.getByTestId('paste-article'));
    const dialog = await screen.findByTestId('paste-dialog');
    return { ...app, dialog, field: (name: string) => within(dialog).getByTestId(`meta-${name}`) as HTMLInputElement };
  }

  it('asks for the text and refuses bad details in Arabic before sending anything', async () => {
    const { user, test, dialog, field } = await openPaste('ar');
    expect(document.activeElement).toBe(within(dialog).getByTestId('paste-text'));
    await user.click(within(dialog).getByTestId('paste-import'));
    expect(within(dialog).getByRole('alert').textContent).toBe('الصق نص المقال أولًا.');
    await user.type(within(dialog).getByTestId('paste-text'), PASTED);
    // The title is suggested from the text (import.pastePreview).
    await waitFor(() => expect(field('title').value).toBe('ارتفاع أسعار الخبز'));
    await user.type(field('url'), 'ftp://example.org/x');
    expect(noteOf(field('url'))).toBe('ليس عنوان ويب؛ يبدأ بـ http:// أو https://');
    await user.type(field('author'), '{Enter}');
    expect(test.callsOf('import.paste')).toEqual([]);
  });

  it('imports with Enter, says so in Arabic and shows the article; the same text again is a duplicate; Escape closes', async () => {
    const { user, test, dialog, field } = await openPaste('ar');
    await user.type(within(dialog).getByTestId('paste-text'), PASTED);
    await waitFor(() => expect(field('title').value).toBe('ارتفاع أسعار الخبز'));
    await user.type(field('source'), 'وكالة الأنباء{Enter}');
    const result = await within(dialog).findByTestId('paste-result');
    expect(within(result).getByRole('status').textContent).toBe('استُورد المقال «\u2068ارتفاع أسعار الخبز\u2069».');
    expect(test.callsOf('import.paste')).toEqual([expect.objectContaining({ title: 'ارتفاع أسعار الخبز', source: 'وكالة الأنباء' })]);
    // The focus moved to the button that shows it: Enter opens the article.
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'ارتفاع أسعار الخبز' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('paste-dialog')).toBeNull());
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(3));

    await user.click(screen.getByTestId('paste-article'));
    const again = await screen.findByTestId('paste-dialog');
    await user.type(within(again).getByTestId('paste-text'), PASTED);
    await user.click(within(again).getByTestId('paste-import'));
    expect((await within(again).findByTestId('paste-result')).textContent).toContain('هذا النص موجود في المشروع من قبل');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('paste-dialog')).toBeNull());
    expect(screen.getAllByTestId('library-row')).toHaveLength(3);
  });

  it('Escape on the form closes it without importing', async () => {
    const { user, test, dialog } = await openPaste('en');
    await user.type(within(dialog).getByTestId('paste-text'), PASTED);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('paste-dialog')).toBeNull());
    expect(test.callsOf('import.paste')).toEqual([]);
  });
});
