/**
 * What the native file dialogs show and how their answers become paths: pure, so the options
 * are tested without Electron. electron-shell.ts passes these to Electron's `dialog`.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { IMPORTABLE_EXTENSIONS } from '../core/import/collect-files';

const PROJECT_FILTER = { name: 'Daftar project', extensions: ['sqlite'] };

export function openProjectDialogOptions(): OpenDialogOptions {
  return {
    title: 'Open a Daftar project',
    buttonLabel: 'Open',
    properties: ['openFile'],
    filters: [PROJECT_FILTER],
  };
}

/**
 * No overwrite confirmation is asked for: core refuses to create over an existing file and says
 * so, which is clearer than a "replace?" prompt that would then fail.
 */
export function createProjectDialogOptions(defaultFolder: string): SaveDialogOptions {
  return {
    title: 'New Daftar project',
    buttonLabel: 'Create',
    defaultPath: path.join(defaultFolder, 'Untitled.sqlite'),
    properties: ['createDirectory'],
    filters: [PROJECT_FILTER],
  };
}

/** Files of the kinds core can import, or whole folders (core walks them recursively). */
export function importDialogOptions(folders: boolean): OpenDialogOptions {
  if (folders) {
    return { title: 'Import folders of articles', buttonLabel: 'Import', properties: ['openDirectory', 'multiSelections'] };
  }
  const extensions = IMPORTABLE_EXTENSIONS.map((ext) => ext.replace(/^\./, ''));
  return {
    title: 'Import articles',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: `Articles (${extensions.map((e) => `.${e}`).join(', ')})`, extensions }],
  };
}

/** A cancelled dialog, or one that returned nothing, is "no choice" (null / []), never an error. */
export function chosenPaths(result: { canceled: boolean; filePaths: readonly string[] }): string[] {
  return result.canceled ? [] : result.filePaths.filter((p) => p.length > 0);
}

export function chosenPath(result: { canceled: boolean; filePath?: string }): string | null {
  return !result.canceled && result.filePath ? result.filePath : null;
}
