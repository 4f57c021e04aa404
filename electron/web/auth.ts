/**
 * Web mode's security decisions, in one place and free of I/O so they can be tested with
 * hostile inputs. The server (server.ts) only carries them out.
 *
 * The threat: any web page the analyst opens in the same browser can make requests to
 * 127.0.0.1. We defend with
 *   - a Host check (DNS rebinding: evil.example resolving to 127.0.0.1 sends Host: evil.example),
 *   - a per-run secret token, handed over once in the printed URL and then kept in an HttpOnly,
 *     SameSite=Strict cookie (other sites' requests do not carry it),
 *   - for the API, an Origin check and a JSON-only body (a cross-site form cannot send
 *     application/json without a CORS preflight, which we never answer).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE = 'daftar_token';
export const TOKEN_PARAM = 'token';

/** Tokens are base64url; at least 16 characters so a test token is still not guessable by accident. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,512}$/;

export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isValidToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * Constant-time comparison. Hashing first makes both sides the same length, so neither the
 * content nor the length of the secret leaks through timing.
 */
export function tokensMatch(candidate: string, token: string): boolean {
  const a = createHash('sha256').update(candidate, 'utf8').digest();
  const b = createHash('sha256').update(token, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/**
 * Only the exact loopback names with our exact port. A missing Host, another port (another
 * local server's page), a trailing dot, credentials or any other name are refused.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** No Origin (same-origin GET, curl) is fine; a present one must be ours exactly. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

/** The values of every `daftar_token` cookie in a Cookie header (a browser may send several). */
export function cookieTokens(cookieHeader: string | undefined): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== TOKEN_COOKIE) continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    values.push(value);
  }
  return values;
}

export function hasValidCookie(cookieHeader: string | undefined, token: string): boolean {
  // Compare every candidate (no early exit) so the number of cookies is all that timing shows.
  let ok = false;
  for (const value of cookieTokens(cookieHeader)) if (tokensMatch(value, token)) ok = true;
  return ok;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export interface Target {
  /** The raw path, still percent-encoded, always starting with '/'. */
  path: string;
  query: URLSearchParams;
}

/**
 * Split a request target into path and query. Only the origin form ("/path?query") is
 * accepted: an absolute URL ("http://evil/...") or "*" is not something a browser sends to us.
 */
export function splitTarget(url: string | undefined): Target | null {
  if (typeof url !== 'string' || !url.startsWith('/')) return null;
  const hash = url.indexOf('#');
  const withoutHash = hash >= 0 ? url.slice(0, hash) : url;
  const q = withoutHash.indexOf('?');
  const path = q >= 0 ? withoutHash.slice(0, q) : withoutHash;
  const query = new URLSearchParams(q >= 0 ? withoutHash.slice(q + 1) : '');
  return { path, query };
}

/**
 * Where to send the browser after taking the token out of the URL: the same path and the
 * other query parameters. A path that a browser would read as another host ("//evil.example",
 * "/\evil.example") or that holds anything but visible ASCII becomes "/", so the redirect can
 * never leave this server.
 */
export function redirectLocation(target: Target): string {
  const path = /^\/[/\\]/.test(target.path) || !/^[\x21-\x7e]*$/.test(target.path) ? '/' : target.path;
  const rest = new URLSearchParams(target.query);
  rest.delete(TOKEN_PARAM);
  const query = rest.toString();
  return query ? `${path}?${query}` : path;
}

export interface RequestFacts {
  method: string | undefined;
  url: string | undefined;
  host: string | undefined;
  cookie: string | undefined;
}

export type AccessDecision =
  | { kind: 'forbidden'; reason: string }
  | { kind: 'bad_request'; reason: string }
  | { kind: 'unauthorized'; reason: string; target: Target }
  | { kind: 'set_cookie'; location: string; cookie: string }
  | { kind: 'allow'; target: Target };

/**
 * The gate every request passes, in order: Host, request target, token hand-over, cookie.
 * The token is only taken from a GET (a navigation); its value then leaves the address bar
 * and history through the 303 redirect.
 */
export function authorize(req: RequestFacts, config: { port: number; token: string }): AccessDecision {
  if (!isAllowedHost(req.host, config.port)) {
    return { kind: 'forbidden', reason: `Host "${String(req.host ?? '').slice(0, 100)}" is not this server` };
  }
  const target = splitTarget(req.url);
  if (!target) return { kind: 'bad_request', reason: 'the request target must be a path' };

  const offered = target.query.getAll(TOKEN_PARAM);
  if (req.method === 'GET' && offered.length > 0) {
    if (offered.length !== 1 || !tokensMatch(offered[0], config.token)) {
      return { kind: 'unauthorized', reason: 'wrong access token in the URL', target };
    }
    return { kind: 'set_cookie', location: redirectLocation(target), cookie: tokenCookie(config.token) };
  }
  if (!hasValidCookie(req.cookie, config.token)) {
    return { kind: 'unauthorized', reason: 'no valid access cookie', target };
  }
  return { kind: 'allow', target };
}
