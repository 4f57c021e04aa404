/**
 * The app:// protocol: serves the built renderer (dist/renderer) to the window as the origin
 * app://daftar. A custom standard scheme instead of file:// gives the page a real origin (so
 * 'self' in the CSP means something and storage is scoped), and every response passes through
 * one function that decides what may be read.
 *
 * Only type imports from 'electron' here: the request handler is plain fetch-API code that the
 * tests run under Node against real files.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { securityHeaders } from '../../shared/security/headers';
import { contentTypeFor } from '../../shared/security/content-types';
import { APP_SCHEME, resolveAppPath } from './security';

/**
 * Registered before 'ready'. standard: URLs resolve like http (relative paths, an origin);
 * secure: a secure context like https; supportFetchAPI: fetch() of our own assets works.
 * corsEnabled stays off: it would let other origins read app:// responses.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const SECURITY_HEADERS = securityHeaders('no-cache');

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** True when `file`, after following symlinks, still lies inside `root`. */
async function staysInside(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
  const relative = path.relative(realRoot, realFile);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function createAppRequestHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, `Method ${request.method} is not allowed on ${APP_SCHEME}://.`);
    }
    const file = resolveAppPath(root, request.url);
    if (!file) return textResponse(404, 'Not found.');
    try {
      if (!(await staysInside(root, file))) return textResponse(404, 'Not found.');
      const stat = await fs.stat(file);
      if (!stat.isFile()) return textResponse(404, 'Not found.');
      const body = request.method === 'HEAD' ? null : await fs.readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Content-Length': String(stat.size) },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        if (path.basename(file) === 'index.html') {
          return textResponse(500, `The renderer is not built: ${file} is missing. Run \`npm run build\`.`);
        }
        return textResponse(404, 'Not found.');
      }
      return textResponse(500, `Could not read ${path.relative(root, file)}: ${(error as Error).message}`);
    }
  };
}

/** Call once the app is ready. */
export function registerAppProtocol(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}
