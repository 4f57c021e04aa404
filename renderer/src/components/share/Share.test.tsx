/** Export / Share in the top bar: export with filters and overwrite, save a copy, merge with its report and undo, upgrade a copy. */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MergeReport } from '../../../../shared/contract/index';
import { renderApp } from '../../test/render-app';
import type { ArticleInput } from '../../test/test-bridge';
import type { TagSeed } from '../../test/test-bridge-tags';

// Written for these tests (no corpus text).
const PROJECT = '/home/analyst/بحث.sqlite';
const ARTICLES: ArticleInput[] = [{ title: 'جلسة مجلس الأمن', text: 'جلسة مجلس الأمن\nقال الأمين العام إن الوضع خطير.' }];
const TAGS: TagSeed[] = [
  { kind: 'speaker', name: 'أنطونيو غوتيريش', articles: ['جلسة مجلس الأمن'] },
  { kind: 'theme', name: 'أمن', articles: ['جلسة مجلس الأمن'] },
];
const REPORT: MergeReport = {
  other: '',
  snapshot: `${PROJECT}.before-merge-2026-03-01T09-00-00-000Z.sqlite`,
  articles: { added: 1, matched: 1 },
  tags: { added: 2, matched: 3 },
  highlights: { added: 4, matched: 1, skipped: [{ id: 'h9', articleId: 'a1', quote: 'نص لم يعد موجوداً', reason: "the quoted text is not in this project's copy of the article" }] },
  notes: {
    added: 2,
    conflicts: [{ kind: 'note', highlightId: 'h1', articleId: null, quote: 'الوضع خطير', ours: 'ملاحظتنا', theirs: 'ملاحظتهم', theirAuthor: 'كريم', resolution: 'ملاحظتنا\n— كريم: ملاحظتهم' }],
  },
};

function setup(options: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({ projects: { [PROJECT]: ARTICLES }, openProject: PROJECT, tags: TAGS, ...options });
}

async function openFromMenu(app: ReturnType<typeof setup>, item: 'export' | 'copy' | 'merge') {
  await app.user.click(await screen.findByTestId('share-button'));
  await app.user.click(screen.getByTestId(`share-menu-${item}`));
  return screen.getByTestId(`share-dialog-${item}`);
}

describe('Export / Share menu', () => {
  it('is a menu button reachable by keyboard: ArrowDown opens it, arrows move, Escape closes it', async () => {
    const app = setup();
    const button = await screen.findByTestId('share-button');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    button.focus();
    await app.user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu');
    expect(document.activeElement).toBe(within(menu).getByTestId('share-menu-export'));
    await app.user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByTestId('share-menu-merge'));
    await app.user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByTestId('share-menu-export'));
    await app.user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await app.user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(screen.getByRole('dialog', { name: "Merge a colleague's project" })).toBeTruthy();
  });
});

