/**
 * Headers on every web-mode response. The CSP is the same as the Electron window's
 * (electron/main/security.ts, which web mode may not import): the renderer must behave
 * identically in both shells, so our Playwright runs in web mode catch what the desktop app
 * would block, and an injected script or style from an article's text gets nowhere in either.
 * No 'unsafe-inline': Vite emits external files and React sets styles through the CSSOM.
 * The other headers keep our pages out of frames, keep URLs (which once held the token) out
 * of Referer headers, and stop other origins reading our files even where a browser would
 * send them the cookie (another port on 127.0.0.1 is "same-site").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Nothing here is worth caching: the server lives for one run, and an API answer or a
  // token redirect must never be replayed from a cache.
  'Cache-Control': 'no-store',
};
