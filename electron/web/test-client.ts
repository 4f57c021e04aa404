/**
 * A tiny HTTP client for web mode's tests. node:http rather than fetch, because the tests
 * must send what a browser never would: a forged Host, no Host at all, raw "..", odd verbs.
 * Used only by electron/web/*.test.ts.
 */
import http from 'node:http';
import net from 'node:net';
import type { Envelope } from '../../shared/contract/errors';
import type { Method, Request, Response } from '../../shared/contract/index';
import { TOKEN_COOKIE } from './auth';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** false: send no Host header at all. */
  setHost?: boolean;
}

export function httpRequest(port: number, options: HttpOptions = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers ?? {},
        setHost: options.setHost ?? true,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Send bytes exactly as given (for request lines node:http refuses to build) and return the status. */
export function rawRequest(port: number, text: string): Promise<{ status: number; raw: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let raw = '';
    socket.on('data', (d) => (raw += d.toString('latin1')));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0), raw }));
    socket.on('error', reject);
  });
}

export function authCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}`;
}

/** A contract call as the renderer's web client makes it: POST /api/<method>, JSON, with the cookie. */
export async function callApi<M extends Method>(
  server: { port: number; token: string },
  method: M,
  request: Request<M>,
): Promise<Envelope<Response<M>>> {
  const res = await httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      Host: `127.0.0.1:${server.port}`,
      Origin: `http://127.0.0.1:${server.port}`,
      'Content-Type': 'application/json',
      Cookie: authCookie(server.token),
    },
    body: JSON.stringify(request),
  });
  if (res.status !== 200) throw new Error(`${method}: HTTP ${res.status}: ${res.body}`);
  return JSON.parse(res.body) as Envelope<Response<M>>;
}
