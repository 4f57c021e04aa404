/**
 * The renderer's Content-Security-Policy, one string for both shells: Electron sends it with
 * every app:// response, web mode with every HTTP response. The renderer must behave the same
 * in both, so Playwright runs in web mode catch what the desktop app would block, and a
 * script or style smuggled in through an article's text gets nowhere in either.
 *
 * No 'unsafe-inline' anywhere: Vite emits external scripts and stylesheets, and React sets
 * `style={...}` through the CSSOM, which CSP does not govern. `data:` stays for fonts and
 * images because Vite inlines small assets as data: URLs. connect-src 'self' keeps fetch() on
 * our own origin.
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
