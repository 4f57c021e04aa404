import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Headers on every response of both shells (app:// in Electron, HTTP in web mode). The CSP
 * is the same in both; the others keep our pages out of frames, keep URLs (which once held the
 * web-mode token) out of Referer headers, and stop other origins reading our files even where
 * a browser would send them the cookie (another port on 127.0.0.1 is "same-site").
 *
 * Caching differs by shell, so it is the caller's choice: web mode says no-store (the server
 * lives for one run, and an API answer or a token redirect must never be replayed from a
 * cache); app:// says no-cache (the files change only when the app is rebuilt, and a dev
 * rebuild should show at once).
 */
export function securityHeaders(cache: 'no-store' | 'no-cache'): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': cache,
  };
}
