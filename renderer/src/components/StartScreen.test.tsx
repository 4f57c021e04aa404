import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { isolatePath } from '../i18n/isolate';

describe('start screen', () => {
  it('creates a project in web mode through the path dialog and shows the empty library', async () => {
    const { user, test } = renderApp({ defaultFolder: '/home/analyst' });
    const start = await screen.findByTestId('start-screen');
    expect(within(start).getByRole('heading', { level: 1 }).textContent).toContain('دفتر');
    expect(within(start).getByRole('heading', { level: 1 }).textContent).toContain('Daftar');

    await user.click(screen.getByTestId('new-project'));
    const dialog = screen.getByRole('dialog', { name: 'New project' });
    const input = within(dialog).getByTestId('project-path-input') as HTMLInputElement;
    expect(input.value).toBe('/home/analyst/');
    expect(document.activeElement).toBe(input);

    await user.type(input, 'تقارير-مارس');
    await user.click(within(dialog).getByTestId('confirm-path'));

    const library = await screen.findByTestId('library');
    expect(within(library).getByTestId('library-empty').textContent).toContain('No articles yet — import a folder of .txt articles');
    expect(within(library).queryByRole('listbox')).toBeNull();
    expect(screen.queryByTestId('start-screen')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(test.callsOf('project.create')).toEqual([{ path: '/home/analyst/تقارير-مارس' }]);
    // The bridge added the extension, as the application does; the top bar shows the result.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('تقارير-مارس.sqlite');
    expect(screen.getByTestId('article-count').textContent).toBe('Articles: 0');
    expect(screen.getByTestId('reader').textContent).toContain('Choose an article from the library');
  });

  it('shows a project.open error verbatim in an alert dialog, keeping the typed path', async () => {
    const message = '/home/analyst/notes.txt is not a SQLite database, so not a Daftar project.';
    const { user } = renderApp({ openErrors: { '/home/analyst/notes.txt': { code: 'project_invalid', message } } });
    await user.click(await screen.findByTestId('open-project'));
    await user.type(screen.getByTestId('project-path-input'), 'notes.txt');
    await user.click(screen.getByTestId('confirm-path'));

    const alert = await screen.findByRole('alertdialog');
    expect(alert.getAttribute('data-testid')).toBe('error-dialog');
    expect(alert.getAttribute('aria-labelledby')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();

    await user.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // The path dialog is still there to fix the path; nothing was opened.
    expect((screen.getByTestId('project-path-input') as HTMLInputElement).value).toBe('/home/analyst/notes.txt');
    expect(screen.getByTestId('start-screen')).toBeTruthy();
  });

  it('asks for a path instead of sending only the default folder', async () => {
    const { user, test } = renderApp();
    await user.click(await screen.findByTestId('new-project'));
    await user.click(screen.getByTestId('confirm-path'));
    expect(screen.getByRole('alert').textContent).toBe('Type a path first.');
    expect(test.callsOf('project.create')).toEqual([]);
  });

  it('uses the native dialogs in Electron', async () => {
    const { user, test } = renderApp({ shell: 'electron', chosen: { create: '/home/analyst/جديد.sqlite' } });
    await user.click(await screen.findByTestId('new-project'));
    expect(await screen.findByTestId('library-empty')).toBeTruthy();
    expect(screen.queryByTestId('project-path-input')).toBeNull();
    expect(test.callsOf('dialog.chooseProjectToCreate')).toHaveLength(1);
    expect(test.callsOf('project.create')).toEqual([{ path: '/home/analyst/جديد.sqlite' }]);
  });

  it('does nothing when the native dialog is cancelled', async () => {
    const { user, test } = renderApp({ shell: 'electron', chosen: { open: null } });
    await user.click(await screen.findByTestId('open-project'));
    await waitFor(() => expect(test.callsOf('dialog.chooseProjectToOpen')).toHaveLength(1));
    expect(test.callsOf('project.open')).toEqual([]);
    expect(screen.getByTestId('start-screen')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('lists recent projects, marks missing ones, opens and forgets', async () => {
    const { user } = renderApp({
      projects: { '/home/analyst/دوشنبه.sqlite': [] },
      recent: [
        { path: '/home/analyst/دوشنبه.sqlite', name: 'دوشنبه.sqlite', openedAt: '2025-02-10T08:30:00Z', exists: true },
        { path: '/mnt/usb/old.sqlite', name: 'old.sqlite', openedAt: '2024-11-02T16:00:00Z', exists: false },
      ],
    });
    const items = await screen.findAllByTestId('recent-project');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('/home/analyst/دوشنبه.sqlite');
    expect(items[0].textContent).toContain('Opened');
    expect(items[1].textContent).toContain('Missing');
    expect((within(items[1]).getAllByRole('button')[0] as HTMLButtonElement).disabled).toBe(true);

    await user.click(within(items[1]).getByRole('button', { name: 'Forget old.sqlite' }));
    await waitFor(() => expect(screen.getAllByTestId('recent-project')).toHaveLength(1));

    await user.click(within(screen.getByTestId('recent-project')).getAllByRole('button')[0]);
    expect(await screen.findByTestId('library-empty')).toBeTruthy();
  });

  it('closing the project returns to the start screen with the project in the recent list', async () => {
    const { user } = renderApp({ projects: { '/p/a.sqlite': [] }, openProject: '/p/a.sqlite' });
    await user.click(await screen.findByTestId('close-project'));
    expect(await screen.findByTestId('start-screen')).toBeTruthy();
  });
});

describe('language', () => {
  it('starts in Arabic, right to left, and the switch flips <html dir> and is remembered', async () => {
    const { user, i18n } = renderApp({ language: 'ar' });
    await screen.findByTestId('start-screen');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByTestId('new-project').textContent).toBe('مشروع جديد…');

    await user.click(screen.getByTestId('lang-switch'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('new-project').textContent).toBe('New project…');
    expect(window.localStorage.getItem('daftar.language')).toBe('en');

    await user.click(screen.getByTestId('lang-switch'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(i18n.language).toBe('ar');
  });
});

describe('core messages in the UI language', () => {
  it('shows a refused project in Arabic in the Arabic UI, the file name isolated from the sentence', async () => {
    const file = '/home/analyst/notes.txt';
    const why = { reason: 'project_not_sqlite' as const, params: { file } };
    const message = `${file} is not a SQLite database, so not a Daftar project.`;
    const { user } = renderApp({ language: 'ar', openErrors: { [file]: { code: 'project_invalid', message, why } } });
    await user.click(await screen.findByTestId('open-project'));
    await user.type(screen.getByTestId('project-path-input'), 'notes.txt');
    await user.click(screen.getByTestId('confirm-path'));

    const alert = await screen.findByRole('alertdialog');
    const text = within(alert).getByText(/SQLite/).textContent;
    // The path left to right, each part isolated (i18n/isolate.ts: isolatePath).
    expect(text).toBe(`\u200F${isolatePath(file)} ليس قاعدة بيانات SQLite، فهو إذن ليس مشروع دفتر.`);
    expect(text).not.toContain('is not a SQLite database');
  });
});
