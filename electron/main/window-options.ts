/** The main window's constructor options (pure; main.ts creates the window). */
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';

export function mainWindowOptions(options: {
  preloadPath: string;
  devTools: boolean;
  /** Linux shows this in the task bar when running unpackaged; packaged builds use the OS's icon. */
  iconPath?: string;
}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Daftar',
    // Shown on 'ready-to-show', so the analyst never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f3ec',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, devTools: options.devTools }),
  };
}
