/**
 * Electron main process: wires Electron's events to the decisions in security.ts and to core.
 * Kept thin on purpose: every rule lives in a pure module with its own tests (security,
 * app-protocol, ipc, dialogs, menu, window-options, quit-guard), since the Electron binary is
 * not available where the tests run.
 *
 * Layout at run time (bundled by scripts/build-node.mjs): this file is dist/node/main.cjs, next
 * to preload.cjs and import-worker.cjs; the renderer is dist/renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  protocol,
  session as electronSession,
  shell as electronShell,
  type WebContents,
} from 'electron';
import { createDispatcher } from '../../shared/contract/dispatch';
import { createHandlers } from '../core/handlers/index';
import { Session } from '../core/project/session';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { createElectronShell } from './electron-shell';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createQuitGuard } from './quit-guard';
import { APP_ENTRY_URL, externalUrl, isPermissionAllowed, shouldAllowNavigation } from './security';
import { mainWindowOptions } from './window-options';

const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const IMPORT_WORKER = path.join(__dirname, 'import-worker.cjs');
const PROJECT_WORKER = path.join(__dirname, 'project-worker.cjs');
const ICON = path.join(__dirname, '..', '..', 'resources', 'icons', 'icon.png');

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Daftar is running: it gets focused (its 'second-instance' handler) and we leave.
  // Two instances would fight over the same project file and recent list.
  app.quit();
} else {
  start();
}

function openExternally(url: string): void {
  const href = externalUrl(url);
  if (href) void electronShell.openExternal(href);
}

/** Applied to every webContents, including any Electron might create that we did not ask for. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (shouldAllowNavigation(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;

  const session = new Session({ configDir: app.getPath('userData'), importWorker: IMPORT_WORKER, projectWorker: PROJECT_WORKER });
  const shell = createElectronShell({ window: () => mainWindow, defaultFolder: () => app.getPath('documents') });
  const dispatch = createDispatcher(createHandlers(session, shell), {
    onInternalError: (method, error) => console.error(`daftar: ${method} failed unexpectedly:`, error),
  });

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(
      mainWindowOptions({ preloadPath: PRELOAD, devTools: !app.isPackaged, iconPath: fs.existsSync(ICON) ? ICON : undefined }),
    );
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    win.loadURL(APP_ENTRY_URL).catch((error: Error) => console.error(`daftar: could not load ${APP_ENTRY_URL}: ${error.message}`));
    return win;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('before-quit', createQuitGuard({
    close: () => session.close(),
    quit: () => app.quit(),
    onError: (error) => console.error('daftar: closing the project on quit failed:', error),
  }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) mainWindow = createWindow();
  });
  // Ctrl+C in the terminal of `npm start` must close the project too, not kill the process.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app.whenReady().then(() => {
    const defaultSession = electronSession.defaultSession;
    defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
    defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
    registerAppProtocol(protocol, RENDERER_ROOT);
    registerIpc(ipcMain, dispatch, (url) => console.warn(`daftar: refused an IPC call from ${url ?? 'a closed frame'}`));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged })));
    mainWindow = createWindow();
  }).catch((error: unknown) => {
    console.error('daftar: could not start:', error);
    app.exit(1);
  });
}
