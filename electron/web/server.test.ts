import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DaftarError } from '../../shared/contract/errors';
import { openProject, closeProject } from '../core/db/open';
import { CONTENT_SECURITY_POLICY } from './headers';
import { startWebServer, type WebServer } from './server';
import { authCookie, callApi, httpRequest, rawRequest } from './test-client';

const TOKEN = 'test-token-0123456789_abcdefABCDEF';
const SECRET = 'this text lives outside the static folder';
const INDEX_HTML = '<!doctype html><html lang="ar" dir="rtl"><title>دفتر</title><body>دفتر</body></html>';

let dir: string;
let staticDir: string;
let server: WebServer;

/** Headers a browser would send from our own page. */
function ours(extra: Record<string, string> = {}): Record<string, string> {
  return { Host: `127.0.0.1:${server.port}`, Cookie: authCookie(TOKEN), ...extra };
}

function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return ours({ 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${server.port}`, ...extra });
}

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-web-'));
  staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("دفتر");\n');
  fs.writeFileSync(path.join(staticDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(staticDir, 'leak.txt'));
  server = await startWebServer({
    staticDir,
    configDir: path.join(dir, 'config'),
    importWorker: path.join(dir, 'no-worker-needed-here.cjs'),
    token: TOKEN,
  });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('listening', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('is bound to 127.0.0.1 only, not to every address', async () => {
    // On Linux all of 127/8 is loopback: a server bound to 0.0.0.0 would answer on 127.0.0.2.
    const connect = (host: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect({ host, port: server.port });
        socket.once('connect', () => (socket.destroy(), resolve('connected')));
        socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
    expect(await connect('127.0.0.1')).toBe('connected');
    expect(await connect('127.0.0.2')).not.toBe('connected');
    expect(await connect('::1')).not.toBe('connected');
  });

  it('generates a fresh 43-character token when none is given', async () => {
    const other = await startWebServer({ staticDir, configDir: path.join(dir, 'config2'), importWorker: 'unused.cjs' });
    try {
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(other.url).toBe(`http://127.0.0.1:${other.port}/?token=${other.token}`);
      expect(other.port).not.toBe(server.port);
    } finally {
      await other.close();
    }
  });

  it('says so when the port is taken', async () => {
    const start = startWebServer({ staticDir, configDir: path.join(dir, 'config5'), importWorker: 'unused.cjs', port: server.port });
    await expect(start).rejects.toMatchObject({ name: 'DaftarError', code: 'invalid_input' });
    await expect(start).rejects.toThrow(`port ${server.port} is already in use`);
  });

  it('refuses to start without a renderer build, naming the folder', async () => {
    const missing = path.join(dir, 'no-build-here');
    const start = startWebServer({ staticDir: missing, configDir: dir, importWorker: 'unused.cjs' });
    await expect(start).rejects.toThrow(DaftarError);
    await expect(start).rejects.toThrow(missing);
  });
});

describe('access token', () => {
  it('answers 401 with instructions when a page is asked for without the cookie', async () => {
    const res = await httpRequest(server.port, { path: '/', headers: { Host: `127.0.0.1:${server.port}` } });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('Open the URL printed by `daftar serve` (it carries the access token)');
    expect(res.body).not.toContain('دفتر');
    expectSecurityHeaders(res.headers);
  });

  it('answers 401 to an API call without the cookie, as an envelope, and runs nothing', async () => {
    const res = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/project.create',
      headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: path.join(dir, 'should-not-exist.sqlite') }),
    });
    expect(res.status).toBe(401);
    const envelope = JSON.parse(res.body);
    expect(envelope.ok).toBe(false);
    expect(envelope.error.message).toContain('daftar serve');
    expect(fs.existsSync(path.join(dir, 'should-not-exist.sqlite'))).toBe(false);
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie and a 303 to the clean URL', async () => {
    const res = await httpRequest(server.port, { path: `/?token=${TOKEN}`, headers: { Host: `127.0.0.1:${server.port}` } });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.headers['set-cookie']).toEqual([`daftar_token=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res.headers);

    const cookie = res.headers['set-cookie']![0].split(';')[0];
    const page = await httpRequest(server.port, { path: res.headers.location, headers: { Host: `127.0.0.1:${server.port}`, Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
  });

  it('keeps the path and other parameters when dropping the token, and accepts localhost', async () => {
    const res = await httpRequest(server.port, {
      path: `/index.html?lang=ar&token=${TOKEN}`,
      headers: { Host: `localhost:${server.port}` },
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/index.html?lang=ar');
  });

  it('does not redirect to another host for a "//host" path', async () => {
    const res = await httpRequest(server.port, { path: `//evil.example/?token=${TOKEN}`, headers: { Host: `127.0.0.1:${server.port}` } });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
  });

  it('answers 401 to a wrong token and sets no cookie', async () => {
    const res = await httpRequest(server.port, { path: `/?token=${TOKEN.slice(0, -1)}X`, headers: { Host: `127.0.0.1:${server.port}` } });
    expect(res.status).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers 401 to a wrong cookie', async () => {
    const res = await httpRequest(server.port, { path: '/', headers: ours({ Cookie: 'daftar_token=guessed-0123456789abcdef' }) });
    expect(res.status).toBe(401);
  });
});

