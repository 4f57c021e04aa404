/**
 * The undo log of the in-memory test bridge (history.*), shared by the doubles whose changes
 * the application records as operations: highlights (test-bridge-highlights.ts) and article
 * metadata (test-bridge.ts). Each step carries how to take it back and do it again, and what it
 * changed in the form electron/core/history/changed.ts reports, so the stores' refreshes can
 * be tested. A test double for component tests only; the real log is tested on SQLite.
 */
import type { ChangeKind, Handlers, HistoryChanges, MetaField } from '../../../shared/contract/index';

export type HistoryMethod = 'history.state' | 'history.undo' | 'history.redo';

export interface RecordedStep {
  label: string;
  changed: HistoryChanges;
  undo(): void;
  redo(): void;
}

export interface HistoryDouble {
  handlers: Pick<Handlers, HistoryMethod>;
  record(step: RecordedStep): void;
}

export const ACTOR = 'analyst';

/** A report of changes, built the way the core builds it (sorted, no repeats). */
export function changesOf(parts: {
  tables: string[];
  annotations?: string[];
  notes?: boolean;
  metadata?: { id: string; fields: MetaField[] }[];
  codebook?: boolean;
}): HistoryChanges {
  const annotations = [...new Set(parts.annotations ?? [])].sort();
  const metadata = [...(parts.metadata ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const kinds = new Set<ChangeKind>();
  if (annotations.length) kinds.add('highlights');
  if (parts.notes) kinds.add('notes');
  if (metadata.length) kinds.add('metadata');
  if (parts.codebook) kinds.add('codebook');
  return {
    tables: [...new Set(parts.tables)].sort(),
    kinds: [...kinds].sort(),
    articleIds: [...new Set([...annotations, ...metadata.map((m) => m.id)])].sort(),
    metadata,
    annotations,
    rejections: [],
  };
}

export function createHistoryDouble(now: () => string): HistoryDouble {
  const log: (RecordedStep & { id: string; at: string; state: 'done' | 'undone' })[] = [];
  let nextId = 1;
  const summary = (op: (typeof log)[number] | undefined) => (op ? { id: op.id, label: op.label, actor: ACTOR, at: op.at } : null);
  const state = () => ({
    undo: summary([...log].reverse().find((o) => o.state === 'done')),
    redo: summary(log.find((o) => o.state === 'undone')),
  });
  return {
    record(step) {
      // A new change makes the undone ones unreachable, as in every editor.
      for (let i = log.length - 1; i >= 0; i--) if (log[i].state === 'undone') log.splice(i, 1);
      log.push({ ...step, id: `op-${nextId++}`, at: now(), state: 'done' });
    },
    handlers: {
      'history.state': async () => state(),
      'history.undo': async () => {
        const op = [...log].reverse().find((o) => o.state === 'done');
        if (op) {
          op.undo();
          op.state = 'undone';
        }
        return { ...state(), changed: op?.changed ?? null };
      },
      'history.redo': async () => {
        const op = log.find((o) => o.state === 'undone');
        if (op) {
          op.redo();
          op.state = 'done';
        }
        return { ...state(), changed: op?.changed ?? null };
      },
    },
  };
}
