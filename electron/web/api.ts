/**
 * POST /api/<method>: the contract over HTTP. The body is the request, the answer is the
 * same Envelope Electron's IPC returns (status 200 also for {ok:false}), so the renderer's
 * web client and its Electron client differ only in how they carry bytes. Transport-level
 * refusals (wrong verb, origin, type, size, JSON) are envelopes too, with an HTTP status
 * that says which.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatch } from '../../shared/contract/dispatch';
import { isAllowedOrigin } from './auth';
import { sendApiError, sendJson } from './respond';

export const API_PREFIX = '/api/';
export const MAX_BODY_BYTES = 1024 * 1024;

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith(API_PREFIX);
}

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  context: { port: number; dispatch: Dispatch },
): Promise<void> {
  if (req.method !== 'POST') {
    sendApiError(res, 405, 'invalid_request', `${req.method} is not allowed here; the API takes POST.`, { Allow: 'POST' });
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, context.port)) {
    sendApiError(res, 403, 'invalid_request', 'Requests from another site are refused.');
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendApiError(res, 415, 'invalid_request', 'The request body must be sent as application/json.');
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) {
    // The client may still be sending; closing the connection afterwards stops it.
    sendApiError(res, 413, 'invalid_request', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`, { Connection: 'close' });
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch (error) {
    sendApiError(res, 400, 'invalid_request', `The request body is not valid JSON: ${(error as Error).message}`);
    return;
  }
  const method = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : '';
  sendJson(res, 200, await context.dispatch(method, payload));
}

/** "application/json", optionally with parameters such as charset; nothing else. */
export function isJsonContentType(value: string | undefined): boolean {
  if (typeof value !== 'string') return false;
  return value.split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * The whole body, or null once it passes `limit` bytes (announced or actually sent): we stop
 * keeping it, so a huge body costs no memory.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
