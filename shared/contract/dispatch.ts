/**
 * The one place where a transport's raw (method, payload) becomes a typed handler call.
 * Electron's IPC registration and web mode's HTTP server both go through `createDispatcher`,
 * so both validate exactly the same way and shape errors exactly the same way.
 */
import { contract, isMethod, type Handlers, type Method } from './index';
import { DaftarError, type Envelope } from './errors';

export type Dispatch = (method: string, payload: unknown) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Called with unexpected (non-Daftar) errors, e.g. to log them. */
  onInternalError?: (method: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (method, payload) => {
    if (!isMethod(method)) {
      return fail('invalid_request', `Unknown method "${String(method).slice(0, 80)}".`);
    }
    const parsed = contract[method].request.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` (${first.path.join('.')})` : '';
      return fail('invalid_request', `Bad request for ${method}${where}: ${first?.message ?? 'invalid'}.`);
    }
    try {
      const handler = handlers[method] as (request: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      return { ok: true, result };
    } catch (error) {
      if (error instanceof DaftarError) return fail(error.code, error.message);
      options.onInternalError?.(method as Method, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `Something went wrong in ${method}: ${message}`);
    }
  };
}

function fail(code: DaftarError['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
