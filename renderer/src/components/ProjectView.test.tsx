import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import type { ArticleInput } from '../test/test-bridge';

// Written for these tests (no corpus text): an Arabic article whose first line is its title,
// with an English sentence and a Latin name inside, and a second, English article.
const ARABIC: ArticleInput = {
  title: 'اجتماع دوشنبه لمكافحة الإرهاب',
  text: [
    'اجتماع دوشنبه لمكافحة الإرهاب',
    'عقد وزراء الخارجية اجتماعًا في دوشنبه لبحث التعاون الإقليمي.',
    'وقال المتحدث باسم Vladimir Voronkov إن «التعاون ضروري».',
    'The meeting ended with a joint statement.',
  ].join('\n'),
  source: 'وكالة الأنباء',
  published: '2024-06-12',
  file: '/data/news/dushanbe.txt',
};
const ENGLISH: ArticleInput = {
  title: 'Border talks resume',
  text: 'Talks on the border resumed on Monday.\nBoth delegations met in Geneva.',
  source: 'Wire',
  published: '2024-07-01',
  file: '/data/news/border.txt',
};

const PROJECT = '/home/analyst/مشروع.sqlite';

function openWith(articles: ArticleInput[]) {
  return renderApp({ projects: { [PROJECT]: articles }, openProject: PROJECT });
}

describe('library and reader', () => {
  it('lists the articles and shows the selected one with dir="auto" paragraphs, title not repeated', async () => {
    const { user } = openWith([ARABIC, ENGLISH]);
    const list = await screen.findByRole('listbox', { name: 'Library' });
    const rows = await within(list).findAllByRole('option');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain(ARABIC.title);
    expect(rows[0].textContent).toContain('وكالة الأنباء');
    expect(rows[0].textContent).toContain('/data/news/dushanbe.txt');
    expect(rows[0].querySelector('.row-title')?.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('article-count').textContent).toBe('Articles: 2');
    expect(screen.getByTestId('reader').textContent).toContain('Choose an article from the library');

    await user.click(rows[0]);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 2 }).textContent).toBe(ARABIC.title);
    const paragraphs = within(article).getAllByTestId('reader-paragraph');
    // Four lines, the first equal to the title: three paragraphs under the heading.
    expect(paragraphs.map((p) => p.textContent)).toEqual(ARABIC.text.split('\n').slice(1));
    for (const p of paragraphs) {
      expect(p.tagName).toBe('P');
      expect(p.getAttribute('dir')).toBe('auto');
      expect(p.hasAttribute('lang')).toBe(false);
    }
    expect(rows[0].getAttribute('aria-selected')).toBe('true');
    expect(rows[1].getAttribute('aria-selected')).toBe('false');

    // The inspector shows the same article's metadata.
    const inspector = screen.getByTestId('inspector');
    expect(inspector.textContent).toContain('/data/news/dushanbe.txt');
    expect(inspector.textContent).toContain('utf-8');
    expect(inspector.textContent).toContain('2024-06-12');
    expect(inspector.textContent).toContain('Quotes in this article: 0');
  });

  it('shows the first paragraph when it is not the title', async () => {
    const { user } = openWith([{ ...ENGLISH, title: 'A headline given by the scraper' }]);
    await user.click((await screen.findAllByTestId('library-row'))[0]);
    await waitFor(() => expect(screen.getAllByTestId('reader-paragraph')).toHaveLength(2));
    expect(screen.getAllByTestId('reader-paragraph')[0].textContent).toBe('Talks on the border resumed on Monday.');
  });

  it('dims paragraphs the importer folded, keeping their text, and says why on hover', async () => {
    const repeated = 'عقد وزراء الخارجية اجتماعًا في دوشنبه لبحث التعاون الإقليمي.';
    const { user } = openWith([
      {
        ...ARABIC,
        text: `${ARABIC.text}\n${repeated}\nShare · Print · اقرأ المزيد`,
        folded: [
          { start: 4, end: 5, reason: 'repeated' },
          { start: 5, end: 6, reason: 'boilerplate' },
        ],
      },
    ]);
    await user.click((await screen.findAllByTestId('library-row'))[0]);
    await waitFor(() => expect(screen.getAllByTestId('reader-paragraph')).toHaveLength(5));
    const ps = screen.getAllByTestId('reader-paragraph');
    expect(ps.map((p) => p.getAttribute('data-folded'))).toEqual([null, null, null, 'repeated', 'boilerplate']);
    expect(ps[3].textContent).toBe(repeated);
    expect(ps[3].className).toContain('folded');
    expect(ps[3].getAttribute('title')).toMatch(/repeated|مكرّرة/i);
  });

  it('moves the selection with the arrow keys', async () => {
    const { user } = openWith([ARABIC, ENGLISH]);
    const list = await screen.findByTestId('library-list');
    await within(list).findAllByRole('option');
    list.focus();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('heading', { level: 2, name: ARABIC.title })).toBeTruthy();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('heading', { level: 2, name: ENGLISH.title })).toBeTruthy();
    const selected = within(list).getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected.map((o) => o.textContent)).toEqual([expect.stringContaining(ENGLISH.title)]);
    expect(list.getAttribute('aria-activedescendant')).toBe(selected[0].id);
    await user.keyboard('{ArrowDown}'); // already the last row: stays
    await user.keyboard('{ArrowUp}');
    expect(await screen.findByRole('heading', { level: 2, name: ARABIC.title })).toBeTruthy();
  });

  it('asks the application for the chosen sort', async () => {
    const { user, test } = openWith([ENGLISH, ARABIC]);
    await screen.findAllByTestId('library-row');
    await user.selectOptions(screen.getByTestId('library-sort'), 'title');
    await waitFor(() => expect(test.callsOf('articles.list').at(-1)).toMatchObject({ sort: 'title', offset: 0 }));
    await waitFor(() => expect(screen.getAllByTestId('library-row')[0].textContent).toContain(ENGLISH.title));
  });

  it('renders only a window of rows for 30,000 articles and loads pages as it scrolls', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ title: `مقال رقم ${i + 1}`, text: `نص المقال ${i + 1}` }));
    const { test } = openWith(many);
    const list = await screen.findByTestId('library-list');
    const rows = await within(list).findAllByRole('option');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].getAttribute('aria-setsize')).toBe('30000');
    expect(screen.getByTestId('article-count').textContent).toBe('Articles: 30,000');
    // Only the first page was asked for, not the whole list.
    expect(test.callsOf('articles.list').every((r) => (r as { limit: number }).limit <= 200)).toBe(true);

    list.scrollTop = 60 * 20_000;
    fireEvent.scroll(list);
    await waitFor(() => expect(within(list).getAllByRole('option').some((o) => o.textContent?.includes('مقال رقم 20001'))).toBe(true));
    expect(within(list).getAllByRole('option').length).toBeLessThan(60);
    expect(test.callsOf('articles.list')).toContainEqual(expect.objectContaining({ offset: 20_000 }));
  });
});
