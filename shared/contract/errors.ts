/**
 * Errors that cross the contract. Every transport (Electron IPC, web mode HTTP, the CLI)
 * turns a thrown DaftarError into the same { code, message } so the renderer can show the
 * message as-is: messages are written for the analyst, and name the file and the problem.
 */
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
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DaftarError';
    this.code = code;
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
}

/** What every transport returns for a call: never a thrown error across a process boundary. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
