/**
 * Errors that cross the contract. Every transport (Electron IPC, web mode HTTP, the CLI)
 * turns a thrown DaftarError into the same { code, message, reason?, params? }: the message is
 * English written for the analyst (naming the file and the problem; the CLI prints it), and the
 * reason key with its params (shared/contract/reasons.ts) lets the renderer say it in the UI's
 * language. An error without a reason is shown with its English message.
 */
import { englishOf, reasoned, type ParamsArg, type ReasonKey, type Reasoned, type ReasonParams } from './reasons';

export const ERROR_CODES = [
  'invalid_request', // the request did not match the contract's schema
  'invalid_input', // an input (file, path, value) is bad; nothing was changed
  'project_invalid', // the project file is not Daftar's, corrupt, untrusted or from a newer version
  'project_busy', // the project is open in another Daftar
  'project_outdated', // the project is from an older Daftar: upgrade a copy (or consent to in place) first
  'no_project', // the method needs an open project and none is open
  'not_found', // the id does not exist
  'unsupported', // this transport cannot do it (e.g. native dialogs in web mode)
  'internal', // a bug: the message is still shown, the details are logged
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DaftarError extends Error {
  readonly code: ErrorCode;
  readonly reason?: ReasonKey;
  readonly params?: ReasonParams;
  constructor(code: ErrorCode, message: string, why?: Reasoned) {
    super(message);
    this.name = 'DaftarError';
    this.code = code;
    if (why) {
      this.reason = why.reason;
      if (why.params) this.params = why.params;
    }
  }

  /** The error for a catalogued reason: its English message is built from the catalogue. */
  static because<K extends ReasonKey>(code: ErrorCode, reason: K, ...params: ParamsArg<K>): DaftarError {
    const why = reasoned(reason, ...params);
    return new DaftarError(code, englishOf(why), why);
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  reason?: ReasonKey;
  params?: ReasonParams;
}

/** The payload of a DaftarError, with its reason when it has one. */
export function errorPayload(error: DaftarError): ErrorPayload {
  const payload: ErrorPayload = { code: error.code, message: error.message };
  if (error.reason) payload.reason = error.reason;
  if (error.params) payload.params = error.params;
  return payload;
}

/** What every transport returns for a call: never a thrown error across a process boundary. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
