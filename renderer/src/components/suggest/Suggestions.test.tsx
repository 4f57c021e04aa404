import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import type { ArticleInput } from '../../test/test-bridge';
import type { SuggestionSeed } from '../../test/test-bridge-suggest';

// Written for these tests (no corpus text).
const ARTICLE: ArticleInput = {
  title: 'اجتماع لجنة المياه',
  text: [
    'اجتماع لجنة المياه',
    'قال وزير المياه سامر الخطيب إن السدود امتلأت هذا الشتاء بعد أمطار غزيرة.',
    'وأضاف الخطيب أن الخطة الجديدة ستبدأ في الربيع المقبل.',
    'وقالت الباحثة هدى العلي إن الاستهلاك يرتفع كل عام في المدن الكبرى.',
    'وأكد الخطيب أن الوزارة ستنشر تقريرا مفصلا.',
  ].join('\n'),
};
const SEEDS: SuggestionSeed[] = [
  { text: 'السدود امتلأت هذا الشتاء', speaker: 'سامر الخطيب', role: 'وزير المياه', cue: 'قال' },
  { text: 'الخطة الجديدة ستبدأ في الربيع المقبل', speaker: 'سامر الخطيب', cue: 'وأضاف' },
  { text: 'الاستهلاك يرتفع كل عام في المدن الكبرى', speaker: 'هدى العلي', role: 'الباحثة', cue: 'وقالت' },
  { text: 'الوزارة ستنشر تقريرا مفصلا', speaker: 'سامر الخطيب', cue: 'وأكد' },
];
const PROJECT = '/home/analyst/مياه.sqlite';
const cp = (needle: string) => [...ARTICLE.text.slice(0, ARTICLE.text.indexOf(needle))].length;
const span = (needle: string) => ({ start: cp(needle), end: cp(needle) + [...needle].length });

async function openInSuggestions() {
  const app = renderApp({
    projects: { [PROJECT]: [ARTICLE] },
    openProject: PROJECT,
    tags: [{ kind: 'speaker', name: 'هدى العلي' }, { kind: 'speaker', name: 'ليلى حداد' }],
    suggestions: { [ARTICLE.title]: SEEDS },
  });
  const rows = await within(await screen.findByRole('listbox', { name: 'Library' })).findAllByRole('option');
  await app.user.click(rows[0]);
  await screen.findByTestId('reader-body');
  await app.user.keyboard('g');
  await waitFor(() => expect(screen.getAllByTestId('suggestion-item')).toHaveLength(4));
  return app;
}

const items = () => screen.getAllByTestId('suggestion-item');
const focused = () => items().find((i) => i.getAttribute('aria-current') === 'true')!;
const outlined = (key: string) =>
  [...screen.getByTestId('reader-body').querySelectorAll(`[data-sg~="${key}"]`)].map((e) => e.textContent).join('');
const keyOf = (needle: string) => `${span(needle).start}:${span(needle).end}`;

