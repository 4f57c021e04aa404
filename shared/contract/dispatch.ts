/**
 * The one place where a transport's raw (method, payload) becomes a typed handler call.
 * Electron's IPC registration and web mode's HTTP server both go through `createDispatcher`,
 * so both validate exactly the same way and shape errors exactly the same way.
 */
import { contract, isMethod, type Handlers, type Method } from './index';
import type { z } from 'zod';
import { DaftarError, errorPayload, type Envelope, type ErrorPayload } from './errors';
import { contractMessageReason, englishOf, reasoned, type ReasonParam, type Reasoned } from './reasons';

export type Dispatch = (method: string, payload: unknown) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Called with unexpected (non-Daftar) errors, e.g. to log them. */
  onInternalError?: (method: string, error: unknown) => void;
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (method, payload) => {
    if (!isMethod(method)) {
      const why = reasoned('request_unknown_method', { method: String(method).slice(0, 80) });
      return fail({ code: 'invalid_request', message: englishOf(why), ...why });
    }
    const parsed = contract[method].request.safeParse(payload ?? {});
    if (!parsed.success) return fail(badRequest(method, parsed.error.issues[0]));
    try {
      const handler = handlers[method] as (request: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      return { ok: true, result };
    } catch (error) {
      if (error instanceof DaftarError) return fail(errorPayload(error));
      options.onInternalError?.(method as Method, error);
      const detail = error instanceof Error ? error.message : String(error);
      const why = reasoned('internal_failure', { method, detail });
      return fail({ code: 'internal', message: englishOf(why), ...why });
    }
  };
}

function fail(error: ErrorPayload): Envelope<never> {
  return { ok: false, error };
}

/**
 * The first problem with a request. The English message keeps zod's words as before; the
 * problem is also given as a reason (the contract's messages, or zod's common kinds) so the UI
 * can translate it, and stays the raw text where no reason fits.
 */
function badRequest(method: string, issue: z.core.$ZodIssue | undefined): ErrorPayload {
  const field = issue?.path.length ? issue.path.join('.') : '';
  const text = issue?.message ?? 'invalid';
  const message = `Bad request for ${method}${field ? ` (${field})` : ''}: ${text}.`;
  const problem: ReasonParam = problemOf(issue) ?? text;
  const why = reasoned('request_invalid', { method, field: field ? reasoned('request_field', { field }) : '', problem });
  return { code: 'invalid_request', message, ...why };
}

function problemOf(issue: z.core.$ZodIssue | undefined): Reasoned | null {
  if (!issue) return null;
  const known = contractMessageReason(issue.message);
  if (known) return known;
  if (issue.code === 'too_big') return reasoned('request_too_big', { max: Number(issue.maximum) });
  if (issue.code === 'too_small') {
    return issue.origin === 'string' && Number(issue.minimum) === 1 ? reasoned('request_value_needed') : reasoned('request_too_small', { min: Number(issue.minimum) });
  }
  if (issue.code === 'invalid_value') return reasoned('request_wrong_value');
  return null;
}
