/**
 * Shell (electron/core/handlers/shell.ts) over Electron's native dialogs. Dialogs are modal to
 * the window that exists when they open, so they cannot be stacked behind it.
 */
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Shell } from '../core/handlers/shell';
import { chosenPath, chosenPaths, createProjectDialogOptions, importDialogOptions, openProjectDialogOptions } from './dialogs';

export function createElectronShell(options: { window: () => BrowserWindow | null; defaultFolder: () => string }): Shell {
  const open = (dialogOptions: OpenDialogOptions) => {
    const win = options.window();
    return win ? dialog.showOpenDialog(win, dialogOptions) : dialog.showOpenDialog(dialogOptions);
  };
  return {
    kind: 'electron',
    async chooseProjectToOpen() {
      return chosenPaths(await open(openProjectDialogOptions()))[0] ?? null;
    },
    async chooseProjectToCreate() {
      const win = options.window();
      const dialogOptions = createProjectDialogOptions(options.defaultFolder());
      return chosenPath(await (win ? dialog.showSaveDialog(win, dialogOptions) : dialog.showSaveDialog(dialogOptions)));
    },
    async chooseImportPaths(folders) {
      return chosenPaths(await open(importDialogOptions(folders)));
    },
  };
}
