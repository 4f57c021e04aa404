/**
 * main.ts is the one file that touches Electron, and the binary is absent here. This test
 * bundles main.ts exactly as the build does and runs it against a stand-in for the 'electron'
 * module that records what main asks of it, so the wiring is checked: order of registration,
 * the window's options, the IPC channel over real core, the navigation rules, and that quitting
 * closes the project. The rules themselves are tested in their own modules.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRequire = createRequire(import.meta.url);

interface FakeContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
}

function fakeContents(): FakeContents {
  const contents = new EventEmitter() as FakeContents;
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler;
  };
  return contents;
}

function fakeElectron(userData: string, lock: boolean) {
  const calls: string[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), lock),
    enableSandbox: () => calls.push('enableSandbox'),
    getPath: (name: string) => path.join(userData, name),
    whenReady: () => readyPromise,
    isReady: () => true,
    quit: () => calls.push('app.quit'),
    exit: (code: number) => calls.push(`app.exit ${code}`),
  });
  const windows: { options: Record<string, unknown>; url?: string; focused: number; emitter: EventEmitter }[] = [];
  class BrowserWindow extends EventEmitter {
    record: (typeof windows)[number];
    constructor(options: Record<string, unknown>) {
      super();
      this.record = { options, focused: 0, emitter: this };
      windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    show() {}
    focus() {
      this.record.focused += 1;
    }
    isMinimized() {
      return false;
    }
    restore() {}
  }
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, unknown>();
  const permission: { request?: Function; check?: Function } = {};
  const opened: string[] = [];
  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: unknown) => (calls.push(`protocol.handle ${scheme}`), protocolHandlers.set(scheme, handler)),
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: () => calls.push('setApplicationMenu'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Function) => (permission.request = fn),
        setPermissionCheckHandler: (fn: Function) => (permission.check = fn),
      },
    },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    dialog: {},
  };
  return { electron, calls, ready, windows, ipcHandlers, protocolHandlers, permission, opened, app };
}

let bundle: string;
let tmp: string;

beforeAll(async () => {
  const result = await build({
    entryPoints: [path.resolve(__dirname, 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    external: ['electron', 'better-sqlite3'],
    define: { __DAFTAR_VERSION__: '"0.0.0-test"' },
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0].text;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-main-'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the bundled main.ts with the stand-in; returns the fake and how to undo its signal hooks. */
function runMain(lock = true) {
  const userData = fs.mkdtempSync(path.join(tmp, 'user-'));
  fs.mkdirSync(path.join(userData, 'userData'), { recursive: true });
  const fake = fakeElectron(userData, lock);
  const distNode = path.join(tmp, 'dist', 'node');
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const requireShim = (id: string) => (id === 'electron' ? fake.electron : repoRequire(id));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__dirname', '__filename', bundle)(
    requireShim, module, module.exports, distNode, path.join(distNode, 'main.cjs'),
  );
  const restoreSignals = () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) {
        if (!before[signal].includes(listener)) process.off(signal, listener);
      }
    }
  };
  return { ...fake, distNode, userData, restoreSignals };
}

describe('main.ts wiring', () => {
  it('with the single-instance lock taken by another Daftar, quits without a window', async () => {
    const run = runMain(false);
    run.ready();
    await new Promise((resolve) => setTimeout(resolve, 10));
    run.restoreSignals();
    expect(run.calls).toContain('app.quit');
    expect(run.windows).toHaveLength(0);
    expect(run.ipcHandlers.size).toBe(0);
  });

  it('wires the window, protocol, IPC, permissions, navigation and quit', async () => {
    const run = runMain(true);
    try {
      // Before 'ready': privileged scheme and sandbox, nothing else yet.
      expect(run.calls[0]).toBe('registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}]');
      expect(run.calls).toContain('enableSandbox');
      expect(run.windows).toHaveLength(0);

      run.ready();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(run.calls).toEqual(expect.arrayContaining(['protocol.handle app', 'setApplicationMenu']));
      expect(run.windows).toHaveLength(1);
      const win = run.windows[0];
      expect(win.url).toBe('app://daftar/index.html');
      expect(win.options.webPreferences).toMatchObject({
        preload: path.join(run.distNode, 'preload.cjs'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: true,
      });

      // Permissions: denied on request and on check.
      let granted: boolean | undefined;
      run.permission.request!(null, 'media', (answer: boolean) => (granted = answer));
      expect(granted).toBe(false);
      expect(run.permission.check!(null, 'clipboard-read')).toBe(false);

      // IPC: one channel, over real core, refusing strangers.
      expect([...run.ipcHandlers.keys()]).toEqual(['daftar:invoke']);
      const invoke = run.ipcHandlers.get('daftar:invoke')!;
      const trusted = { senderFrame: { url: 'app://daftar/index.html', parent: null } };
      expect(await invoke(trusted, 'app.info', {})).toMatchObject({ ok: true, result: { shell: 'electron' } });
      expect(await invoke({ senderFrame: { url: 'https://example.com/', parent: null } }, 'app.info', {})).toMatchObject({ ok: false });
      const project = path.join(run.userData, 'quit-test.sqlite');
      expect(await invoke(trusted, 'project.create', { path: project })).toMatchObject({ ok: true });

      // Every webContents is hardened.
      const contents = fakeContents();
      run.app.emit('web-contents-created', {}, contents);
      const navigate = (url: string) => {
        let prevented = false;
        contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
        return prevented;
      };
      expect(navigate('app://daftar/index.html')).toBe(false);
      expect(navigate('file:///etc/passwd')).toBe(true);
      expect(navigate(' https://example.com/news')).toBe(true);
      expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler!({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
      expect(run.opened).toEqual(['https://example.com/news', 'https://example.org/a']);
      let webviewPrevented = false;
      contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
      expect(webviewPrevented).toBe(true);

      // A second launch focuses the existing window.
      run.app.emit('second-instance');
      expect(win.focused).toBe(1);

      // Quit: held until the project is closed, which leaves no -wal/-shm beside it.
      expect(fs.existsSync(`${project}-wal`)).toBe(true);
      let prevented = false;
      run.app.emit('before-quit', { preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(run.calls).toContain('app.quit');
      expect(fs.existsSync(project)).toBe(true);
      expect(fs.existsSync(`${project}-wal`)).toBe(false);
      expect(fs.existsSync(`${project}-shm`)).toBe(false);
    } finally {
      run.restoreSignals();
    }
  });
});
