/**
 * Web mode: the contract over HTTP on 127.0.0.1 with a per-run token, so the same renderer
 * build runs in any Chromium (our Playwright tests, machines without Electron). `daftar serve`
 * starts it and prints `url`. Security decisions live in auth.ts and static-path.ts; this file
 * only wires a request to them and to the API or the static files.
 */
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createDispatcher, type Dispatch } from '../../shared/contract/dispatch';
import { DaftarError } from '../../shared/contract/errors';
import { createHandlers } from '../core/handlers/index';
import { Session } from '../core/project/session';
import { handleApi, isApiPath } from './api';
import { authorize, generateToken, isValidToken } from './auth';
import { SECURITY_HEADERS } from './headers';
import { sendApiError, sendText } from './respond';
import { serveStatic } from './static';
import { webShell } from './web-shell';

export interface WebServerOptions {
  /** The renderer build (dist/renderer). */
  staticDir: string;
  /** For the Session's recent list. */
  configDir: string;
  /** Path to dist/node/import-worker.cjs. */
  importWorker: string;
  /** Path to dist/node/project-worker.cjs (exports, merges, probes of files from elsewhere). */
  projectWorker?: string;
  /** 0 or undefined = pick a free port. */
  port?: number;
  /** Open this project at start (errors propagate as DaftarError). */
  projectPath?: string;
  /** For tests only; default: 32 random bytes, base64url. */
  token?: string;
}

export interface WebServer {
  /** http://127.0.0.1:<port>/?token=<token>: what `daftar serve` prints. */
  url: string;
  port: number;
  token: string;
  session: Session;
  /** Stop serving and close the project, so the file is left whole. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const UNAUTHORIZED_TEXT = 'Not signed in. Open the URL printed by `daftar serve` (it carries the access token).';
/** How long close() lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 1000;

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? generateToken();
  if (!isValidToken(token)) throw new DaftarError('invalid_input', 'The web-mode token must be 16 or more base64url characters.');
  const staticRoot = realFolder(options.staticDir);

  const session = new Session({ configDir: options.configDir, importWorker: options.importWorker, projectWorker: options.projectWorker });
  if (options.projectPath) await session.open(options.projectPath);

  const dispatch = createDispatcher(createHandlers(session, webShell), {
    onInternalError: (method, error) => logError(`${method} failed`, error),
  });
  const state = { port: 0 };
  // requireHostHeader off: node would answer a missing Host with its own bare 400; our gate
  // answers 403 with the security headers, for HTTP/1.0 as well.
  const server = http.createServer({ requireHostHeader: false }, (req, res) => {
    handle(req, res, { port: state.port, token, dispatch, staticRoot }).catch((error: unknown) => {
      // The path only: a query could hold the token.
      logError(`${req.method} ${String(req.url).split('?')[0]} failed`, error);
      if (!res.headersSent) sendText(res, 500, 'Internal error; see the terminal running `daftar serve`.');
      else res.destroy();
    });
  });
  try {
    state.port = await listen(server, options.port ?? 0);
  } catch (error) {
    await session.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    url: `http://${HOST}:${state.port}/?token=${token}`,
    port: state.port,
    token,
    session,
    close: () => (closing ??= shutDown(server, session)),
  };
}

interface Context {
  port: number;
  token: string;
  dispatch: Dispatch;
  staticRoot: string;
}

async function handle(req: IncomingMessage, res: ServerResponse, context: Context): Promise<void> {
  const decision = authorize(
    { method: req.method, url: req.url, host: req.headers.host, cookie: req.headers.cookie },
    { port: context.port, token: context.token },
  );
  switch (decision.kind) {
    case 'forbidden':
      sendText(res, 403, `Forbidden: ${decision.reason}.`);
      return;
    case 'bad_request':
      sendText(res, 400, `Bad request: ${decision.reason}.`);
      return;
    case 'unauthorized':
      if (isApiPath(decision.target.path)) sendApiError(res, 401, 'invalid_request', UNAUTHORIZED_TEXT);
      else sendText(res, 401, UNAUTHORIZED_TEXT);
      return;
    case 'set_cookie':
      res.writeHead(303, { ...SECURITY_HEADERS, Location: decision.location, 'Set-Cookie': decision.cookie, 'Content-Length': 0 });
      res.end();
      return;
    case 'allow':
      if (isApiPath(decision.target.path)) await handleApi(req, res, decision.target.path, context);
      else await serveStatic(req, res, decision.target.path, context.staticRoot);
  }
}

function realFolder(dir: string): string {
  try {
    const real = fs.realpathSync(dir);
    if (fs.statSync(real).isDirectory() && fs.existsSync(path.join(real, 'index.html'))) return real;
  } catch {
    // Fall through to the message below.
  }
  throw new DaftarError('invalid_input', `${dir}: not a renderer build (no index.html there); run \`npm run build\` first.`);
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message;
      reject(new DaftarError('invalid_input', `Cannot serve on ${HOST}:${port}: ${why}.`));
    };
    server.once('error', failed);
    // Loopback only: the API reads and writes files on this machine.
    server.listen(port, HOST, () => {
      server.off('error', failed);
      server.on('error', (error) => logError('server error', error));
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function shutDown(server: http.Server, session: Session): Promise<void> {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
  await stopped;
  clearTimeout(timer);
  await session.close();
}

function logError(what: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`daftar serve: ${what}: ${detail}\n`);
}
