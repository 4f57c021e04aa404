import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenPath, chosenPaths, createProjectDialogOptions, importDialogOptions, openProjectDialogOptions } from './dialogs';

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
