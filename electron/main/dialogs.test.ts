import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chosenPath,
  chosenPaths,
  createProjectDialogOptions,
  importDialogOptions,
  mergeSourceDialogOptions,
  openProjectDialogOptions,
  saveDialogOptions,
} from './dialogs';

describe('dialog options', () => {
  it('opens one Daftar project file', () => {
    const options = openProjectDialogOptions();
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual([{ name: 'Daftar project', extensions: ['sqlite'] }]);
  });

  it('creates a project in the given folder, without a replace prompt (core refuses to overwrite)', () => {
    const options = createProjectDialogOptions('/home/analyst/Documents');
    expect(options.defaultPath).toBe(path.join('/home/analyst/Documents', 'Untitled.sqlite'));
    expect(options.filters).toEqual([{ name: 'Daftar project', extensions: ['sqlite'] }]);
    expect(options.properties).not.toContain('showOverwriteConfirmation');
  });

  it('imports several .txt files, or several folders', () => {
    const files = importDialogOptions(false);
    expect(files.properties).toEqual(['openFile', 'multiSelections']);
    expect(files.filters?.[0].extensions).toContain('txt');
    const folders = importDialogOptions(true);
    expect(folders.properties).toEqual(['openDirectory', 'multiSelections']);
    expect(folders.filters).toBeUndefined();
  });
});

describe('export, copy and merge dialogs', () => {
  it('saves an export with its format, a copy as a project, and takes only a plain suggested name', () => {
    expect(saveDialogOptions('export', 'xlsx', '/home/a', 'ملف.xlsx')).toMatchObject({
      defaultPath: path.join('/home/a', 'ملف.xlsx'), filters: [{ extensions: ['xlsx'] }],
    });
    expect(saveDialogOptions('export', 'pdf', '/home/a').defaultPath).toBe(path.join('/home/a', 'Quotes.pdf'));
    expect(saveDialogOptions('copy', undefined, '/home/a', '../../etc/passwd').defaultPath).toBe(path.join('/home/a', 'Copy for sharing.sqlite'));
    expect(saveDialogOptions('copy', undefined, '/home/a').filters).toEqual([{ name: 'Daftar project', extensions: ['sqlite'] }]);
  });

  it('merges a Daftar or a REFI-QDA project', () => {
    expect(mergeSourceDialogOptions()).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['sqlite', 'qdpx'] }] });
  });
});

describe('dialog answers', () => {
  it('turns a cancelled dialog into no choice', () => {
    expect(chosenPaths({ canceled: true, filePaths: ['/a.txt'] })).toEqual([]);
    expect(chosenPath({ canceled: true, filePath: '/p.sqlite' })).toBeNull();
    expect(chosenPath({ canceled: false, filePath: '' })).toBeNull();
    expect(chosenPath({ canceled: false })).toBeNull();
  });

  it('keeps the chosen paths', () => {
    expect(chosenPaths({ canceled: false, filePaths: ['/news/أخبار.txt', '', '/news/b.txt'] })).toEqual(['/news/أخبار.txt', '/news/b.txt']);
    expect(chosenPath({ canceled: false, filePath: '/p.sqlite' })).toBe('/p.sqlite');
  });
});