describe('Host header (DNS rebinding)', () => {
  it.each([
    ['another name', (port: number) => `evil.example:${port}`],
    ['another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['no port', () => '127.0.0.1'],
  ])('answers 403 for %s, even with the cookie or the token', async (_label, hostFor) => {
    const host = hostFor(server.port);
    const withCookie = await httpRequest(server.port, { path: '/', headers: ours({ Host: host }) });
    expect(withCookie.status).toBe(403);
    const withToken = await httpRequest(server.port, { path: `/?token=${TOKEN}`, headers: { Host: host } });
    expect(withToken.status).toBe(403);
    expect(withToken.headers['set-cookie']).toBeUndefined();
    const api = await httpRequest(server.port, { method: 'POST', path: '/api/app.info', headers: apiHeaders({ Host: host }), body: '{}' });
    expect(api.status).toBe(403);
  });

  it('answers 403 when there is no Host header at all', async () => {
    const res = await httpRequest(server.port, { path: '/', headers: { Cookie: authCookie(TOKEN) }, setHost: false });
    expect(res.status).toBe(403);
  });

  it('answers 400 to an absolute-form request target', async () => {
    const res = await rawRequest(
      server.port,
      `GET http://127.0.0.1:${server.port}/ HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nCookie: ${authCookie(TOKEN)}\r\nConnection: close\r\n\r\n`,
    );
    expect(res.status).toBe(400);
  });
});

describe('API transport', () => {
  const post = (headers: Record<string, string>, body: string | Buffer = '{}', method = 'app.info') =>
    httpRequest(server.port, { method: 'POST', path: `/api/${method}`, headers, body });

  it('answers app.info with no-store and the security headers, and says it is web mode', async () => {
    const res = await post(apiHeaders());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res.headers);
    const envelope = JSON.parse(res.body);
    expect(envelope).toMatchObject({ ok: true, result: { shell: 'web', project: null } });
  });

  it('accepts a call without Origin (same-origin tools such as curl) and with a charset', async () => {
    const headers = apiHeaders({ 'Content-Type': 'application/json; charset=utf-8' });
    delete headers.Origin;
    expect((await post(headers)).status).toBe(200);
  });

  it.each(['http://evil.example', `http://127.0.0.1:1`, 'null', `https://127.0.0.1:PORT`])(
    'answers 403 to Origin %s',
    async (origin) => {
      const res = await post(apiHeaders({ Origin: origin.replace('PORT', String(server.port)) }));
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).ok).toBe(false);
    },
  );

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx'])(
    'answers 415 to Content-Type %s',
    async (type) => {
      const res = await post(apiHeaders({ 'Content-Type': type }));
      expect(res.status).toBe(415);
    },
  );

  it('answers 415 when Content-Type is missing', async () => {
    const headers = apiHeaders();
    delete headers['Content-Type'];
    expect((await post(headers)).status).toBe(415);
  });

  it('answers 413 to a body over 1 MB, announced or streamed', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    const announced = await post(apiHeaders(), big);
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.body).error.message).toContain('1 MB');
    const streamed = await post(apiHeaders({ 'Transfer-Encoding': 'chunked' }), big);
    expect(streamed.status).toBe(413);
  });

  it('accepts a body of exactly 1 MB', async () => {
    const json = '{}';
    const body = Buffer.concat([Buffer.from(json), Buffer.alloc(1024 * 1024 - json.length, 0x20)]);
    const res = await post(apiHeaders(), body);
    expect(res.status).toBe(200);
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'])('answers 405 to %s on the API', async (verb) => {
    const res = await httpRequest(server.port, { method: verb, path: '/api/app.info', headers: apiHeaders() });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('answers 400 with an invalid_request envelope to a body that is not JSON', async () => {
    for (const body of ['{"path":', '', "{'a':1}"]) {
      const res = await post(apiHeaders(), body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it('answers an unknown method with an invalid_request envelope', async () => {
    for (const method of ['no.such', '', '..%2f..%2fetc', 'constructor', '__proto__']) {
      const res = await post(apiHeaders(), '{}', method);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
  });

  it('answers a request that breaks the schema with an invalid_request envelope', async () => {
    const res = await post(apiHeaders(), JSON.stringify({ limit: -1 }), 'articles.list');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const create = await post(apiHeaders(), JSON.stringify({ path: 42 }), 'project.create');
    expect(JSON.parse(create.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('answers native dialogs with unsupported', async () => {
    const envelope = await callApi(server, 'dialog.chooseProjectToOpen', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('answers no_project for articles.list before a project is open', async () => {
    const envelope = await callApi(server, 'articles.list', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'no_project' } });
  });
});

describe('static files', () => {
  const get = (p: string, method = 'GET') => httpRequest(server.port, { method, path: p, headers: ours() });

  it('serves index.html for / and files with their types', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toBe(INDEX_HTML);
    expectSecurityHeaders(index.headers);
    const js = await get('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('دفتر');
    expect((await get('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
  });

  it('answers HEAD with the length and no body', async () => {
    const res = await get('/', 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(INDEX_HTML));
    expect(res.body).toBe('');
  });

  it('answers 404 for unknown paths and folders, not index.html', async () => {
    for (const p of ['/nope.js', '/reader/123', '/assets']) {
      const res = await get(p);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('دفتر');
    }
  });

  it('answers 405 to other verbs', async () => {
    const res = await get('/', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    ['/../package.json', 404],
    ['/../secret.txt', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/%2e%2e/secret.txt', 404],
    ['/assets/..%2f..%2fsecret.txt', 404],
    ['/..%5c..', 400],
    ['/..%5csecret.txt', 400],
    ['/index.html%00.js', 400],
    ['/leak.txt', 404],
  ])('does not escape the static folder for %s', async (p, status) => {
    const res = await get(p);
    expect(res.status).toBe(status);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('root:');
  });

  it('refuses a raw backslash path sent byte for byte', async () => {
    const res = await rawRequest(
      server.port,
      `GET /..\\secret.txt HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nCookie: ${authCookie(TOKEN)}\r\nConnection: close\r\n\r\n`,
    );
    expect([400, 404]).toContain(res.status);
    expect(res.raw).not.toContain(SECRET);
  });
});

describe('projects over HTTP', () => {
  it('creates a project, lists its (empty) articles, and closes it whole', async () => {
    const file = path.join(dir, 'دفتر-الاختبار.sqlite');
    const created = await callApi(server, 'project.create', { path: file });
    expect(created).toMatchObject({ ok: true, result: { path: file, articles: 0, readOnly: false } });
    expect(fs.existsSync(file)).toBe(true);

    const listed = await callApi(server, 'articles.list', {});
    expect(listed).toEqual({ ok: true, result: { total: 0, items: [] } });

    const info = await callApi(server, 'app.info', {});
    expect(info).toMatchObject({ ok: true, result: { project: { path: file }, recent: [{ path: file }] } });

    const again = await callApi(server, 'project.create', { path: file });
    expect(again.ok).toBe(false);

    expect(await callApi(server, 'project.close', {})).toEqual({ ok: true, result: { closed: true } });
  });

  it('opens a project at start, and close() leaves it whole for the next opener', async () => {
    const file = path.join(dir, 'opened-at-start.sqlite');
    expect((await callApi(server, 'project.create', { path: file })).ok).toBe(true);
    await callApi(server, 'project.close', {});

    const other = await startWebServer({ staticDir, configDir: path.join(dir, 'config3'), importWorker: 'unused.cjs', projectPath: file, token: TOKEN });
    const info = await callApi(other, 'app.info', {});
    expect(info).toMatchObject({ ok: true, result: { project: { path: file } } });
    await other.close();
    await other.close(); // a second close is harmless

    expect(other.session.projectPath).toBeNull();
    const refused = await httpRequest(other.port, { path: '/', headers: ours() }).catch((e: NodeJS.ErrnoException) => e.code);
    expect(refused).toBe('ECONNREFUSED');
    const db = openProject(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeProject(db);
  });

  it('propagates a bad project at start as a DaftarError naming the file', async () => {
    const bogus = path.join(dir, 'not-a-project.sqlite');
    fs.writeFileSync(bogus, 'هذا ليس مشروعا');
    const start = startWebServer({ staticDir, configDir: path.join(dir, 'config4'), importWorker: 'unused.cjs', projectPath: bogus });
    await expect(start).rejects.toMatchObject({ name: 'DaftarError', code: 'project_invalid' });
    await expect(start).rejects.toThrow(bogus);
  });
});