describe('export dialog', () => {
  it('shows the row count before writing, exports, asks before replacing, and names the file and rows', async () => {
    const app = setup({ share: { existing: ['/home/analyst/بحث quotes.xlsx'], rows: (f) => (f.speaker ? 1 : 3) } });
    const dialog = await openFromMenu(app, 'export');
    await waitFor(() => expect(within(dialog).getByTestId('export-count').textContent).toBe('Quotes to be written: 3'));
    const path = within(dialog).getByTestId('export-path') as HTMLInputElement;
    expect(path.value).toBe('/home/analyst/بحث quotes.csv');
    await app.user.click(within(dialog).getByTestId('export-format-xlsx'));
    expect(path.value).toBe('/home/analyst/بحث quotes.xlsx');
    // Only these quotes: a speaker from the codebook.
    await app.user.click(within(dialog).getByTestId('export-scope-custom'));
    await app.user.selectOptions(within(dialog).getByTestId('export-speaker'), 'أنطونيو غوتيريش');
    await waitFor(() => expect(within(dialog).getByTestId('export-count').textContent).toBe('Quotes to be written: 1'));
    await app.user.selectOptions(within(dialog).getByTestId('export-header'), 'machine');
    await app.user.selectOptions(within(dialog).getByTestId('export-lang'), 'ar');
    await app.user.click(within(dialog).getByTestId('export-submit'));
    // The file is there: nothing written until the analyst says Replace.
    const question = await within(dialog).findByTestId('share-replace');
    expect(question.textContent).toContain('/home/analyst/بحث quotes.xlsx');
    expect(app.test.share.written).toEqual([]);
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    await app.user.click(within(question).getByTestId('share-replace-confirm'));
    const result = await within(dialog).findByTestId('export-result');
    expect(result.textContent).toContain('Written. Quotes: 1');
    expect(result.textContent).toContain('/home/analyst/بحث quotes.xlsx');
    expect(app.test.callsOf('export.start')).toEqual([
      { format: 'xlsx', path: '/home/analyst/بحث quotes.xlsx', filters: { speaker: 'أنطونيو غوتيريش' }, lang: 'ar', header: 'machine' },
      { format: 'xlsx', path: '/home/analyst/بحث quotes.xlsx', filters: { speaker: 'أنطونيو غوتيريش' }, lang: 'ar', header: 'machine', overwrite: true },
    ].map(({ overwrite, ...r }) => ({ ...r, overwrite: overwrite ?? false })));
    await app.user.click(within(result).getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('share-dialog-export')).toBeNull();
  });

  it('uses the codebook filter when one is set; no Print to PDF in web mode', async () => {
    const app = setup();
    await screen.findAllByTestId('library-row');
    const speaker = app.stores.codebook.getState().tags.find((t) => t.kind === 'speaker') ?? (await waitFor(() => {
      const s = app.stores.codebook.getState().tags.find((t) => t.kind === 'speaker');
      if (!s) throw new Error('no tags yet');
      return s;
    }));
    app.stores.codebook.getState().setFilter({ speakerId: speaker.id });
    const dialog = await openFromMenu(app, 'export');
    expect(within(dialog).getByLabelText(/The current filter \(\u2068أنطونيو غوتيريش\u2069\)/)).toHaveProperty('checked', true);
    await waitFor(() => expect(app.test.callsOf('export.count').at(-1)).toEqual({ format: 'csv', filters: { speaker: 'أنطونيو غوتيريش' } }));
    // Print to PDF is offered only where Electron runs.
    expect(within(dialog).queryByTestId('export-format-pdf')).toBeNull();
  });

  it('in Arabic, right to left', async () => {
    const app = setup({ language: 'ar' });
    const dialog = await openFromMenu(app, 'export');
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(dialog).getByRole('heading').textContent).toBe('تصدير الاقتباسات');
    await waitFor(() => expect(within(dialog).getByTestId('export-count').textContent).toBe('عدد الاقتباسات التي ستُكتب: 3'));
  });

  it('in Electron: Print to PDF and the native picker', async () => {
    const app = setup({ shell: 'electron', share: { chosen: { save: '/home/analyst/Documents/sheet.pdf' } } });
    const dialog = await openFromMenu(app, 'export');
    await app.user.click(within(dialog).getByTestId('export-format-pdf'));
    await app.user.click(within(dialog).getByRole('button', { name: 'Choose…' }));
    expect(app.test.callsOf('dialog.chooseSavePath')).toEqual([{ purpose: 'export', format: 'pdf', suggestedName: 'بحث quotes.pdf' }]);
    await waitFor(() => expect((within(dialog).getByTestId('export-path') as HTMLInputElement).value).toBe('/home/analyst/Documents/sheet.pdf'));
    await app.user.click(within(dialog).getByTestId('export-submit'));
    await within(dialog).findByTestId('export-result');
    expect(app.test.share.written).toEqual([{ method: 'export.printPdf', path: '/home/analyst/Documents/sheet.pdf', overwrite: false }]);
  });
});

describe('progress and Stop', () => {
  it('an export shows its phase and count while it runs; Stop says no file was written', async () => {
    const app = setup({ share: { holdJobs: true, exportSteps: [{ phase: 'reading', done: 1200, total: 5000 }] } });
    const dialog = await openFromMenu(app, 'export');
    await app.user.click(within(dialog).getByTestId('export-submit'));
    const progress = await within(dialog).findByTestId('job-progress');
    await waitFor(() => expect(within(progress).getByTestId('job-phase').textContent).toBe('Reading quotes: 1,200 of 5,000'));
    expect((within(progress).getByRole('progressbar') as HTMLProgressElement).value).toBe(1200);
    expect(within(dialog).getByTestId('export-submit')).toHaveProperty('disabled', true);
    await app.user.click(within(progress).getByTestId('job-cancel'));
    expect(app.test.callsOf('export.cancel')).toEqual([{ jobId: 'export-1' }]);
    expect((await within(dialog).findByTestId('job-cancelled')).textContent).toBe(
      'The export was stopped: no file was written, and a file that was already there is as it was.',
    );
    expect(within(dialog).queryByTestId('job-progress')).toBeNull();
    expect(within(dialog).queryByTestId('export-result')).toBeNull();
    expect(app.test.share.written).toEqual([]);
    // The dialog is free again: the export can be tried once more.
    expect(within(dialog).getByTestId('export-submit')).toHaveProperty('disabled', false);
  });

  it('a merge shows its phase and what it merged so far, in Arabic; Stop says nothing changed', async () => {
    const app = setup({
      language: 'ar',
      share: { report: REPORT, holdJobs: true, mergeSteps: [{ phase: 'quotes', done: 40, total: 300, articles: 12, quotes: 40 }] },
    });
    const dialog = await openFromMenu(app, 'merge');
    await app.user.type(within(dialog).getByTestId('merge-path'), 'كريم.sqlite');
    await app.user.click(within(dialog).getByTestId('merge-submit'));
    const progress = await within(dialog).findByTestId('job-progress');
    await waitFor(() => expect(within(progress).getByTestId('job-phase').textContent).toBe('الاقتباسات: 40 من 300'));
    expect(within(progress).getByTestId('job-counts').textContent).toBe('دُمج حتى الآن — المقالات: 12، الاقتباسات: 40');
    await app.user.click(within(progress).getByRole('button', { name: 'إيقاف' }));
    expect((await within(dialog).findByTestId('job-cancelled')).textContent).toBe('أُوقف الدمج: لم يتغيّر شيء في مشروعك.');
    expect(within(dialog).queryByTestId('merge-report')).toBeNull();
    expect(app.test.callsOf('project.mergeCancel')).toEqual([{ jobId: 'merge-1' }]);
  });
});

