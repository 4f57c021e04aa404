// Constants that two layers must agree on but may not import from each other (the layering
// rule): main and preload share the IPC channel; main and web mode serve the renderer under the
// same Content-Security-Policy, so what web-mode tests see is what the desktop app allows.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNEL as MAIN_CHANNEL } from '../../electron/main/ipc';
import { CONTENT_SECURITY_POLICY as ELECTRON_CSP } from '../../electron/main/security';
import { INVOKE_CHANNEL as PRELOAD_CHANNEL } from '../../electron/preload/make-bridge';
import { CONTENT_SECURITY_POLICY as WEB_CSP } from '../../electron/web/headers';

describe('shell parity', () => {
  it('main and preload use the same IPC channel', () => {
    expect(PRELOAD_CHANNEL).toBe(MAIN_CHANNEL);
    expect(MAIN_CHANNEL).toBe('daftar:invoke');
  });

  it('the Electron window and web mode send the same CSP', () => {
    expect(WEB_CSP).toBe(ELECTRON_CSP);
  });
});
