import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../shared/security/content-types';
import { resolveStaticPath } from './static-path';

describe('resolveStaticPath', () => {
  it('maps / to index.html and plain paths to plain relative paths', () => {
    expect(resolveStaticPath('/')).toEqual({ ok: true, relative: 'index.html' });
    expect(resolveStaticPath('/index.html')).toEqual({ ok: true, relative: 'index.html' });
    expect(resolveStaticPath('/assets/index-B1x.js')).toEqual({ ok: true, relative: path.join('assets', 'index-B1x.js') });
    expect(resolveStaticPath('/assets/noto%20naskh.woff2')).toEqual({ ok: true, relative: path.join('assets', 'noto naskh.woff2') });
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/etc/passwd',
    '/assets%2f..%2f..%2fpackage.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/./index.html',
    '/.env',
    '/.git/config',
    '//etc/passwd',
    '/assets//x.js',
    '/assets/',
    '/C:/Windows/win.ini',
    '/c:%5cwindows',
  ])('refuses %j', (raw) => {
    const result = resolveStaticPath(raw);
    expect(result.ok).toBe(false);
  });

  it.each(['/..%5c..%5cpackage.json', '/..\\..\\package.json', '/index.html%00.png', '/a%0d%0aSet-Cookie:x', '/%E0%A4%A', '/%'])(
    'answers 400 for hostile encoding %j',
    (raw) => {
      expect(resolveStaticPath(raw)).toMatchObject({ ok: false, status: 400 });
    },
  );

  it('refuses paths that are not absolute or absurdly long', () => {
    expect(resolveStaticPath('index.html').ok).toBe(false);
    expect(resolveStaticPath(`/${'a'.repeat(2000)}`).ok).toBe(false);
  });

  it('never yields a path that leaves the folder, for any resolved answer', () => {
    const root = path.resolve('/srv/static');
    const attempts = ['/a/b/c.js', '/%2e%2e', '/a/%2e%2e/%2e%2e/b', '/a/.%2e/b', '/%2e/a', '/...', '/a/..../b'];
    for (const raw of attempts) {
      const result = resolveStaticPath(raw);
      if (result.ok) expect(path.resolve(root, result.relative).startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.WOFF2', 'font/woff2'],
    ['a.woff', 'font/woff'],
    ['a.ttf', 'font/ttf'],
    ['a.png', 'image/png'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.exe', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
    ['assets.js/noext', 'application/octet-stream'],
    ['.css', 'application/octet-stream'],
    ['C:\\app\\a.css', 'text/css; charset=utf-8'],
    ['a.constructor', 'application/octet-stream'],
    ['a.__proto__', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
