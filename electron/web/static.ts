/**
 * The renderer build, served read-only. Which file a path names is decided by
 * resolveStaticPath (pure, tested with hostile paths); here we only check that the real file,
 * after symlinks, is still inside the build folder, and stream it.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './headers';
import { sendText } from './respond';
import { contentTypeFor } from '../../shared/security/content-types';
import { resolveStaticPath } from './static-path';

export async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string, staticRoot: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, `${req.method} is not allowed here.`, { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveStaticPath(rawPath);
  if (!resolved.ok) {
    sendText(res, resolved.status, resolved.status === 404 ? 'Not found.' : `Bad request: ${resolved.reason}.`);
    return;
  }
  const file = await realFileInside(staticRoot, path.join(staticRoot, resolved.relative));
  if (!file) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const size = file.stat.size;
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file.path), 'Content-Length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file.path);
  stream.on('error', (error) => {
    process.stderr.write(`daftar serve: could not read ${file.path}: ${error.message}\n`);
    res.destroy(error);
  });
  stream.pipe(res);
}

/**
 * The file's real path and stat if it is a regular file whose real path lies inside
 * `staticRoot` (itself a real path); null otherwise (missing, a folder, or a symlink out).
 */
async function realFileInside(staticRoot: string, candidate: string): Promise<{ path: string; stat: fs.Stats } | null> {
  try {
    const real = await fs.promises.realpath(candidate);
    if (!real.startsWith(staticRoot + path.sep)) return null;
    const stat = await fs.promises.stat(real);
    return stat.isFile() ? { path: real, stat } : null;
  } catch {
    return null;
  }
}
