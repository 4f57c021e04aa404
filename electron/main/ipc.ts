/**
 * The one IPC channel between the renderer and the application. The preload forwards every
 * contract call as (method, payload) on INVOKE_CHANNEL; here the sender is checked and the call
 * goes through the same dispatcher as web mode (validation with the contract's schemas, errors
 * as envelopes). Nothing is ever thrown back across the process boundary.
 */
import type { IpcMain } from 'electron';
import type { Dispatch } from '../../shared/contract/dispatch';
import type { Envelope } from '../../shared/contract/errors';
import { isTrustedSender } from './security';

/** Must equal the preload's channel (electron/preload/make-bridge.ts); a test checks both. */
export const INVOKE_CHANNEL = 'daftar:invoke';

/** The part of Electron's IpcMainInvokeEvent we look at (kept structural so tests need no Electron). */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type InvokeHandler = (event: InvokeEvent, method: unknown, payload: unknown) => Promise<Envelope<unknown>>;

function senderOf(event: InvokeEvent): { url: string | null; isMainFrame: boolean } {
  try {
    const frame = event.senderFrame;
    if (!frame) return { url: null, isMainFrame: false };
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // Electron throws when the frame navigated away or was destroyed mid-call: not trusted.
    return { url: null, isMainFrame: false };
  }
}

export function createInvokeHandler(dispatch: Dispatch, onRejected?: (url: string | null) => void): InvokeHandler {
  return async (event, method, payload) => {
    const sender = senderOf(event);
    if (!isTrustedSender(sender.url, sender.isMainFrame)) {
      onRejected?.(sender.url);
      return {
        ok: false,
        error: { code: 'invalid_request', message: 'Refused a call that did not come from Daftar’s own window.' },
      };
    }
    // dispatch() checks that `method` is a contract method (strings only) and validates payload.
    return dispatch(method as string, payload);
  };
}

export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, onRejected?: (url: string | null) => void): void {
  const handler = createInvokeHandler(dispatch, onRejected);
  ipcMain.removeHandler(INVOKE_CHANNEL);
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, payload: unknown) => handler(event, method, payload));
}
