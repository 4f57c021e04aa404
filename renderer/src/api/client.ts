/**
 * The renderer's one way to the application: every method of the contract as an async
 * function that returns the result or throws a ClientError carrying the contract's code and
 * the message written for the analyst (shown as-is in the UI).
 */
import { METHODS, isErrorCode, type Bridge, type ErrorCode, type Method, type Request, type Response } from '../../../shared/contract/index';

export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly method: Method;
  constructor(method: Method, code: ErrorCode, message: string) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.method = method;
  }
}

export type Client = { [M in Method]: (request: Request<M>) => Promise<Response<M>> };

export function createClient(bridge: Bridge): Client {
  const client: Partial<Record<Method, (request: unknown) => Promise<unknown>>> = {};
  for (const method of METHODS) {
    client[method] = async (request) => {
      const call = bridge[method] as ((request: unknown) => Promise<unknown>) | undefined;
      if (typeof call !== 'function') {
        throw new ClientError(method, 'internal', `This version of Daftar cannot do ${method}: the bridge lacks it.`);
      }
      let envelope: unknown;
      try {
        envelope = await call(request);
      } catch (error) {
        // A bridge should never throw (it returns envelopes), but IPC can fail underneath it.
        const why = error instanceof Error ? error.message : String(error);
        throw new ClientError(method, 'internal', `${method} failed before reaching Daftar: ${why}`);
      }
      return unwrap(method, envelope);
    };
  }
  return client as Client;
}

/** A message for any error the UI catches: ClientError's is already written for the analyst. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function unwrap(method: Method, envelope: unknown): unknown {
  const e = envelope as { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (e && e.ok === true) return e.result;
  if (e && e.ok === false && e.error) {
    const code = isErrorCode(e.error.code) ? e.error.code : 'internal';
    const message = typeof e.error.message === 'string' ? e.error.message : `${method} failed.`;
    throw new ClientError(method, code, message);
  }
  throw new ClientError(method, 'internal', `${method} returned something that is not a Daftar answer.`);
}