describe('the suggestions mode', () => {
  it('G shows the statements outlined in the article and listed in reading order with their speakers', async () => {
    const { user, stores } = await openInSuggestions();
    expect(screen.getByTestId('suggest-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(items().map((i) => within(i).getByTestId('suggestion-speaker').textContent)).toEqual(['سامر الخطيب', 'سامر الخطيب', 'هدى العلي', 'سامر الخطيب']);
    expect(items().map((i) => within(i).getByTestId('suggestion-match').textContent)).toEqual([
      'new speaker',
      'new speaker',
      'speaker in the project',
      'new speaker',
    ]);
    expect(items()[0].textContent).toContain('وزير المياه');
    // Outlined in the article, text unchanged; the first is focused and labelled with its speaker.
    expect(outlined(keyOf('السدود امتلأت هذا الشتاء'))).toBe('السدود امتلأت هذا الشتاء');
    const first = screen.getByTestId('reader-body').querySelector(`[data-sg~="${keyOf('السدود امتلأت هذا الشتاء')}"]`)!;
    expect(first.className).toContain('sg-focus');
    expect(first.getAttribute('data-speaker')).toBe('سامر الخطيب');
    expect(screen.getByTestId('reader-body').textContent).toBe(ARTICLE.text.split('\n').slice(1).join(''));
    await user.keyboard('g');
    await waitFor(() => expect(screen.queryByTestId('suggestions-panel')).toBeNull());
    expect(screen.getByTestId('reader-body').querySelector('[data-sg]')).toBeNull();
    expect(stores.suggestions.getState().active).toBe(false);
  });

  it('an analyst highlight inside a suggestion stays drawn; the suggestion is marked as overlapping', async () => {
    const app = await openInSuggestions();
    // Less than half of the statement: it still needs review.
    await act(() => app.stores.annotations.getState().create(span('يرتفع كل')));
    await waitFor(() => expect(items()[2].getAttribute('data-status')).toBe('overlaps'));
    expect(items()[2].textContent).toContain('overlaps your highlight');
    const mark = screen.getByTestId('reader-body').querySelector('mark[data-ids]')!;
    expect(mark.textContent).toBe('يرتفع كل');
    expect(mark.closest('[data-sg]')?.getAttribute('data-sg')).toBe(keyOf('الاستهلاك يرتفع كل عام في المدن الكبرى'));
    // Most of the statement, marked by hand: it is quoted already and leaves the list.
    await act(() => app.stores.annotations.getState().create(span('الاستهلاك يرتفع كل عام في المدن')));
    await waitFor(() => expect(items()).toHaveLength(3));
  });

  it('J and K move; A accepts with a new speaker, the quote appears and the list moves on; Ctrl+Z brings it back', async () => {
    const { user, test } = await openInSuggestions();
    await user.keyboard('j');
    expect(focused().getAttribute('data-key')).toBe(keyOf('الخطة الجديدة ستبدأ في الربيع المقبل'));
    await user.keyboard('k');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(focused().getAttribute('data-key')).toBe(keyOf('الخطة الجديدة ستبدأ في الربيع المقبل'));
    await user.keyboard('a');
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(1));
    expect(test.callsOf('suggest.accept')).toEqual([
      { articleId: 'article-1', ...span('الخطة الجديدة ستبدأ في الربيع المقبل'), newSpeaker: { name: 'سامر الخطيب', role: null, organisation: null } },
    ]);
    expect(screen.getByTestId('quote-item').textContent).toContain('سامر الخطيب');
    await waitFor(() => expect(items()).toHaveLength(3));
    // The focus moved on to the next statement; the others now know the new speaker.
    expect(focused().getAttribute('data-key')).toBe(keyOf('الاستهلاك يرتفع كل عام في المدن الكبرى'));
    await waitFor(() => expect(within(items()[0]).getByTestId('suggestion-match').textContent).toBe('speaker in the project'));
    expect(screen.getByTestId('suggestions-counts').textContent).toContain('1 highlighted');

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(items()).toHaveLength(4));
    expect(screen.queryAllByTestId('quote-item')).toHaveLength(0);
  });

  it('E edits: Shift+← runs the end on by a word in Arabic, S picks another speaker, Enter accepts the edited statement', async () => {
    const { user, test } = await openInSuggestions();
    await user.keyboard('e');
    await screen.findByTestId('suggestion-editor');
    // In right-to-left text ← points the way the words run: one word more at the end.
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(within(focused()).getByTestId('suggestion-text').textContent).toBe('السدود امتلأت هذا الشتاء بعد');
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowRight}{/Shift}');
    expect(within(focused()).getByTestId('suggestion-text').textContent).toBe('السدود امتلأت هذا الشتاء بعد أمطار');
    // Ctrl+Shift+← moves the start: one word later.
    await user.keyboard('{Control>}{Shift>}{ArrowLeft}{/Shift}{/Control}');
    expect(within(focused()).getByTestId('suggestion-text').textContent).toBe('امتلأت هذا الشتاء بعد أمطار');
    // The buttons do the same, by meaning rather than by direction.
    await user.click(screen.getByTestId('suggestion-start-earlier'));
    expect(outlined(keyOf('السدود امتلأت هذا الشتاء'))).toBe('السدود امتلأت هذا الشتاء بعد أمطار');
    await user.keyboard('s');
    const input = within(await screen.findByTestId('speaker-pick')).getByRole('combobox');
    await user.type(input, 'ليلى');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(focused()).getByTestId('suggestion-speaker').textContent).toBe('ليلى حداد'));
    await user.click(document.body);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(1));
    expect(test.callsOf('suggest.accept')).toEqual([{ articleId: 'article-1', ...span('السدود امتلأت هذا الشتاء بعد أمطار'), speakerId: test.tags.idOf('speaker', 'ليلى حداد') }]);
    // Accepted with another span, the suggestion still counts as done.
    await waitFor(() => expect(items()).toHaveLength(3));
  });

  it('R rejects and the statement leaves for good; "show rejected" lists it with Restore (U)', async () => {
    const { user, test } = await openInSuggestions();
    await user.keyboard('jj');
    await user.keyboard('r');
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(test.callsOf('suggest.reject')).toEqual([
      { articleId: 'article-1', ...span('الاستهلاك يرتفع كل عام في المدن الكبرى'), speaker: 'هدى العلي', cue: 'وقالت' },
    ]);
    expect(outlined(keyOf('الاستهلاك يرتفع كل عام في المدن الكبرى'))).toBe('');
    expect(focused().getAttribute('data-key')).toBe(keyOf('الوزارة ستنشر تقريرا مفصلا'));
    await user.keyboard('{Delete}');
    await waitFor(() => expect(items()).toHaveLength(2));

    await user.click(screen.getByTestId('suggestions-show-rejected'));
    await waitFor(() => expect(items()).toHaveLength(4));
    expect(items().map((i) => i.getAttribute('data-status'))).toEqual(['pending', 'pending', 'rejected', 'rejected']);
    await user.click(within(items()[2]).getByTestId('suggestion-focus'));
    await user.click(screen.getByTestId('suggestion-restore'));
    await waitFor(() => expect(items()[2].getAttribute('data-status')).toBe('pending'));
    expect(test.callsOf('suggest.unreject')).toHaveLength(1);
  });

  it('Shift+A accepts every statement of the focused speaker at once', async () => {
    const { user, test } = await openInSuggestions();
    expect(within(focused()).getByTestId('suggestion-accept-all').textContent).toContain('Accept all 3 from \u2068سامر الخطيب\u2069');
    await user.keyboard('{Shift>}a{/Shift}');
    await waitFor(() => expect(screen.getAllByTestId('quote-item')).toHaveLength(3));
    expect(test.callsOf('suggest.acceptAll')).toHaveLength(1);
    expect(screen.getByTestId('suggestions-status').textContent).toBe('3 statements of سامر الخطيب accepted.');
    expect(items()).toHaveLength(1);
    expect(focused().getAttribute('data-key')).toBe(keyOf('الاستهلاك يرتفع كل عام في المدن الكبرى'));
  });

  it('in Arabic: the toggle, the list and the actions speak Arabic', async () => {
    const app = renderApp({ projects: { [PROJECT]: [ARTICLE] }, openProject: PROJECT, suggestions: { [ARTICLE.title]: SEEDS }, language: 'ar' });
    const rows = await within(await screen.findByRole('listbox', { name: 'المكتبة' })).findAllByRole('option');
    await app.user.click(rows[0]);
    await app.user.click(await screen.findByTestId('suggest-toggle'));
    await waitFor(() => expect(items()).toHaveLength(4));
    expect(screen.getByTestId('suggestions-panel').textContent).toContain('الاقتراحات');
    expect(screen.getByTestId('suggestion-accept').textContent).toContain('قبول');
    expect(within(items()[0]).getByTestId('suggestion-match').textContent).toBe('متحدث جديد');
  });
});
