/**
 * The application menu, as data. Only Electron's built-in roles for now: project actions (New,
 * Open, Import, Close) live in the renderer's own UI, and a menu item for them would need an
 * event channel from main to the renderer that the contract does not have yet. Adding one
 * means adding it to shared/contract first, not a side door in the preload.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and the developer tools exist only in development (app not packaged). */
  isPackaged: boolean;
}

export function buildMenuTemplate({ platform, isPackaged }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const dev = !isPackaged;
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push({
    label: 'File',
    // On macOS Quit lives in the app menu; File keeps Close Window there as other apps do.
    submenu: mac ? [{ role: 'close' }] : [{ role: 'quit' }],
  });
  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });
  const view: MenuItemConstructorOptions[] = [];
  if (dev) view.push({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  // Zoom stays for everyone: Arabic text at a comfortable size matters for hours of reading.
  view.push({ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' });
  template.push({ label: 'View', submenu: view });
  template.push({ role: 'windowMenu' });
  return template;
}
