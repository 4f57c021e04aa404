import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  externalUrl,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
  resolveAppPath,
  secureWebPreferences,
  shouldAllowNavigation,
  shouldOpenExternally,
} from './security';

const ROOT = path.resolve('/srv/daftar/dist/renderer');

describe('secureWebPreferences', () => {
  it('locks the renderer down whatever Electron defaults to', () => {
    const prefs = secureWebPreferences({ preloadPath: path.resolve('/app/dist/node/preload.cjs'), devTools: false });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
      preload: path.resolve('/app/dist/node/preload.cjs'),
    });
  });

  it('refuses a relative preload path (Electron would silently not load it)', () => {
    expect(() => secureWebPreferences({ preloadPath: 'dist/node/preload.cjs', devTools: true })).toThrow(/absolute/);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only our own origin for code, styles and connections', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('has no unsafe-inline, unsafe-eval or wildcard anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|blob:/);
  });

  it('shuts plugins, base, forms and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors', 'frame-src']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });

  it('allows data: only for fonts and images (Vite inlines small assets)', () => {
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('isAppUrl', () => {
  it('accepts our origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index.js?x=1#y`)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://daftar.evil/index.html',
    'app://daftar:8080/index.html',
    'app://user:pw@daftar/index.html',
    'app://user@daftar/',
    'apps://daftar/',
    'http://daftar/',
    'https://daftar/index.html',
    'file:///srv/daftar/dist/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ toString: () => APP_ENTRY_URL })).toBe(false);
    expect(isAppUrl(`${APP_ORIGIN}/${'a'.repeat(10_000)}`)).toBe(false);
  });
});

describe('shouldAllowNavigation', () => {
  it('allows only the app entry document again (a reload)', () => {
    expect(shouldAllowNavigation(APP_ENTRY_URL)).toBe(true);
    expect(shouldAllowNavigation(`${APP_ORIGIN}/`)).toBe(true);
    expect(shouldAllowNavigation(`${APP_ORIGIN}/index.html#/article/1`)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'file:///srv/daftar/dist/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://evil/index.html',
    `${APP_ORIGIN}/assets/index.js`,
    `${APP_ORIGIN}/other.html`,
    'about:blank',
    'chrome://settings',
  ])('refuses %s', (url) => {
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('externalUrl / shouldOpenExternally', () => {
  it('opens plain http and https links, normalised', () => {
    expect(externalUrl('https://www.aljazeera.net/news/2024/1/1/x')).toBe('https://www.aljazeera.net/news/2024/1/1/x');
    expect(externalUrl('HTTP://Example.COM')).toBe('http://example.com/');
    expect(shouldOpenExternally('https://ar.wikipedia.org/wiki/دفتر')).toBe(true);
  });

  it('hands out the parsed href, not the raw string with control characters', () => {
    expect(externalUrl(' \thttps://example.com/a\nb ')).toBe('https://example.com/ab');
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'app://daftar/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'smb://server/share',
    'mailto:a@example.com',
    'ftp://example.com/',
    'https://user:pass@example.com/',
    'https://user@example.com/',
    'about:blank',
    '//example.com/no-scheme',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(externalUrl(url)).toBeNull();
    expect(shouldOpenExternally(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(shouldOpenExternally(undefined)).toBe(false);
    expect(shouldOpenExternally(42)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts our own page in the main frame', () => {
    expect(isTrustedSender(APP_ENTRY_URL, true)).toBe(true);
  });

  it('refuses sub-frames, other origins and gone frames', () => {
    expect(isTrustedSender(APP_ENTRY_URL, false)).toBe(false);
    expect(isTrustedSender('https://example.com/', true)).toBe(false);
    expect(isTrustedSender('file:///srv/daftar/dist/renderer/index.html', true)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', true)).toBe(false);
    expect(isTrustedSender('about:blank', true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
  });
});

describe('resolveAppPath', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/`)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}`)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/?q=1#x`)).toBe(path.join(ROOT, 'index.html'));
  });

  it('maps paths under the renderer root, ignoring query and hash', () => {
    expect(resolveAppPath(ROOT, APP_ENTRY_URL)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/assets/index-abc.js?v=2#x`)).toBe(path.join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/assets/noto%20naskh.woff2`)).toBe(path.join(ROOT, 'assets', 'noto naskh.woff2'));
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/assets/%D8%AF%D9%81%D8%AA%D8%B1.png`)).toBe(path.join(ROOT, 'assets', 'دفتر.png'));
  });

  it.each([
    // traversal, plain and encoded in every way a parser might undo
    '/../../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/secret',
    '/..%2f..%2fetc%2fpasswd',
    '/..%2F..%2Fetc%2Fpasswd',
    '/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/assets\\..\\..\\secret',
    '/%5C%5Cserver%5Cshare',
    // absolute paths smuggled in
    '/%2Fetc%2Fpasswd',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/C%3A%5CWindows%5Cwin.ini',
    // NUL and control characters, malformed escapes
    '/index.html%00.png',
    '/assets/a%0Ab.js',
    '/%E0%A4%A',
    '/%',
    // empty or dot segments
    '/assets//index.js',
    '/./index.html',
    '/assets/',
  ])('refuses %s', (pathname) => {
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}${pathname}`)).toBeNull();
  });

  it('decodes once: a double-encoded dot-dot is a harmless literal name inside the root', () => {
    expect(resolveAppPath(ROOT, `${APP_ORIGIN}/%252e%252e/x`)).toBe(path.join(ROOT, '%2e%2e', 'x'));
  });

  it('refuses other origins and schemes outright', () => {
    expect(resolveAppPath(ROOT, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'file:///srv/daftar/dist/renderer/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'https://daftar/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'garbage')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://daftar.evil/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'app://daftar:8080/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, ' app://daftar/index.html')).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const hostile = ['..', '%2e%2e', '%2E.', '.%2e', '..%2f', '%2f', '%5c', '\\', '%00', 'a', '.', '~'];
    for (const a of hostile) {
      for (const b of hostile) {
        for (const c of hostile) {
          const file = resolveAppPath(ROOT, `${APP_ORIGIN}/${a}/${b}/${c}`);
          if (file !== null) {
            const relative = path.relative(ROOT, file);
            expect(relative.startsWith('..') || path.isAbsolute(relative), `${a}/${b}/${c} -> ${file}`).toBe(false);
          }
        }
      }
    }
  });
});

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb', 'unknown', ''])(
    'denies %s',
    (permission) => {
      expect(isPermissionAllowed(permission)).toBe(false);
    },
  );
});
