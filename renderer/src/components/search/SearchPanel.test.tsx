import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import type { ArticleInput } from '../../test/test-bridge';

// Written for these tests, without diacritics (the test double matches exact substrings).
const ARTICLES: ArticleInput[] = [
  {
    title: 'مجلس الامن يناقش الارهاب',
    text: 'مجلس الامن يناقش الارهاب\nعقد مجلس الامن جلسة مفتوحة عن الارهاب والتعاون الدولي.',
    source: 'وكالة الانباء',
    published: '2018-03-05',
  },
  { title: 'مؤتمر الحدود', text: 'مؤتمر الحدود\nناقش المؤتمر امن الحدود.', source: 'Wire', published: '2019-06-01' },
];
const PROJECT = '/home/analyst/بحث.sqlite';

async function openSearchTab(language: 'en' | 'ar' = 'en') {
  const app = renderApp({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT, language });
  await app.user.click(await screen.findByTestId('tab-search'));
  return app;
}

describe('search panel', () => {
  it('shows the syntax table before any query', async () => {
    await openSearchTab();
    const empty = screen.getByTestId('search-empty-query');
    expect(within(empty).getByTestId('search-syntax').textContent).toContain('"مجلس الأمن"');
    expect(empty.textContent).toContain('every word must occur');
  });

  it('lists results with the matched words marked, the total and hit counts; opening one shows it', async () => {
    const { user, test } = await openSearchTab();
    await user.type(screen.getByTestId('search-input'), 'الارهاب{Enter}');
    const results = await screen.findAllByTestId('search-result');
    expect(results).toHaveLength(1);
    expect(screen.getByTestId('search-total').textContent).toBe('Articles: 1');
    const snippet = within(results[0]).getByTestId('search-snippet');
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['الارهاب']);
    expect(snippet.textContent).toContain('يناقش الارهاب');
    expect(within(results[0]).getByTestId('search-result-hits').textContent).toBe('Hits: 2');
    expect(results[0].querySelector('[dir="auto"]')!.textContent).toBe(ARTICLES[0].title);

    await user.click(within(results[0]).getByRole('button'));
    const reader = screen.getByTestId('reader');
    await waitFor(() => expect(within(reader).getAllByTestId('reader-paragraph')[0].textContent).toContain('عقد مجلس الامن'));
    expect(test.callsOf('search.hitsInArticle')).toContainEqual({ articleId: expect.any(String), query: 'الارهاب' });
    // The top bar says where we are among the hits; next wraps around.
    const position = await screen.findByTestId('hit-position');
    expect(position.textContent).toBe('Hit 1 of 2');
    await user.click(screen.getByTestId('hit-next'));
    expect(position.textContent).toBe('Hit 2 of 2');
    await user.keyboard('{F3}');
    expect(position.textContent).toBe('Hit 1 of 2');
    await user.keyboard('{Shift>}{F3}{/Shift}');
    expect(position.textContent).toBe('Hit 2 of 2');
    // The reader's DOM is not touched: no search marks in it.
    expect(reader.querySelectorAll('mark:not([data-ids])')).toHaveLength(0);
  });

  it('shows the engine’s explanation, and a no-results state with the help', async () => {
    const { user } = await openSearchTab();
    await user.type(screen.getByTestId('search-input'), '"مجلس الامن{Enter}');
    expect((await screen.findByTestId('search-explanation')).textContent).toMatch(/closing quote/);
    await user.clear(screen.getByTestId('search-input'));
    await user.type(screen.getByTestId('search-input'), 'غير_موجود{Enter}');
    const none = await screen.findByTestId('search-no-results');
    expect(none.textContent).toContain('No article matches this search.');
    expect(within(none).getByTestId('search-help')).toBeTruthy();
    expect(screen.queryByTestId('search-explanation')).toBeNull();
  });

  it('filters by source from the facets', async () => {
    const { user, test } = await openSearchTab();
    const source = screen.getByTestId('search-source');
    await waitFor(() => expect(within(source).getAllByRole('option')).toHaveLength(3));
    await user.type(screen.getByTestId('search-input'), 'الحدود{Enter}');
    expect(await screen.findAllByTestId('search-result')).toHaveLength(1);
    await user.selectOptions(source, 'وكالة الانباء');
    await screen.findByTestId('search-no-results');
    expect(test.callsOf('search.query').at(-1)).toMatchObject({ query: 'الحدود', filters: { source: 'وكالة الانباء' } });
    // A half-typed date is not sent; a whole one is.
    await user.type(screen.getByTestId('search-date-from'), '201');
    expect(test.callsOf('search.query').at(-1)).not.toHaveProperty('filters.dateFrom');
    await user.type(screen.getByTestId('search-date-from'), '8');
    await waitFor(() => expect(test.callsOf('search.query').at(-1)).toMatchObject({ filters: { dateFrom: '2018' } }));
  });

  it('the top bar box: Ctrl+K focuses it, Enter opens the Search tab, Arabic UI', async () => {
    const { user } = renderApp({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT, language: 'ar' });
    const box = await screen.findByTestId('top-search-input');
    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(box);
    await user.type(box, 'الحدود{Enter}');
    await waitFor(() => expect(screen.getByTestId('tab-search').getAttribute('aria-selected')).toBe('true'));
    expect(await screen.findAllByTestId('search-result')).toHaveLength(1);
    expect(screen.getByTestId('search-total').textContent).toBe('المقالات: 1');
    // Escape clears the box, the results and the marks.
    await user.type(box, '{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(await screen.findByTestId('search-empty-query')).toBeTruthy();
  });

  it('the tabs: arrows move in reading order, End reaches Search', async () => {
    const { user } = renderApp({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT });
    await user.click(await screen.findByTestId('tab-library'));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('tab-codebook').getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(screen.getByTestId('tab-search').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('tab-search'));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('tab-library').getAttribute('aria-selected')).toBe('true');
  });
});
