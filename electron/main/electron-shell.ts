/**
 * Shell (electron/core/handlers/shell.ts) over Electron's native dialogs and printing. Dialogs
 * are modal to the window that exists when they open, so they cannot be stacked behind it.
 */
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Shell } from '../core/handlers/shell';
import {
  chosenPath,
  chosenPaths,
  createProjectDialogOptions,
  importDialogOptions,
  mergeSourceDialogOptions,
  openProjectDialogOptions,
  saveDialogOptions,
} from './dialogs';
import { PDF_WINDOW_OPTIONS, printHtmlToPdf } from './print-pdf';

export function createElectronShell(options: { window: () => BrowserWindow | null; defaultFolder: () => string }): Shell {
  const open = (dialogOptions: OpenDialogOptions) => {
    const win = options.window();
    return win ? dialog.showOpenDialog(win, dialogOptions) : dialog.showOpenDialog(dialogOptions);
  };
  const save = (dialogOptions: SaveDialogOptions) => {
    const win = options.window();
    return win ? dialog.showSaveDialog(win, dialogOptions) : dialog.showSaveDialog(dialogOptions);
  };
  return {
    kind: 'electron',
    async chooseProjectToOpen() {
      return chosenPaths(await open(openProjectDialogOptions()))[0] ?? null;
    },
    async chooseProjectToCreate() {
      return chosenPath(await save(createProjectDialogOptions(options.defaultFolder())));
    },
    async chooseImportPaths(folders) {
      return chosenPaths(await open(importDialogOptions(folders)));
    },
    async chooseSavePath(purpose, format, suggestedName) {
      return chosenPath(await save(saveDialogOptions(purpose, format, options.defaultFolder(), suggestedName)));
    },
    async chooseMergeSource() {
      return chosenPaths(await open(mergeSourceDialogOptions()))[0] ?? null;
    },
    printToPdf(html) {
      return printHtmlToPdf(html, () => new BrowserWindow(PDF_WINDOW_OPTIONS));
    },
  };
}