describe('save a copy', () => {
  it('writes the copy beside the project and names it', async () => {
    const app = setup();
    const dialog = await openFromMenu(app, 'copy');
    const path = within(dialog).getByTestId('copy-path') as HTMLInputElement;
    expect(path.value).toBe('/home/analyst/بحث (copy).sqlite');
    await app.user.click(within(dialog).getByTestId('copy-submit'));
    expect((await within(dialog).findByTestId('copy-result')).textContent).toContain('/home/analyst/بحث (copy).sqlite');
  });
});

describe('merge', () => {
  it('shows the report (counts, skipped, conflicts side by side, snapshot), refreshes the library, and undoes', async () => {
    const app = setup({ share: { report: REPORT, mergedArticles: [{ title: 'خبر من الزميل', text: 'خبر من الزميل\nنص.' }] } });
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(1));
    const dialog = await openFromMenu(app, 'merge');
    const path = within(dialog).getByTestId('merge-path') as HTMLInputElement;
    expect(path.value).toBe('/home/analyst/');
    await app.user.type(path, 'كريم.sqlite');
    await app.user.click(within(dialog).getByTestId('merge-submit'));
    const report = await within(dialog).findByTestId('merge-report');
    expect(app.test.callsOf('project.mergeStart')).toEqual([{ path: '/home/analyst/كريم.sqlite' }]);
    expect(report.textContent).toContain('/home/analyst/كريم.sqlite');
    const counts = within(report.querySelector('table')!).getAllByRole('row').map((r) => r.textContent);
    expect(counts).toEqual(['WhatAddedAlready here', 'Articles11', 'Speakers and themes23', 'Quotes41', 'Notes2—']);
    expect(report.textContent).toContain('Quotes not merged (1)');
    expect(report.textContent).toContain('نص لم يعد موجوداً');
    const conflict = within(within(report).getByTestId('merge-conflicts')).getAllByRole('row')[1]!;
    expect([...conflict.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['Note', 'الوضع خطير', 'ملاحظتنا', 'ملاحظتهم', 'كريم', 'ملاحظتنا\n— كريم: ملاحظتهم']);
    expect(within(report).getByTestId('merge-snapshot').textContent).toBe(REPORT.snapshot);
    // The library shows the merged article.
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(2));

    await app.user.click(within(report).getByTestId('merge-undo'));
    await app.user.click(within(report).getByTestId('merge-undo-confirm'));
    expect(await within(report).findByTestId('merge-undone')).toBeTruthy();
    expect(app.test.callsOf('project.undoMerge')).toEqual([{ snapshot: REPORT.snapshot }]);
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(1));
  });

  it('a refused file: the message as the application wrote it, and nothing merged', async () => {
    const app = setup({ share: { report: REPORT, mergeErrors: { '/tmp/bad.sqlite': '/tmp/bad.sqlite is not a SQLite database, so not a Daftar project.' } } });
    const dialog = await openFromMenu(app, 'merge');
    const path = within(dialog).getByTestId('merge-path');
    await app.user.clear(path);
    await app.user.type(path, '/tmp/bad.sqlite{Enter}');
    expect((await within(dialog).findByTestId('share-error')).textContent).toBe('/tmp/bad.sqlite is not a SQLite database, so not a Daftar project.');
    expect(within(dialog).queryByTestId('merge-report')).toBeNull();
  });
});

describe('opening a project from an older Daftar', () => {
  it('explains, and "Upgrade a copy" opens the upgraded copy; Cancel leaves everything as it was', async () => {
    const OLD = '/home/analyst/قديم.sqlite';
    const message = `${OLD} was made by an older Daftar (schema v2; this Daftar uses v4).`;
    const app = renderApp({ projects: { [OLD]: ARTICLES }, openErrors: { [OLD]: { code: 'project_outdated', message } } });
    await app.user.click(await screen.findByRole('button', { name: 'Open project…' }));
    const input = await screen.findByTestId('project-path-input');
    await app.user.clear(input);
    await app.user.type(input, `${OLD}{Enter}`);
    const dialog = await screen.findByTestId('upgrade-dialog');
    expect(dialog.textContent).toContain('Daftar will not change it without your consent');
    expect(dialog.textContent).toContain('قديم (upgraded).sqlite');
    expect(screen.queryByTestId('error-dialog')).toBeNull();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('upgrade-dialog')).toBeNull();
    expect(app.test.callsOf('project.upgradeCopy')).toEqual([]);

    await app.user.click(screen.getByTestId('confirm-path'));
    await app.user.click(within(await screen.findByTestId('upgrade-dialog')).getByTestId('upgrade-copy'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('قديم (upgraded).sqlite'));
    expect(app.test.callsOf('project.upgradeCopy')).toEqual([{ path: OLD }]);
  });
});
