import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createAnchor } from '../../../../shared/anchors/quote-selector';
import { offsetsToRange } from '../../selection/offsets';
import { renderApp } from '../../test/render-app';
import type { ArticleInput } from '../../test/test-bridge';
import type { TagSeed } from '../../test/test-bridge-tags';

// Written for these tests (no corpus text): Arabic with a Latin name, digits and an emoji.
const ARTICLE: ArticleInput = {
  title: 'مؤتمر الحوار الإقليمي',
  text: [
    'مؤتمر الحوار الإقليمي',
    'قال الأمين العام 😀 إن السلام ممكن في 2025 رغم الصعوبات.',
    'وأكد António Guterres أن الحوار هو الطريق الوحيد.',
    'ورد الوزير بأن المفاوضات ستستمر الأسبوع المقبل.',
  ].join('\n'),
  source: 'وكالة الأنباء',
  file: '/data/news/dialogue.txt',
};
const TAGS: TagSeed[] = [
  { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'], role: 'الأمين العام' },
  { kind: 'speaker', name: 'وزير الخارجية' },
  { kind: 'theme', name: 'السلام', labelEn: 'Peace', color: '#7cc67c' },
  { kind: 'theme', name: 'الحوار', labelEn: 'Dialogue', color: '#7c9cf0' },
  { kind: 'theme', name: 'المفاوضات', labelEn: 'Negotiations', parent: 'الحوار', color: '#f0a05a' },
];
const PROJECT = '/home/analyst/حوار.sqlite';

const cp = (needle: string) => [...ARTICLE.text.slice(0, ARTICLE.text.indexOf(needle))].length;
const span = (needle: string) => ({ start: cp(needle), end: cp(needle) + [...needle].length });

async function openArticle(before?: (test: ReturnType<typeof renderApp>['test']) => void) {
  const app = renderApp({ projects: { [PROJECT]: [ARTICLE] }, openProject: PROJECT, tags: TAGS });
  before?.(app.test);
  const rows = await within(await screen.findByRole('listbox', { name: 'Library' })).findAllByRole('option');
  await app.user.click(rows[0]);
  await screen.findByTestId('reader-body');
  await waitFor(() => expect(screen.getByTestId('quotes-list')).toBeTruthy());
  return app;
}

/** Select article offsets [start, end) as a mouse drag would, and release the button. */
function selectText(start: number, end: number) {
  const body = screen.getByTestId('reader-body');
  const range = offsetsToRange(body, start, end)!;
  act(() => {
    fireEvent.mouseDown(body, { button: 0 });
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    fireEvent.mouseUp(body);
  });
  return range.toString();
}

const marksOf = (id: string) => [...screen.getByTestId('reader-body').querySelectorAll(`mark[data-ids~="${id}"]`)];
const markedText = (id: string) => marksOf(id).map((m) => m.textContent).join('');

describe('annotating in the reader', () => {
  it('select then H: the highlight covers exactly the selected characters; S Enter adds the speaker, 1 a theme', async () => {
    const { user, test } = await openArticle();
    const { start, end } = span('السلام ممكن في 2025');
    // The emoji before the selection is two UTF-16 units but one code point.
    const shown = selectText(start, end);
    expect(shown).toBe('السلام ممكن في 2025');
    await screen.findByTestId('selection-toolbar');
    await user.keyboard('h');
    // Drawn at once, then replaced by the stored highlight, which opens in the inspector.
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(1));
    await screen.findByTestId('highlight-editor');
    const created = test.callsOf('highlights.create')[0] as { start: number; end: number };
    expect(created).toMatchObject({ start, end });
    const id = screen.getByTestId('quote-item').getAttribute('data-id')!;
    expect(markedText(id)).toBe(shown);
    // The new highlight opens in the inspector.
    expect(screen.getByTestId('editor-quote').textContent).toBe(shown);

    // S, then Enter on the first suggested speaker; then 1 applies the first theme.
    await user.keyboard('s');
    const pick = await screen.findByTestId('speaker-pick');
    expect(within(pick).getAllByRole('option')[0].textContent).toContain('أنطونيو غوتيريش');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('editor-speaker').textContent).toBe('أنطونيو غوتيريش'));
    await user.keyboard('1');
    await waitFor(() => expect(screen.getByTestId('editor-themes').textContent).toContain('Peace'));
    // One highlight, changed twice: no duplicates from the later keys.
    expect(test.callsOf('highlights.create')).toHaveLength(1);
    expect(test.callsOf('highlights.update')).toHaveLength(2);
    expect(marksOf(id)[0].getAttribute('style')).toContain('#7cc67c');
    // The undo button says what it will undo.
    await waitFor(() => expect(screen.getByTestId('undo-button').textContent).toContain('Undo: edit highlight'));
  });

  it('the speaker quick-pick finds a speaker by another spelling (Arabic-normalised) and creates a new one', async () => {
    const { user, test } = await openArticle();
    selectText(...(Object.values(span('الحوار هو الطريق الوحيد')) as [number, number]));
    await screen.findByTestId('selection-toolbar');
    await user.keyboard('s');
    const input = within(await screen.findByTestId('speaker-pick')).getByRole('combobox');
    // "غوتيرِس" with a kasra and the other spelling: matches the alias غوتيريس.
    await user.type(input, 'غوتيرِيس');
    const options = within(screen.getByTestId('speaker-pick')).getAllByRole('option');
    expect(options[0].textContent).toContain('أنطونيو غوتيريش');
    await user.clear(input);
    await user.type(input, 'متحدث جديد');
    // No speaker matches, so the first (active) entry offers to create one with that name.
    expect(within(screen.getByTestId('speaker-pick')).getAllByRole('option')[0].textContent).toBe('Create speaker «\u2068متحدث جديد\u2069»');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('editor-speaker').textContent).toBe('متحدث جديد'));
    expect(test.callsOf('tags.create')).toEqual([{ kind: 'speaker', name: 'متحدث جديد' }]);
  });

  it('overlapping highlights: a count badge, and a hover card listing both; clicking one selects it', async () => {
    const { user, test, stores } = await openArticle();
    const outer = span('الحوار هو الطريق الوحيد');
    const inner = span('هو الطريق');
    await act(() => stores.annotations.getState().create({ ...outer, themeIds: [test.tags.idOf('theme', 'الحوار')] }));
    await act(() => stores.annotations.getState().create({ ...inner, speakerId: test.tags.idOf('speaker', 'وزير الخارجية'), note: 'قالها مرتين في المؤتمر' }));
    const [a, b] = screen.getAllByTestId('quote-item').map((q) => q.getAttribute('data-id')!);
    expect(markedText(a)).toBe('الحوار هو الطريق الوحيد');
    expect(markedText(b)).toBe('هو الطريق');
    const both = marksOf(b)[0];
    expect(both.getAttribute('data-ids')).toBe(`${a} ${b}`);
    expect(both.getAttribute('data-count')).toBe('2');
    expect(both.hasAttribute('data-badge')).toBe(true);

    fireEvent.mouseOver(both);
    const card = await screen.findByTestId('hover-card');
    const entries = within(card).getAllByTestId('hover-card-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0].textContent).toContain('وزير الخارجية');
    expect(entries[0].textContent).toContain('قالها مرتين في المؤتمر');
    expect(entries[1].textContent).toContain('Dialogue');
    await user.click(entries[1]);
    expect(screen.getByTestId('editor-quote').textContent).toBe('الحوار هو الطريق الوحيد');
  });

  it('edits in the inspector: themes, note saved with a visible state, a refused note kept; delete, then undo and redo by keys', async () => {
    const { user, stores, test } = await openArticle();
    await act(() => stores.annotations.getState().create(span('المفاوضات ستستمر')));
    await user.click(screen.getByTestId('quote-item'));
    await user.click(screen.getByTestId('editor-add-theme'));
    await user.type(within(screen.getByTestId('theme-pick')).getByRole('combobox'), 'Negot');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('editor-themes').textContent).toContain('Negotiations'));
    await user.keyboard('{Escape}');

    const note = screen.getByTestId('note-input');
    await user.type(note, 'ملاحظة أولى');
    expect(screen.getByTestId('note-status').textContent).toBe('Not saved yet');
    await user.click(screen.getByTestId('editor-quote')); // blur saves
    await waitFor(() => expect(screen.getByTestId('note-status').textContent).toBe('Saved'));
    expect(stores.annotations.getState().highlights[0].note).toBe('ملاحظة أولى');

    // Over the contract's limit: the message shows and the text stays in the field.
    const long = 'ب'.repeat(50_001);
    fireEvent.change(note, { target: { value: long } });
    fireEvent.blur(note);
    expect((await screen.findByTestId('note-error')).textContent).toContain('at most 50,000 characters');
    expect((screen.getByTestId('note-input') as HTMLTextAreaElement).value).toBe(long);
    expect(stores.annotations.getState().highlights[0].note).toBe('ملاحظة أولى');
    fireEvent.change(note, { target: { value: 'ملاحظة أقصر' } });
    fireEvent.blur(note);
    await waitFor(() => expect(screen.getByTestId('note-status').textContent).toBe('Saved'));

    // Ctrl+Z inside the textarea is the text field's own undo, not the project's.
    const undos = test.callsOf('history.undo').length;
    note.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(test.callsOf('history.undo')).toHaveLength(undos);

    await user.click(screen.getByTestId('editor-delete'));
    await waitFor(() => expect(screen.queryByTestId('quote-item')).toBeNull());
    expect(screen.queryByTestId('highlight-editor')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('undo-button').textContent).toContain('Undo: delete highlight'));
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(1));
    expect(screen.getByTestId('redo-button').textContent).toContain('Redo: delete highlight');
    expect(stores.annotations.getState().highlights[0].note).toBe('ملاحظة أقصر');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(screen.queryByTestId('quote-item')).toBeNull());
    await user.keyboard('{Control>}y{/Control}'); // nothing left to redo: harmless
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(1));
  });

  it('a quote that no longer matches its place is drawn with a warning and explained, never moved', async () => {
    const at = span('الطريق الوحيد');
    const anchor = createAnchor(ARTICLE.text, at.start, at.end);
    // Stored 5 code points early, as a file whose article text was re-imported differently might hold it.
    const { user } = await openArticle((test) => test.highlights.seedRaw({ articleId: 'article-1', ...anchor, start: at.start - 5, end: at.end - 5 }));
    const item = await screen.findByTestId('quote-item');
    expect(item.className).toContain('warn');
    const id = item.getAttribute('data-id')!;
    // Drawn where it was stored (not moved), with the warning style.
    expect(marksOf(id).every((m) => m.classList.contains('hl-warn'))).toBe(true);
    expect(markedText(id)).toBe([...ARTICLE.text].slice(at.start - 5, at.end - 5).join(''));
    await user.click(item);
    const warning = screen.getByTestId('anchor-warning');
    expect(warning.textContent).toContain('no longer matches the text at its place');
    expect(warning.textContent).toContain(`${at.start}–${at.end}`);
  });

  it('a whitespace-only selection shows a hint and creates nothing', async () => {
    const { user, test } = await openArticle();
    const gap = cp(' إن السلام');
    selectText(gap, gap + 1);
    expect((await screen.findByTestId('selection-toolbar')).textContent).toContain('only spaces');
    await user.keyboard('h');
    expect(test.callsOf('highlights.create')).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('selection-toolbar')).toBeNull();
  });

  it('the codebook filter narrows the quotes list (a theme includes its sub-themes)', async () => {
    const { stores, test } = await openArticle();
    const dialogue = test.tags.idOf('theme', 'الحوار');
    const talks = test.tags.idOf('theme', 'المفاوضات');
    await act(() => stores.annotations.getState().create({ ...span('السلام ممكن'), themeIds: [test.tags.idOf('theme', 'السلام')] }));
    await act(() => stores.annotations.getState().create({ ...span('المفاوضات ستستمر'), themeIds: [talks] }));
    expect(screen.getAllByTestId('quote-item')).toHaveLength(2);
    act(() => stores.codebook.getState().setFilter({ themeId: dialogue }));
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(1));
    expect(screen.getByTestId('quote-item').textContent).toContain('المفاوضات ستستمر');
    expect(screen.getByTestId('quotes-list').textContent).toContain('Filtered by the codebook: 1 of 2');
  });

  it('a refused create takes back the highlight drawn in advance and shows the contract message', async () => {
    const { stores } = await openArticle();
    const attempt = stores.annotations.getState().create({ start: 5, end: 99_999 }, { exact: 'كلمات' });
    // Drawn at once, before the answer…
    expect(stores.annotations.getState().highlights).toHaveLength(1);
    await act(() => attempt.catch(() => undefined));
    // …and gone again, with the reason in the reader.
    expect(stores.annotations.getState().highlights).toHaveLength(0);
    expect(screen.queryByTestId('quote-item')).toBeNull();
    expect((await screen.findByTestId('reader-problem')).textContent).toContain('is not inside the article');
  });
});
