import { DaftarError } from '../../shared/contract/errors';
import type { Shell } from '../core/handlers/shell';

/**
 * Web mode has no native dialogs: the page cannot be given a path on this machine by a
 * browser picker, so the renderer asks the analyst to type one instead.
 */
function unsupported(): never {
  throw DaftarError.because('unsupported', 'dialogs_desktop_only');
}

export const webShell: Shell = {
  kind: 'web',
  chooseProjectToOpen: async () => unsupported(),
  chooseProjectToCreate: async () => unsupported(),
  chooseImportPaths: async () => unsupported(),
};
