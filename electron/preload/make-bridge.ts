/**
 * window.daftar: one function per contract method, each forwarding (method, request) over the
 * single IPC channel. Built from METHODS so the bridge can never expose more, or less, than the
 * contract; the main process validates every request again (the renderer is not trusted).
 */
import { METHODS, type Bridge, type Method } from '../../shared/contract/index';

/** Must equal electron/main/ipc.ts's INVOKE_CHANNEL; tests/unit/shell-parity.test.ts checks both. */
export const INVOKE_CHANNEL = 'daftar:invoke';

export type Invoke = (method: Method, request: unknown) => Promise<unknown>;

export function makeBridge(invoke: Invoke): Bridge {
  const entries = METHODS.map((method) => [method, (request: unknown) => invoke(method, request)] as const);
  // The cast is the one place types meet runtime: invoke returns whatever main's dispatcher
  // sent, which is an Envelope of that method's response by construction (ipc.ts).
  return Object.freeze(Object.fromEntries(entries)) as unknown as Bridge;
}
