import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export { CONTENT_SECURITY_POLICY };

/**
 * Headers on every web-mode response. The CSP is the Electron window's too (shared/security).
 * The other headers keep our pages out of frames, keep URLs (which once held the token) out
 * of Referer headers, and stop other origins reading our files even where a browser would
 * send them the cookie (another port on 127.0.0.1 is "same-site").
 */
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
