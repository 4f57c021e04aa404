/**
 * Every security decision of the Electron shell, as pure functions. main.ts only wires these
 * into Electron's events, so each rule is unit-tested here with hostile inputs while the
 * Electron binary is absent. Nothing here imports 'electron'.
 *
 * The model: the renderer is a page from our own origin (app://daftar) with no Node, no
 * navigation away, no new windows, no permissions, no webviews. It talks to the application only
 * through the contract (one IPC channel), and the main process checks who is asking.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'daftar';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The renderer's CSP (shared/security/csp.ts), sent with every app:// response. */
export { CONTENT_SECURITY_POLICY };

/**
 * The BrowserWindow's webPreferences. Written out in full (even Electron's defaults) so a
 * change of default in a future Electron cannot silently weaken the window.
 */
export function secureWebPreferences(options: { preloadPath: string; devTools: boolean }) {
  if (!path.isAbsolute(options.preloadPath)) {
    throw new Error(`The preload script path must be absolute, got "${options.preloadPath}".`);
  }
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.devTools,
  } as const;
}

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL of our own origin: app://daftar/..., with no credentials or port smuggled in. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Whether the window may navigate to `url` (will-navigate). The app is a single page: the only
 * navigation allowed is to its own entry document again (a reload); everything else, including
 * other app:// paths and every external or file: URL, is refused.
 */
export function shouldAllowNavigation(url: unknown): boolean {
  if (!isAppUrl(url)) return false;
  const { pathname } = new URL(url as string);
  return pathname === '/' || pathname === '/index.html';
}

/**
 * The normalised http(s) URL to hand to the system browser, or null when the link must not
 * leave the app at all (file:, javascript:, data:, custom schemes, credentials in the URL,
 * malformed). Callers open the returned href, never the raw string: the URL parser drops
 * control characters and whitespace, so the raw string is not what was checked.
 */
export function externalUrl(url: unknown): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  if (parsed.href.length > 2048) return null;
  return parsed.href;
}

export function shouldOpenExternally(url: unknown): boolean {
  return externalUrl(url) !== null;
}

/**
 * IPC sender validation: only our own page's main frame may call the contract. A frame that
 * is gone (null URL), a sub-frame, or any other origin is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/**
 * Maps app://daftar/<path> to a file under the built renderer (dist/renderer), or null when the
 * request must be refused: another origin, a malformed escape, NUL or control characters,
 * backslashes, '.' or '..' segments (also percent-encoded), drive letters, empty segments, or
 * anything that would resolve outside `rendererRoot`. '/' serves index.html.
 *
 * The path is read from the raw string, not from URL.pathname: the URL parser quietly resolves
 * '..' and '%2e%2e' (clamping at the root), which would turn a traversal attempt into some other
 * file instead of refusing it. Chromium hands us canonical URLs, so an honest request never has
 * any of these; this is the second, independent check.
 */
export function resolveAppPath(rendererRoot: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || !requestUrl.startsWith(APP_ORIGIN) || !isAppUrl(requestUrl)) return null;
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0];
  const root = path.resolve(rendererRoot);
  if (rawPath === '' || rawPath === '/') return path.join(root, 'index.html');
  if (!rawPath.startsWith('/')) return null; // e.g. app://daftar.evil or app://daftar:1

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\\x00-\x1f\x7f]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  const badSegment = (s: string) => s === '' || s === '.' || s === '..' || s.includes(':');
  if (segments.some(badSegment)) return null;

  const file = path.join(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/**
 * Permission requests and checks (camera, notifications, clipboard-read, geolocation, ...):
 * the notebook needs none, so every one is denied. Copy and paste through the keyboard and the
 * Edit menu do not go through the permission system and keep working.
 */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}
