import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import type { ImportStep } from '../test/test-bridge';

const PROJECT = '/home/analyst/بحث.sqlite';

const PLAN: ImportStep[] = [
  { file: '/data/in/001.txt', outcome: 'imported', article: { title: 'قمة الأمن الإقليمي', text: 'قمة الأمن الإقليمي\nانطلقت القمة صباح اليوم.' } },
  { file: '/data/in/002.txt', outcome: 'failed', error: 'not valid UTF-8 and not Windows-1256 text' },
  { file: '/data/in/003.txt', outcome: 'duplicate', duplicateOf: 'article-1' },
  { file: '/data/in/004.txt', outcome: 'imported', article: { title: 'بيان ختامي', text: 'بيان ختامي\nصدر البيان في المساء.' } },
  { file: '/data/in/005.md', outcome: 'failed', error: 'the file is empty' },
];

function setup(plan: ImportStep[] = PLAN) {
  const seen: string[][] = [];
  const app = renderApp({
    projects: { [PROJECT]: [] },
    openProject: PROJECT,
    importPlan: (paths) => {
      seen.push(paths);
      return plan;
    },
  });
  return { ...app, seen };
}

describe('import dialog', () => {
  it('shows progress, then the report with failures, and the library fills in', async () => {
    const { user, test, seen } = setup();
    test.allowImportSteps(3);
    await user.click(await screen.findByTestId('import-button'));
    const dialog = screen.getByRole('dialog', { name: 'Import articles' });
    await user.type(within(dialog).getByTestId('import-paths'), '/data/in{Enter}  {Enter}/data/more/005.md');
    await user.selectOptions(within(dialog).getByTestId('import-encoding'), 'windows-1256');
    await user.click(within(dialog).getByTestId('import-start'));

    // Three of five files handled: the progress view shows where the job is.
    const progress = await screen.findByTestId('import-progress');
    await waitFor(() => expect(progress.textContent).toContain('3 of 5 files'));
    expect(progress.textContent).toContain('Imported: 1');
    expect(progress.textContent).toContain('Duplicates: 1');
    expect(progress.textContent).toContain('Failed: 1');
    expect(progress.textContent).toContain('files/s');
    expect(progress.textContent).toContain('/data/in/004.txt');
    const bar = progress.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('3');
    expect(bar.getAttribute('max')).toBe('5');
    // Blank lines are dropped; the encoding goes with the request.
    expect(seen).toEqual([['/data/in', '/data/more/005.md']]);
    expect(test.callsOf('import.start')).toEqual([{ paths: ['/data/in', '/data/more/005.md'], encoding: 'windows-1256' }]);
    // The library picks up the first imported article while the job runs.
    await waitFor(() => expect(screen.getAllByTestId('library-row').map((r) => r.textContent)).toEqual([expect.stringContaining('قمة الأمن الإقليمي')]));
    // Escape does not close the dialog while an import runs.
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('import-progress')).toBeTruthy();

    test.allowImportSteps(Infinity);
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('Import finished');
    expect(within(report).getByTestId('report-imported').textContent).toBe('Imported: 2');
    expect(within(report).getByTestId('report-duplicates').textContent).toBe('Duplicates: 1');
    expect(within(report).getByTestId('report-failed').textContent).toBe('Failed: 2');
    const failures = within(report).getByTestId('report-failures');
    expect(within(failures).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '/data/in/002.txtnot valid UTF-8 and not Windows-1256 text',
      '/data/in/005.mdthe file is empty',
    ]);
    expect(report.textContent).toContain('/data/in/003.txt');
    expect(report.textContent).toContain('duplicate of \u2066article-1\u2069');

    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(2));
    expect(screen.getByTestId('article-count').textContent).toBe('Articles: 2');

    await user.click(within(report).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('cancels a running import and says what stays', async () => {
    const { user, test } = setup();
    test.allowImportSteps(1);
    await user.click(await screen.findByTestId('library-empty-import'));
    await user.type(screen.getByTestId('import-paths'), '/data/in');
    await user.click(screen.getByTestId('import-start'));
    const progress = await screen.findByTestId('import-progress');
    await waitFor(() => expect(progress.textContent).toContain('1 of 5 files'));

    await user.click(screen.getByTestId('import-cancel'));
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('Import cancelled');
    expect(within(report).getByTestId('report-imported').textContent).toBe('Imported: 1');
    expect(test.callsOf('import.cancel')).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByTestId('library-row')).toHaveLength(1));
  });

  it('needs at least one path, and shows why the application refused to start', async () => {
    const { user, test } = setup();
    await user.click(await screen.findByTestId('import-button'));
    await user.click(screen.getByTestId('import-start'));
    expect(screen.getByRole('alert').textContent).toBe('Give at least one file or folder.');
    expect(test.callsOf('import.start')).toEqual([]);

    // A path the contract rejects (longer than 4096 characters) comes back as an error message.
    await user.click(screen.getByTestId('import-paths'));
    await user.paste('/' + 'x'.repeat(5000));
    await user.click(screen.getByTestId('import-start'));
    // The method and field are isolated (FSI…PDI) inside the sentence; the words are the core's.
    await waitFor(() => expect(screen.getByRole('alert').textContent?.replace(/[\u2068\u2069]/g, '')).toMatch(/Bad request for import\.start \(paths\.0\)/));
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('adds paths from the native picker in Electron', async () => {
    const { user, test } = renderApp({
      shell: 'electron',
      projects: { [PROJECT]: [] },
      openProject: PROJECT,
      chosen: { importPaths: ['/data/a.txt', '/data/b.txt'] },
    });
    await user.click(await screen.findByTestId('import-button'));
    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect((screen.getByTestId('import-paths') as HTMLTextAreaElement).value).toBe('/data/a.txt\n/data/b.txt'));
    expect(test.callsOf('dialog.chooseImportPaths')).toEqual([{ folders: true }]);
  });
});
