/**
 * The renderer's one way to the application: every method of the contract as an async
 * function that returns the result or throws a ClientError carrying the contract's code, the
 * English message written for the analyst, and (when the core gave one) the reason key with
 * its params, which the UI shows in its language (i18n/localise-error.ts).
 */
import { METHODS, isErrorCode, type Bridge, type ErrorCode, type Method, type Request, type Response } from '../../../shared/contract/index';
import { englishOf, reasoned, ReasonKeySchema, ReasonParamsSchema, type ReasonKey, type ReasonParams } from '../../../shared/contract/reasons';

export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly method: Method;
  readonly reason?: ReasonKey;
  readonly params?: ReasonParams;
  constructor(method: Method, code: ErrorCode, message: string, reason?: ReasonKey, params?: ReasonParams) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.method = method;
    if (reason) this.reason = reason;
    if (params) this.params = params;
  }
}

/**
 * A message the UI shows: the English text, and the reason to translate it by when there is
 * one. Plain data (stores keep it; localiseError turns it into the UI's language).
 */
export interface ShownError {
  message: string;
  reason?: ReasonKey;
  params?: ReasonParams;
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
        // Said in the UI's language too: in web mode this is what a stopped server looks like.
        const said = reasoned('request_not_delivered', { method, detail: why });
        throw new ClientError(method, 'internal', englishOf(said), said.reason, said.params);
      }
      return unwrap(method, envelope);
    };
  }
  return client as Client;
}

/** The English message of any error the UI catches (for logs and tests; the UI shows shownError). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** What to keep of a caught error to show it: its message, and its reason when it has one. */
export function shownError(error: unknown): ShownError {
  if (error instanceof ClientError && error.reason) {
    return error.params ? { message: error.message, reason: error.reason, params: error.params } : { message: error.message, reason: error.reason };
  }
  return { message: errorMessage(error) };
}

function unwrap(method: Method, envelope: unknown): unknown {
  const e = envelope as { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (e && e.ok === true) return e.result;
  if (e && e.ok === false && e.error) {
    const code = isErrorCode(e.error.code) ? e.error.code : 'internal';
    const message = typeof e.error.message === 'string' ? e.error.message : `${method} failed.`;
    // A reason this renderer does not know (another version's) is dropped: the message stays.
    const reason = ReasonKeySchema.safeParse((e.error as { reason?: unknown }).reason);
    const params = ReasonParamsSchema.safeParse((e.error as { params?: unknown }).params);
    throw new ClientError(method, code, message, reason.success ? reason.data : undefined, reason.success && params.success ? params.data : undefined);
  }
  throw new ClientError(method, 'internal', `${method} returned something that is not a Daftar answer.`);
}
