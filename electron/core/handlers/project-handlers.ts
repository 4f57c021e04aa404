import os from 'node:os';
import { DaftarError } from '../../../shared/contract/errors';
import type { Handlers } from '../../../shared/contract/index';
import type { Session } from '../project/session';
import type { Shell } from './shell';
import { APP_VERSION } from '../version';

type ProjectHandlers = Pick<
  Handlers,
  | 'app.info'
  | 'project.create'
  | 'project.open'
  | 'project.close'
  | 'project.forgetRecent'
  | 'dialog.chooseProjectToOpen'
  | 'dialog.chooseProjectToCreate'
  | 'dialog.chooseImportPaths'
>;

export function projectHandlers(session: Session, shell: Shell): ProjectHandlers {
  const unsupported = () => DaftarError.because('unsupported', 'dialogs_desktop_only');
  return {
    'app.info': async () => ({
      version: APP_VERSION,
      shell: shell.kind,
      platform: process.platform,
      project: session.info(),
      recent: session.recent.list(),
      defaultFolder: os.homedir(),
    }),
    'project.create': async ({ path }) => session.create(path),
    'project.open': async ({ path }) => session.open(path),
    'project.close': async () => ({ closed: await session.close() }),
    'project.forgetRecent': async ({ path }) => session.recent.forget(path),
    'dialog.chooseProjectToOpen': async () => {
      if (shell.kind !== 'electron') throw unsupported();
      return { path: await shell.chooseProjectToOpen() };
    },
    'dialog.chooseProjectToCreate': async () => {
      if (shell.kind !== 'electron') throw unsupported();
      return { path: await shell.chooseProjectToCreate() };
    },
    'dialog.chooseImportPaths': async ({ folders }) => {
      if (shell.kind !== 'electron') throw unsupported();
      return { paths: await shell.chooseImportPaths(folders) };
    },
  };
}
