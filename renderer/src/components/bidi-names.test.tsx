/**
 * File names, paths, names and shortcuts inside the UI's sentences are isolated from them
 * (bidi), in Arabic and in English: in markup by <bdi> (dir="ltr" for files and paths), in plain
 * text (titles, placeholders, <option>s, translated sentences) by FSI/LRI … PDI.
 */
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { CollectionPreview, ImportJob } from '../../../shared/contract/index';
import { renderApp } from '../test/render-app';
import type { ArticleInput } from '../test/test-bridge';
import type { Language } from '../i18n/index';
import { isolatePath } from '../i18n/isolate';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

// Written for these tests (no corpus text): an Arabic project name with a Latin extension, in
// a folder mixing Arabic and Latin; an article file name mixing both.
const PROJECT = '/home/سارة/Daftar مشاريع/أرشيف.sqlite';
const ARTICLE: ArticleInput = {
  title: 'اتفاق على تقاسم مياه النهر',
  text: 'اتفاق على تقاسم مياه النهر\nقال المتحدث إن الاتفاق يشمل ثلاث مراحل.',
  source: 'BBC عربي',
  file: '/data/تقارير Reuters/بيان-UN عن المياه.txt',
};

function openProject(language: Language) {
  return renderApp({ projects: { [PROJECT]: [ARTICLE] }, openProject: PROJECT, language });
}

describe.each(['ar', 'en'] as const)('bidi isolation of names and paths (%s)', (language) => {
  it('the top bar shows the project file name left to right in a <bdi>, its path isolated in the tooltip', async () => {
    openProject(language);
    const name = await screen.findByTestId('project-name');
    const bdi = name.querySelector('bdi');
    expect(bdi?.getAttribute('dir')).toBe('ltr');
    expect(bdi?.textContent).toBe('أرشيف.sqlite');
    expect(name.getAttribute('title')).toBe(isolatePath(PROJECT));
  });

  it('the search box keeps the UI direction while empty and isolates its shortcut in the placeholder', async () => {
    const { user } = openProject(language);
    const box = await screen.findByTestId('top-search-input');
    expect(box.getAttribute('placeholder')).toContain(`(${LRI}Ctrl+K${PDI})`);
    // dir="auto" on an empty field is left to right in Chromium: no dir, so the UI's applies.
    expect(box.hasAttribute('dir')).toBe(false);
    await user.type(box, 'مياه');
    expect(box.getAttribute('dir')).toBe('auto');
  });

  it('the library row and the inspector show the article file left to right, isolated', async () => {
    const { user } = openProject(language);
    const [row] = await screen.findAllByTestId('library-row');
    const file = [...row.querySelectorAll('bdi')].find((b) => b.textContent === ARTICLE.file);
    expect(file?.getAttribute('dir')).toBe('ltr');
    // Each part of the path on its own, so the Arabic folder and file name keep their order.
    expect([...file!.querySelectorAll('bdi')].map((b) => [b.textContent, b.getAttribute('dir')])).toEqual([
      ['data', 'ltr'],
      ['تقارير Reuters', 'ltr'],
      ['بيان-UN عن المياه.txt', 'ltr'],
    ]);
    await user.click(row);
    await waitFor(() => expect(screen.getByTestId('inspector').textContent).toContain(ARTICLE.file!));
    const shown = [...screen.getByTestId('inspector').querySelectorAll('bdi')].find((b) => b.textContent === ARTICLE.file);
    expect(shown?.getAttribute('dir')).toBe('ltr');
    expect(shown?.querySelectorAll('bdi[dir="ltr"]')).toHaveLength(3);
  });

  it('the library filters isolate each source in its <option> text', async () => {
    const { user } = openProject(language);
    await screen.findAllByTestId('library-row');
    await user.click(within(screen.getByTestId('library-filters')).getByText(language === 'ar' ? 'تصفية' : 'Filter'));
    const source = screen.getByTestId('library-filter-source');
    await waitFor(() => expect(within(source).getAllByRole('option')).toHaveLength(2));
    expect(within(source).getAllByRole('option')[1].textContent).toBe(`${FSI}BBC عربي${PDI} (1)`);
  });

  it('the import progress names the collection left to right inside its sentence, and the current file in its tooltip', async () => {
    const { stores } = openProject(language);
    await screen.findAllByTestId('library-row');
    const job: ImportJob = {
      id: 'job-1',
      state: 'running',
      report: null,
      error: null,
      progress: {
        done: 0,
        total: 2,
        imported: 0,
        duplicates: 0,
        failed: 0,
        currentFile: '/data/تصدير scraper.csv',
        rate: 0,
        etaSeconds: null,
        collection: { file: '/data/تصدير scraper.csv', rows: 120, bytesDone: 50, bytesTotal: 100, rate: 40 },
      },
    };
    act(() => stores.importer.setState({ dialogOpen: true, job }));
    const rows = await screen.findByTestId('import-rows');
    expect(rows.textContent?.startsWith(`${LRI}تصدير scraper.csv${PDI}: 120`)).toBe(true);
    // The sentence keeps the UI's direction: no dir="auto" (or <bdi>) around it to be turned by the name.
    expect(rows.closest('[dir="auto"], bdi')).toBeNull();
    const current = screen.getByTestId('import-progress').querySelector('.current-file')!;
    expect(current.getAttribute('title')).toBe(`${LRI}/${LRI}data${PDI}/${LRI}تصدير scraper.csv${PDI}${PDI}`);
    expect(current.querySelector('bdi')?.getAttribute('dir')).toBe('ltr');
    expect([...current.querySelectorAll('bdi bdi')].map((b) => b.textContent)).toEqual(['data', 'تصدير scraper.csv']);
  });

  it('the column-mapping dialog names the file left to right in its title', async () => {
    const { stores } = openProject(language);
    await screen.findAllByTestId('library-row');
    const preview: CollectionPreview = {
      file: '/data/تصدير scraper.csv',
      format: 'csv',
      columns: ['kop', 'matn'],
      rows: [['عنوان', 'نص']],
      detected: {},
      problem: null,
    };
    act(() => stores.importer.setState({ dialogOpen: true, mapping: preview }));
    const dialog = await screen.findByTestId('mapping-dialog');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toContain(`${LRI}تصدير scraper.csv${PDI}`);
  });
});

describe('the recent projects on the start screen', () => {
  it('show each project file name and path left to right', async () => {
    renderApp({
      language: 'ar',
      recent: [{ path: PROJECT, name: 'أرشيف.sqlite', openedAt: '2025-02-01T10:00:00Z', exists: true }],
      projects: { [PROJECT]: [] },
    });
    const [item] = await screen.findAllByTestId('recent-project');
    expect(item.querySelector('.recent-name bdi')?.getAttribute('dir')).toBe('ltr');
    expect(item.querySelector('.recent-name bdi')?.textContent).toBe('أرشيف.sqlite');
    expect(item.querySelector('.recent-path bdi')?.getAttribute('dir')).toBe('ltr');
    expect(item.querySelector('.recent-path')?.textContent).toBe(PROJECT);
    expect([...item.querySelectorAll('.recent-path bdi bdi')].map((b) => b.textContent)).toEqual(['home', 'سارة', 'Daftar مشاريع', 'أرشيف.sqlite']);
  });
});
