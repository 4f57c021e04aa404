/**
 * The theme tree: colour swatches, labels in the UI language, number keys 1–9 for the first
 * nine themes (the reader applies themes with them), counts, descriptions. Re-parent by drag
 * and drop (onto a theme: becomes its child; onto the root area: top level) or with "Move…";
 * a move the application refuses (a cycle) shows its message above the tree.
 */
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/contract/index';
import { errorMessage } from '../../api/client';
import { localiseError } from '../../i18n/localise-error';
import { currentLanguage } from '../../i18n/index';
import { themeTree } from '../../state/codebook-store';
import { useCodebook } from '../../state/context';
import { MoveUnder } from './MoveUnder';
import { FindField, SectionHeader, TagCount, TagDialogs, type TagDialogState } from './SectionParts';
import { TagActions, type TagAction } from './TagActions';
import { ThemeForm } from './ThemeForm';
import { numberKeys, tagLabel, visibleTree } from './tag-text';
import { isolate } from '../../i18n/isolate';
import { localiseServerError, type FieldError } from './validate';

const DRAG_TYPE = 'application/x-daftar-theme';
/** The root area's key in drop-target state (theme ids are UUIDs, never this). */
const ROOT = '#root';

export function ThemeSection({ onStatus }: { onStatus: (message: FieldError) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const tags = useCodebook((s) => s.tags);
  const filterId = useCodebook((s) => s.filter.themeId);
  const setFilter = useCodebook((s) => s.setFilter);
  const update = useCodebook((s) => s.update);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [dialog, setDialog] = useState<TagDialogState>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);

  const tree = themeTree(tags);
  const keys = numberKeys(tree);
  const shown = visibleTree(tree, query);
  const label = (tag: Tag) => tagLabel(tag, language);

  const move = async (theme: Tag, parentId: string | null) => {
    setMoving(null);
    if ((theme.parentId ?? null) === parentId) return;
    try {
      await update(theme.id, { parentId });
      setMoveError(null);
    } catch (error) {
      const why = localiseServerError(errorMessage(error));
      setMoveError(t('codebook.moveFailed', { name: isolate(label(theme)), message: typeof why === 'string' ? localiseError(error, t) : t(why.key, why.values) }));
    }
  };

  const onAction = (tag: Tag, action: TagAction) => {
    if (action === 'edit') setEditing(tag.id);
    else if (action === 'move') setMoving(tag.id);
    else setDialog({ action, tag });
  };

  // Drag and drop. The dragged id is kept in state as well as in the DataTransfer: Chromium
  // hides DataTransfer data until the drop, and dragover must already know a theme is moving.
  const dropHandlers = (target: string) => ({
    onDragOver: (e: DragEvent) => {
      if (!dragging) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
      if (over !== target) setOver(target);
    },
    onDragLeave: (e: DragEvent) => {
      if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setOver((o) => (o === target ? null : o));
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const id = dragging ?? e.dataTransfer?.getData(DRAG_TYPE);
      setDragging(null);
      setOver(null);
      const theme = tags.find((x) => x.id === id);
      if (!theme || theme.id === target) return;
      void move(theme, target === ROOT ? null : target);
    },
  });

  return (
    <section className="codebook-section" aria-labelledby={headingId} data-testid="themes">
      <SectionHeader
        headingId={headingId}
        title={t('codebook.themes')}
        count={tree.length}
        addLabel={t('codebook.addTheme')}
        adding={adding}
        onToggleAdd={() => setAdding(!adding)}
        testId="add-theme"
      />
      {adding && <ThemeForm parentId={null} onDone={() => setAdding(false)} />}
      <FindField label={t('codebook.findTheme')} value={query} onChange={setQuery} testId="find-theme" />
      {moveError && (
        <p className="inline-error" role="alert" dir="auto" data-testid="move-error">
          {moveError}
        </p>
      )}
      {tree.length === 0 ? (
        <p className="muted codebook-empty">{t('codebook.noThemes')}</p>
      ) : shown.length === 0 ? (
        <p className="muted codebook-empty">{t('codebook.noMatches', { query: isolate(query) })}</p>
      ) : (
        <ul className="tag-list theme-tree" aria-labelledby={headingId}>
          {shown.map(({ tag: theme, depth }) => {
            const key = keys.get(theme.id);
            const name = label(theme);
            const classes = ['tag-item', 'theme-item', over === theme.id ? 'drop-target' : '', dragging === theme.id ? 'dragging' : ''];
            return (
              <li
                key={theme.id}
                className={classes.filter(Boolean).join(' ')}
                style={{ paddingInlineStart: `${0.4 + depth * 1.5}rem` }}
                data-testid="theme-item"
                data-tag-id={theme.id}
                data-depth={depth}
                draggable={editing !== theme.id && moving !== theme.id}
                onDragStart={(e) => {
                  e.stopPropagation();
                  e.dataTransfer?.setData(DRAG_TYPE, theme.id);
                  e.dataTransfer?.setData('text/plain', theme.name);
                  if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                  setDragging(theme.id);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setOver(null);
                }}
                {...dropHandlers(theme.id)}
              >
                {editing === theme.id ? (
                  <ThemeForm theme={theme} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <div className="tag-line">
                      <span className="swatch" style={{ background: theme.color ?? 'transparent' }} aria-hidden="true" />
                      {key !== undefined && (
                        <kbd className="number-key" title={t('codebook.numberKey', { key })} data-testid="number-key">
                          {key}
                        </kbd>
                      )}
                      <button
                        type="button"
                        className="tag-filter"
                        aria-pressed={filterId === theme.id}
                        title={[theme.description && isolate(theme.description), t('codebook.filterBy', { name: isolate(name) })].filter(Boolean).join('\n\n')}
                        data-testid="theme-filter"
                        onClick={() => setFilter({ themeId: filterId === theme.id ? null : theme.id })}
                      >
                        <span className="tag-name">
                          <bdi>{name}</bdi>
                        </span>
                      </button>
                      <TagCount count={theme.count} />
                      <TagActions name={name} actions={['edit', 'move', 'merge', 'delete']} onAction={(a) => onAction(theme, a)} />
                    </div>
                    {theme.description && (
                      <div className="tag-detail tag-description" title={isolate(theme.description)}>
                        <bdi>{theme.description}</bdi>
                      </div>
                    )}
                    {moving === theme.id && <MoveUnder theme={theme} onMove={(p) => void move(theme, p)} onCancel={() => setMoving(null)} />}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {tree.length > 0 && (
        <div className={over === ROOT ? 'drop-root drop-target' : 'drop-root'} data-testid="theme-drop-root" {...dropHandlers(ROOT)}>
          {t('codebook.dropRoot')}
        </div>
      )}
      <p className="hint codebook-hint">{t('codebook.keysHint')}</p>
      <TagDialogs dialog={dialog} label={label} onClose={() => setDialog(null)} onStatus={onStatus} />
    </section>
  );
}
