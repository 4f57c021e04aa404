import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../shared/contract/dispatch';
import { createHandlers, type Shell } from '../core/handlers/index';
import { Session } from '../core/project/session';
import { createInvokeHandler, type InvokeEvent, type InvokeHandler } from './ipc';
import { APP_ENTRY_URL } from './security';

const fromApp: InvokeEvent = { senderFrame: { url: APP_ENTRY_URL, parent: null } };

let tmp: string;
let session: Session;
let invoke: InvokeHandler;
let rejected: (string | null)[];
let chosen: string | null;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-ipc-'));
  session = new Session({ configDir: path.join(tmp, 'config'), importWorker: path.join(tmp, 'no-worker.cjs') });
  fs.mkdirSync(session.configDir, { recursive: true });
  chosen = null;
  // A real Shell with canned answers: the dialogs are Electron's, the rest is real core.
  const shell: Shell = {
    kind: 'electron',
    chooseProjectToOpen: async () => chosen,
    chooseProjectToCreate: async () => chosen,
    chooseImportPaths: async () => (chosen ? [chosen] : []),
  };
  rejected = [];
  invoke = createInvokeHandler(createDispatcher(createHandlers(session, shell)), (url) => rejected.push(url));
});

afterEach(async () => {
  await session.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the daftar:invoke handler', () => {
  it('serves contract calls from our own main frame', async () => {
    const info = await invoke(fromApp, 'app.info', {});
    expect(info).toMatchObject({ ok: true, result: { shell: 'electron', project: null } });
  });

  it('creates, lists and closes a real project, leaving the file whole', async () => {
    const file = path.join(tmp, 'مشروع');
    const created = await invoke(fromApp, 'project.create', { path: file });
    expect(created).toMatchObject({ ok: true, result: { name: 'مشروع.sqlite', articles: 0 } });
    expect(await invoke(fromApp, 'articles.list', {})).toEqual({ ok: true, result: { total: 0, items: [] } });
    expect(await invoke(fromApp, 'project.close', {})).toEqual({ ok: true, result: { closed: true } });
    expect(fs.existsSync(`${file}.sqlite`)).toBe(true);
    expect(fs.existsSync(`${file}.sqlite-wal`)).toBe(false);
    expect(fs.existsSync(`${file}.sqlite-shm`)).toBe(false);
  });

  it('passes native dialog answers through the shell', async () => {
    chosen = path.join(tmp, 'picked.sqlite');
    expect(await invoke(fromApp, 'dialog.chooseProjectToOpen', {})).toEqual({ ok: true, result: { path: chosen } });
    expect(await invoke(fromApp, 'dialog.chooseImportPaths', { folders: true })).toEqual({ ok: true, result: { paths: [chosen] } });
  });

  it.each<[string, InvokeEvent]>([
    ['a sub-frame', { senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } }],
    ['another origin', { senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a file: page', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses calls from %s and changes nothing', async (_name, event) => {
    const file = path.join(tmp, 'should-not-exist');
    const response = await invoke(event, 'project.create', { path: file });
    expect(response).toEqual({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/Refused/) } });
    expect(fs.existsSync(`${file}.sqlite`)).toBe(false);
    expect(rejected).toHaveLength(1);
  });

  it('refuses when reading the sender frame throws (frame gone mid-call)', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const response = await invoke(event, 'app.info', {});
    expect(response.ok).toBe(false);
    expect(rejected).toEqual([null]);
  });

  it('answers unknown methods and bad payloads with invalid_request, never a throw', async () => {
    expect(await invoke(fromApp, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await invoke(fromApp, { toString: () => 'app.info' }, {})).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await invoke(fromApp, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await invoke(fromApp, 'project.open', { path: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('reports core errors as envelopes naming the problem', async () => {
    const response = await invoke(fromApp, 'project.open', { path: path.join(tmp, 'missing.sqlite') });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.message).toContain('missing.sqlite');
  });
});
