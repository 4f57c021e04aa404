import { describe, expect, it } from 'vitest';
import {
  authorize,
  cookieTokens,
  generateToken,
  hasValidCookie,
  isAllowedHost,
  isAllowedOrigin,
  isValidToken,
  redirectLocation,
  splitTarget,
  tokenCookie,
  tokensMatch,
} from './auth';

const PORT = 41234;
const TOKEN = 'A1b2C3d4E5f6G7h8I9j0_-kLmNoPqRsT';
const config = { port: PORT, token: TOKEN };
const host = `127.0.0.1:${PORT}`;

describe('isAllowedHost', () => {
  it('accepts only the loopback names with our exact port', () => {
    expect(isAllowedHost(`127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isAllowedHost(`localhost:${PORT}`, PORT)).toBe(true);
    expect(isAllowedHost(`LOCALHOST:${PORT}`, PORT)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '127.0.0.1',
    'localhost',
    `evil.example:${PORT}`,
    `127.0.0.1:${PORT + 1}`,
    `127.0.0.1:${PORT}0`,
    `127.0.0.1:0${PORT}`,
    `localhost.:${PORT}`,
    `localhost:${PORT}.evil.example`,
    `127.0.0.1.evil.example:${PORT}`,
    `user@127.0.0.1:${PORT}`,
    ` 127.0.0.1:${PORT}`,
    `127.0.0.1:${PORT}, evil.example`,
    `[::1]:${PORT}`,
    `0.0.0.0:${PORT}`,
    `127.1:${PORT}`,
    `2130706433:${PORT}`,
  ])('refuses Host %j', (value) => {
    expect(isAllowedHost(value, PORT)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts no Origin, or exactly ours', () => {
    expect(isAllowedOrigin(undefined, PORT)).toBe(true);
    expect(isAllowedOrigin(`http://127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isAllowedOrigin(`http://localhost:${PORT}`, PORT)).toBe(true);
  });

  it.each([
    'null',
    '',
    `https://127.0.0.1:${PORT}`,
    `http://127.0.0.1:${PORT + 1}`,
    `http://evil.example:${PORT}`,
    `http://127.0.0.1:${PORT}/`,
    `http://127.0.0.1:${PORT}.evil.example`,
    'http://127.0.0.1',
    `file://`,
  ])('refuses Origin %j', (value) => {
    expect(isAllowedOrigin(value, PORT)).toBe(false);
  });
});

describe('tokens', () => {
  it('generates distinct 43-character base64url tokens that pass validation', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(isValidToken(a)).toBe(true);
  });

  it.each(['', 'short', 'has space in it!!!!', 'a;b=c'.repeat(5), 'x'.repeat(513), 'ünïcödé-tokens-here'])(
    'refuses %j as a token',
    (value) => expect(isValidToken(value)).toBe(false),
  );

  it('compares exactly, whatever the lengths', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokensMatch(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensMatch('', TOKEN)).toBe(false);
    expect(tokensMatch(TOKEN.toLowerCase(), TOKEN)).toBe(false);
  });
});

describe('cookies', () => {
  it('sets an HttpOnly, SameSite=Strict cookie for the whole site', () => {
    expect(tokenCookie(TOKEN)).toBe(`daftar_token=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('finds every daftar_token among other cookies, and nothing else', () => {
    expect(cookieTokens(undefined)).toEqual([]);
    expect(cookieTokens('a=1; daftar_token=x; b=2; daftar_token="y"')).toEqual(['x', 'y']);
    expect(cookieTokens('xdaftar_token=1; daftar_tokenx=2; daftar_token')).toEqual([]);
  });

  it('accepts the right token even beside a stale one, and refuses look-alikes', () => {
    expect(hasValidCookie(`daftar_token=old; daftar_token=${TOKEN}`, TOKEN)).toBe(true);
    expect(hasValidCookie(`other=${TOKEN}`, TOKEN)).toBe(false);
    expect(hasValidCookie(`daftar_token=${TOKEN}x`, TOKEN)).toBe(false);
    expect(hasValidCookie('', TOKEN)).toBe(false);
  });
});

describe('splitTarget and redirectLocation', () => {
  it('accepts only origin-form targets', () => {
    expect(splitTarget('/a/b?x=1#frag')?.path).toBe('/a/b');
    expect(splitTarget('http://evil.example/')).toBeNull();
    expect(splitTarget('*')).toBeNull();
    expect(splitTarget('')).toBeNull();
    expect(splitTarget(undefined)).toBeNull();
  });

  it('drops only the token and keeps the path and other parameters', () => {
    expect(redirectLocation(splitTarget(`/?token=${TOKEN}`)!)).toBe('/');
    expect(redirectLocation(splitTarget(`/index.html?lang=ar&token=${TOKEN}`)!)).toBe('/index.html?lang=ar');
  });

  it.each(['//evil.example/', '/\\evil.example/', '//evil.example/%2e%2e', '/\u0000x', '/a b'])(
    'never redirects off this server for path %j',
    (path) => {
      const location = redirectLocation({ path, query: new URLSearchParams(`token=${TOKEN}`) });
      expect(location).toBe('/');
    },
  );
});

describe('authorize', () => {
  const req = (over: Partial<Parameters<typeof authorize>[0]>) =>
    authorize({ method: 'GET', url: '/', host, cookie: undefined, ...over }, config);

  it('checks the Host before anything else, even with a valid token or cookie', () => {
    expect(req({ host: `evil.example:${PORT}`, url: `/?token=${TOKEN}` }).kind).toBe('forbidden');
    expect(req({ host: undefined, cookie: `daftar_token=${TOKEN}` }).kind).toBe('forbidden');
  });

  it('hands the token over as a cookie and redirects without it', () => {
    const decision = req({ url: `/?token=${TOKEN}` });
    expect(decision).toEqual({ kind: 'set_cookie', location: '/', cookie: tokenCookie(TOKEN) });
  });

  it('refuses a wrong, repeated or empty token in the URL even with a valid cookie', () => {
    const cookie = `daftar_token=${TOKEN}`;
    expect(req({ url: '/?token=wrong', cookie }).kind).toBe('unauthorized');
    expect(req({ url: `/?token=${TOKEN}&token=${TOKEN}` }).kind).toBe('unauthorized');
    expect(req({ url: '/?token=' }).kind).toBe('unauthorized');
  });

  it('takes a token only from a GET; other verbs need the cookie', () => {
    expect(req({ method: 'POST', url: `/api/app.info?token=${TOKEN}` }).kind).toBe('unauthorized');
    expect(req({ method: 'HEAD', url: `/?token=${TOKEN}` }).kind).toBe('unauthorized');
  });

  it('allows a request with the cookie and refuses one without', () => {
    expect(req({ cookie: `daftar_token=${TOKEN}` })).toMatchObject({ kind: 'allow', target: { path: '/' } });
    expect(req({}).kind).toBe('unauthorized');
    expect(req({ cookie: 'daftar_token=guess' }).kind).toBe('unauthorized');
  });

  it('refuses a target that is not a path', () => {
    expect(req({ url: `http://127.0.0.1:${PORT}/?token=${TOKEN}` }).kind).toBe('bad_request');
  });
});
