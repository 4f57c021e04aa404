import type { Handlers } from '../../../shared/contract/index';
import type { Session } from '../project/session';
import { annotationHandlers } from './annotation-handlers';
import { articleHandlers } from './article-handlers';
import { exportHandlers } from './export-handlers';
import { importHandlers } from './import-handlers';
import { gateWritesDuringMerge } from './merge-gate';
import { projectHandlers } from './project-handlers';
import { searchHandlers } from './search-handlers';
import { suggestHandlers } from './suggest-handlers';
import type { Shell } from './shell';

/**
 * Every contract method, implemented over core. `satisfies Handlers` makes a missing or
 * mistyped method a compile error. Electron main and web mode both serve exactly this map;
 * writes are refused while a merge runs (merge-gate.ts).
 */
export function createHandlers(session: Session, shell: Shell): Handlers {
  return gateWritesDuringMerge(session, {
    ...projectHandlers(session, shell),
    ...articleHandlers(session),
    ...importHandlers(session),
    ...searchHandlers(session),
    ...annotationHandlers(session),
    ...exportHandlers(session, shell),
    ...suggestHandlers(session),
  } satisfies Handlers);
}

export type { Shell };
