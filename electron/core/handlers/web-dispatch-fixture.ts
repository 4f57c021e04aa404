/**
 * A session with the contract's dispatcher in front of it, as web mode has them (no file
 * pickers, no PDF printing), in a test's temporary folder: for tests that drive the handlers the
 * way the renderer does. Only imported by tests.
 */
import path from 'node:path';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { Session } from '../project/session';
import { createHandlers } from './index';

export function webDispatcher(dir: string, options: { projectWorker?: string; actor?: string } = {}) {
  // No import worker is built for these tests: an import would fail, saying so.
  const session = new Session({ configDir: path.join(dir, 'config'), importWorker: path.join(dir, 'no-worker.cjs'), ...options });
  const shell = { kind: 'web' as const, chooseProjectToOpen: async () => null, chooseProjectToCreate: async () => null, chooseImportPaths: async () => [] };
  return { session, dispatch: createDispatcher(createHandlers(session, shell)) };
}
