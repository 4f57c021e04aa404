/**
 * The operation log stores English labels written by core ("create highlight", "merge speaker
 * A into B"); the undo button shows them in the UI language. Unknown labels show as stored.
 */
import type { TFunction } from 'i18next';
import { isolate, isolatePath } from '../../i18n/isolate';

export function historyLabel(label: string, t: TFunction): string {
  const fixed: Record<string, string> = {
    'create highlight': 'history.createHighlight',
    'edit highlight': 'history.editHighlight',
    'delete highlight': 'history.deleteHighlight',
    'accept suggestion': 'suggestions.history.acceptOne',
    'accept suggestions': 'suggestions.history.acceptMany',
    'reject suggestion': 'suggestions.history.reject',
    'restore suggestion': 'suggestions.history.restore',
  };
  if (fixed[label]) return t(fixed[label]);
  const merge = /^merge (speaker|theme) (.+) into (.+)$/su.exec(label);
  if (merge) return t('history.mergeTag', { kind: t(`history.${merge[1]}`), name: isolate(merge[2]), target: isolate(merge[3]) });
  const tag = /^(create|edit|delete) (speaker|theme) (.+)$/su.exec(label);
  if (tag) return t(`history.${tag[1]}Tag`, { kind: t(`history.${tag[2]}`), name: isolate(tag[3]) });
  // core/merge/merge.ts: merging a colleague's project file (after the tag merge, which also starts so).
  const project = /^merge (.+)$/su.exec(label);
  if (project) return t('errors.operation.mergeProject', { file: isolatePath(project[1]) });
  // core/articles/update-meta.ts
  const meta = /^Edit details of “(.+)”$/su.exec(label);
  if (meta) return t('importing.historyEditMeta', { title: isolate(meta[1]) });
  return label;
}
