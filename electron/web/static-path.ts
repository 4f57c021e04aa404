/**
 * Which file of the renderer build a URL path names, decided without touching the disk so it
 * can be tested with hostile paths. The answer is a path relative to the static folder made
 * only of plain segments: no "..", no ".", no dotfiles, no backslashes, no NUL, no drive
 * letters, so joining it to the folder can never leave it. (static.ts still checks the real
 * path after symlinks, as a second wall.)
 */
import path from 'node:path';

export type StaticPath = { ok: true; relative: string } | { ok: false; status: 400 | 404; reason: string };

const MAX_PATH = 1024;

export function resolveStaticPath(rawPath: string): StaticPath {
  if (rawPath.length > MAX_PATH) return { ok: false, status: 400, reason: 'path too long' };
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'path must start with /' };
  if (rawPath === '/') return { ok: true, relative: 'index.html' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  // Backslash is a separator on Windows and NUL truncates paths in C APIs: neither (nor any
  // other control character) has a place in a URL to one of our files, encoded or not.
  if (/[\\\x00-\x1f\x7f]/.test(decoded)) return { ok: false, status: 400, reason: 'backslash or control character in path' };

  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    // Empty segments ("//"), ".", ".." and dotfiles are all refused: the build has none.
    if (segment === '' || segment.startsWith('.')) return { ok: false, status: 404, reason: 'not a file of the app' };
    // "C:" would make path.join on Windows start from a drive.
    if (segment.includes(':')) return { ok: false, status: 404, reason: 'not a file of the app' };
  }
  const relative = segments.join(path.sep);
  // Belt and braces: the normalised form must be the same plain relative path.
  if (path.isAbsolute(relative) || path.normalize(relative) !== relative) {
    return { ok: false, status: 404, reason: 'not a file of the app' };
  }
  return { ok: true, relative };
}

