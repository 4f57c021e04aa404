/**
 * What the native file dialogs show and how their answers become paths: pure, so the options
 * are tested without Electron. electron-shell.ts passes these to Electron's `dialog`.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ExportFormat } from '../../shared/contract/exports';
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

const EXPORT_FILTERS: Record<ExportFormat | 'pdf', { name: string; extensions: string[] }> = {
  csv: { name: 'CSV quote sheet', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  qdpx: { name: 'REFI-QDA project', extensions: ['qdpx'] },
  qdc: { name: 'REFI-QDA codebook', extensions: ['qdc'] },
  jsonld: { name: 'Web Annotation JSON-LD', extensions: ['jsonld', 'json'] },
  html: { name: 'Printable quote sheet', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/**
 * Where to write an export (of a format, or 'pdf') or a copy of the project. Replacing a file
 * is confirmed in Daftar's own dialog (core refuses to overwrite unless asked), not here.
 */
export function saveDialogOptions(
  purpose: 'export' | 'copy',
  format: ExportFormat | 'pdf' | undefined,
  defaultFolder: string,
  suggestedName?: string,
): SaveDialogOptions {
  const filter = purpose === 'copy' ? PROJECT_FILTER : EXPORT_FILTERS[format ?? 'csv'];
  const fallback = purpose === 'copy' ? 'Copy for sharing.sqlite' : `Quotes.${filter.extensions[0]}`;
  // Only a plain file name is taken from the renderer: never a path that points elsewhere.
  const name = suggestedName && path.basename(suggestedName) === suggestedName ? suggestedName : fallback;
  return {
    title: purpose === 'copy' ? 'Save a copy for sharing' : 'Export quotes',
    buttonLabel: 'Save',
    defaultPath: path.join(defaultFolder, name),
    properties: ['createDirectory'],
    filters: [filter],
  };
}

/** A colleague's Daftar project or a REFI-QDA project to merge into the open one. */
export function mergeSourceDialogOptions(): OpenDialogOptions {
  return {
    title: "Merge a colleague's project",
    buttonLabel: 'Merge',
    properties: ['openFile'],
    filters: [{ name: 'Daftar or REFI-QDA project', extensions: ['sqlite', 'qdpx'] }],
  };
}
