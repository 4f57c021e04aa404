import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './app-protocol';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './security';

let tmp: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

const get = (pathname: string, method = 'GET') => handle(new Request(`${APP_ORIGIN}${pathname}`, { method }));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-app-protocol-'));
  root = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><title>دفتر</title></html>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("دفتر");');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{direction:rtl}');
  fs.writeFileSync(path.join(root, 'assets', 'naskh.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(root, 'assets', 'data.bin'), Buffer.from([1, 2, 3]));
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'outside the renderer');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'assets', 'link.js'));
  handle = createAppRequestHandler(root);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure, fetchable scheme without opening it to other origins', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('createAppRequestHandler', () => {
  it('serves index.html for / with the CSP and nosniff', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>دفتر</title>');
  });

  it('serves assets with their MIME types', async () => {
    const js = await get('/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("دفتر");');
    expect((await get('/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/assets/naskh.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await get('/assets/data.bin')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('/assets/index-abc.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength('console.log("دفتر");')));
    expect(await response.text()).toBe('');
  });

  it('refuses other methods', async () => {
    const response = await get('/index.html', 'POST');
    expect(response.status).toBe(405);
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await get('/assets/link.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('refuses traversal that a parser would resolve', async () => {
    // new Request() canonicalises like Chromium does, so build the hostile URL by hand. A
    // parser would turn this into /index.html and serve it; it must be refused instead.
    const hostile = { method: 'GET', url: `${APP_ORIGIN}/assets/%2e%2e/index.html` } as Request;
    expect((await handle(hostile)).status).toBe(404);
    const escape = { method: 'GET', url: `${APP_ORIGIN}/assets/..%2F..%2Fsecret.txt` } as Request;
    const response = await handle(escape);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('says the renderer is not built when index.html is missing', async () => {
    const empty = createAppRequestHandler(path.join(tmp, 'not-built'));
    const response = await empty(new Request(`${APP_ORIGIN}/`));
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/not built.*index\.html.*npm run build/);
  });
});
