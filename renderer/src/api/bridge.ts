/**
 * The transport under the client. In Electron the preload exposes the contract as
 * `window.daftar`; anywhere else (web mode, served by `daftar serve`) the same methods go over
 * HTTP to /api/<method>. Both return the contract's Envelope, never a thrown error, so the
 * client above treats them identically.
 */
import { METHODS, type Bridge, type Envelope, type Method } from '../../../shared/contract/index';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload); absent in web mode. */
    daftar?: Bridge;
  }
}

type Fetch = (input: string, init: RequestInit) => Promise<globalThis.Response>;

export interface WebBridgeOptions {
  /** Where the API lives; web mode serves it beside the page. */
  baseUrl?: string;
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: Fetch;
}

export function getBridge(): Bridge {
  if (typeof window !== 'undefined' && window.daftar) return window.daftar;
  return createWebBridge();
}

/**
 * A Bridge over HTTP, built from METHODS so it exposes exactly the contract: a method added
 * to shared/contract appears here without touching this file.
 */
export function createWebBridge(options: WebBridgeOptions = {}): Bridge {
  const baseUrl = options.baseUrl ?? '/api/';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const bridge: Partial<Record<Method, (request: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const method of METHODS) {
    bridge[method] = (request) => post(doFetch, `${baseUrl}${method}`, method, request);
  }
  return bridge as Bridge;
}

async function post(doFetch: Fetch, url: string, method: Method, request: unknown): Promise<Envelope<unknown>> {
  let response: globalThis.Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request ?? {}),
      // The per-run token lives in a same-origin cookie set when the served URL is opened.
      credentials: 'same-origin',
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail('internal', `Cannot reach Daftar for ${method} (${why}). Is \`daftar serve\` still running?`);
  }
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON: said below, with the status.
  }
  if (response.status === 401 || response.status === 403) {
    // The server explains its refusals in an envelope; anything else in front of it may not.
    if (isEnvelope(body) && !body.ok) return body;
    return fail(
      'invalid_request',
      `Daftar refused ${method} (HTTP ${response.status}): this page has no valid access token. ` +
        'Open the address that `daftar serve` printed, including its token.',
    );
  }
  if (body === undefined) return fail('internal', `Daftar answered ${method} with HTTP ${response.status} and no readable JSON.`);
  if (isEnvelope(body)) return body;
  return fail('internal', `Daftar answered ${method} with HTTP ${response.status} and an unexpected body.`);
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'result' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}

function fail(code: 'internal' | 'invalid_request', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
