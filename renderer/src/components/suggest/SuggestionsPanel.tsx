/**
 * The suggestions list (issue 7), at the top of the inspector while the suggestions mode is
 * on: the article's suggested statements in reading order, each with its speaker (a speaker of
 * the project, matched exactly or loosely, or a new one with role and organisation), the text,
 * the cue and how sure the rules are. The focused one shows its actions; E opens the edit of
 * its speaker and its edges before accepting. Accepted ones leave the list (they are quotes
 * now, listed below); rejected ones leave it for good unless "show rejected" is ticked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sliceCodePoints } from '../../../../shared/anchors/quote-selector';
import { formatNumber } from '../../format/format';
import { currentLanguage, intlLocale, type Language } from '../../i18n/index';
import { useAnnotations, useCodebook, useReader, useStores, useSuggestions } from '../../state/context';
import { listedItems, speakerKey, suggestionItems, type SuggestionItem } from '../../state/suggestions-store';
import { firstWords } from '../annotate/HoverCard';
import { SpeakerPick } from '../annotate/pickers';
import { moveEdge, type Edge } from './span-edit';
import { useSuggestionKeys } from './use-suggestion-keys';
import '../../styles/suggestions.css';
import { localiseError } from '../../i18n/localise-error';
import { isolate } from '../../i18n/isolate';

export function SuggestionsPanel() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const stores = useStores();
  const article = useReader((s) => s.article);
  const rows = useSuggestions((s) => s.rows);
  const loading = useSuggestions((s) => s.loading);
  const error = useSuggestions((s) => s.error);
  const focusKey = useSuggestions((s) => s.focusKey);
  const showRejected = useSuggestions((s) => s.showRejected);
  const acceptedAs = useSuggestions((s) => s.acceptedAs);
  const highlights = useAnnotations((s) => s.highlights);
  const lastAction = useSuggestions((s) => s.lastAction);
  const [picking, setPicking] = useState(false);
  const openPick = useCallback(() => setPicking(true), []);
  useSuggestionKeys(openPick);
  // Opening the mode moves the keyboard here, so ↓/↑ walk the suggestions, not the library.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus({ preventScroll: true }), []);

  const all = useMemo(() => suggestionItems(rows, highlights, acceptedAs), [rows, highlights, acceptedAs]);
  const items = useMemo(() => listedItems(all), [all]);
  const toReview = items.filter((i) => i.status === 'pending' || i.status === 'overlaps').length;
  const accepted = all.length - items.length;
  // How many pending statements each speaker has, for "accept all from this speaker".
  const bySpeaker = useMemo(() => {
    const m = new Map<string, number>();
    for (const i of items) if (i.status === 'pending') m.set(speakerKey(i.row), (m.get(speakerKey(i.row)) ?? 0) + 1);
    return m;
  }, [items]);

  // The edit (and its speaker pick) ends when the focus moves on.
  useEffect(() => setPicking(false), [focusKey]);

  return (
    <section ref={panel} tabIndex={-1} className="suggestions-panel" data-testid="suggestions-panel" aria-labelledby="suggestions-title">
      <div className="sg-head">
        <h3 id="suggestions-title" className="section-title">
          {t('suggestions.title')}
        </h3>
        {article && !loading && (
          <span className="muted sg-counts" data-testid="suggestions-counts">
            {t('suggestions.toReview', { count: formatNumber(toReview, language) })}
            {accepted > 0 && <> · {t('suggestions.accepted', { count: formatNumber(accepted, language) })}</>}
          </span>
        )}
      </div>
      <p className="visually-hidden" role="status" data-testid="suggestions-status">
        {lastAction ? t(`suggestions.done.${lastAction.kind}`, { speaker: lastAction.speaker ?? '', count: lastAction.count }) : ''}
      </p>
      <label className="sg-show-rejected">
        <input
          type="checkbox"
          data-testid="suggestions-show-rejected"
          checked={showRejected}
          onChange={(e) => void stores.suggestions.getState().setShowRejected(e.target.checked)}
        />
        {t('suggestions.showRejected')}
      </label>
      <KeyHints
        hints={[
          [['J', 'K', '↓', '↑'], 'move'],
          [['A', 'Enter'], 'accept'],
          [['E'], 'edit'],
          [['R', 'Delete'], 'reject'],
          [['Shift+A'], 'acceptAll'],
          [['Ctrl+Z'], 'undo'],
          [['G'], 'close'],
        ]}
      />
      {error && (
        <p className="inline-error" role="alert" data-testid="suggestions-error" dir="auto">
          {localiseError(error, t)}
          <button type="button" className="quiet" onClick={() => stores.suggestions.getState().clearError()}>
            {t('annotate.dismiss')}
          </button>
        </p>
      )}
      {!article ? (
        <p className="muted">{t('suggestions.noArticle')}</p>
      ) : loading && rows.length === 0 ? (
        <p className="muted">{t('suggestions.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted" data-testid="suggestions-empty">
          {all.length ? t('suggestions.allDone') : t('suggestions.none')}
        </p>
      ) : (
        <ol className="sg-list" aria-label={t('suggestions.listLabel')} data-testid="suggestions-list">
          {items.map((item) => (
            <SuggestionEntry
              key={item.key}
              item={item}
              focused={item.key === focusKey}
              sameSpeaker={bySpeaker.get(speakerKey(item.row)) ?? 0}
              picking={picking && item.key === focusKey}
              setPicking={setPicking}
              text={article.text}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface EntryProps {
  item: SuggestionItem;
  focused: boolean;
  sameSpeaker: number;
  picking: boolean;
  setPicking(on: boolean): void;
  text: string;
}

function SuggestionEntry({ item, focused, sameSpeaker, picking, setPicking, text }: EntryProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const stores = useStores();
  const edit = useSuggestions((s) => (s.edit?.key === item.key ? s.edit : null));
  const busy = useSuggestions((s) => s.busy);
  const tags = useCodebook((s) => s.tags);
  const ref = useRef<HTMLLIElement>(null);
  const { row, status } = item;
  const sp = row.speaker;
  const s = () => stores.suggestions.getState();

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);

  const roleLine = [sp.role, sp.organisation && sp.organisation !== sp.role ? sp.organisation : null].filter(Boolean).join(' · ');
  const editedSpeaker = edit && edit.speakerId !== undefined ? (edit.speakerId ? (tags.find((x) => x.id === edit.speakerId)?.name ?? '') : null) : undefined;
  const shownText = edit ? sliceCodePoints(text, edit.start, edit.end) : row.text;

  const move = (edge: Edge, step: 1 | -1) => {
    if (!edit) return;
    const next = moveEdge(text, edit, edge, step);
    s().setEditSpan(next.start, next.end);
  };

  return (
    <li
      ref={ref}
      className={`sg-entry sg-entry-${status}${focused ? ' focused' : ''}`}
      data-testid="suggestion-item"
      data-key={item.key}
      data-status={status}
      aria-current={focused || undefined}
    >
      <button type="button" className="sg-entry-main" data-testid="suggestion-focus" onClick={() => s().focus(item.key)}>
        <span className="sg-speaker-line">
          <bdi className="sg-speaker" data-testid="suggestion-speaker">
            {editedSpeaker === undefined ? sp.name : (editedSpeaker ?? t('suggestions.noSpeaker'))}
          </bdi>
          {editedSpeaker === undefined && (
            <span className={`sg-badge sg-badge-${sp.speakerId ? sp.match : 'new'}`} data-testid="suggestion-match">
              {sp.speakerId ? t(sp.match === 'loose' ? 'suggestions.loose' : 'suggestions.exact') : t('suggestions.newSpeaker')}
            </span>
          )}
        </span>
        {roleLine && editedSpeaker === undefined && (
          <span className="muted sg-role">
            <bdi>{roleLine}</bdi>
          </span>
        )}
        <span className="sg-text" dir="auto" data-testid="suggestion-text">
          {focused ? shownText : firstWords(shownText, 18)}
        </span>
        <span className="sg-meta muted">
          <bdi>{t('suggestions.cue', { cue: isolate(row.cue) })}</bdi>
          <span>{t('suggestions.confidence', { value: percent(row.confidence, language) })}</span>
          {status === 'overlaps' && <span className="sg-badge sg-badge-overlaps">{t('suggestions.overlaps')}</span>}
          {status === 'rejected' && <span className="sg-badge sg-badge-rejected">{t('suggestions.rejected')}</span>}
        </span>
      </button>

      {focused && !edit && (
        <div className="sg-actions" role="group">
          {status === 'rejected' ? (
            <button type="button" data-testid="suggestion-restore" disabled={busy} onClick={() => void s().unreject(item.key)}>
              {t('suggestions.restore')} <kbd>U</kbd>
            </button>
          ) : (
            <>
              <button type="button" className="primary" data-testid="suggestion-accept" disabled={busy} onClick={() => void s().accept(item.key)}>
                {t('suggestions.accept')} <kbd>A</kbd>
              </button>
              <button type="button" data-testid="suggestion-edit" onClick={() => s().startEdit(item.key)}>
                {t('suggestions.edit')} <kbd>E</kbd>
              </button>
              <button type="button" data-testid="suggestion-reject" disabled={busy} onClick={() => void s().reject(item.key)}>
                {t('suggestions.reject')} <kbd>R</kbd>
              </button>
              {status === 'pending' && sameSpeaker > 1 && (
                <button type="button" className="link-button" data-testid="suggestion-accept-all" disabled={busy} onClick={() => void s().acceptAllFrom(item.key)}>
                  {t('suggestions.acceptAll', { name: isolate(sp.name), count: formatNumber(sameSpeaker, language) })} <kbd>Shift+A</kbd>
                </button>
              )}
            </>
          )}
        </div>
      )}

      {edit && (
        <div className="sg-edit" data-testid="suggestion-editor">
          <div className="sg-edit-row">
            <span className="sg-edit-label">{t('suggestions.speaker')}</span>
            <button type="button" className="link-button" data-testid="suggestion-change-speaker" onClick={() => setPicking(!picking)}>
              {t('suggestions.changeSpeaker')} <kbd>S</kbd>
            </button>
          </div>
          {picking && (
            <SpeakerPick
              currentId={edit.speakerId ?? sp.speakerId}
              onClose={() => setPicking(false)}
              onError={() => {}}
              onPick={(speakerId) => s().setEditSpeaker(speakerId)}
            />
          )}
          {(['start', 'end'] as const).map((edge) => (
            <div className="sg-edit-row" key={edge} role="group" aria-label={t(`suggestions.${edge}`)}>
              <span className="sg-edit-label">{t(`suggestions.${edge}`)}</span>
              <button type="button" data-testid={`suggestion-${edge}-earlier`} title={t(edge === 'start' ? 'suggestions.startEarlier' : 'suggestions.endEarlier')} onClick={() => move(edge, -1)}>
                {t('suggestions.wordBefore')}
              </button>
              <button type="button" data-testid={`suggestion-${edge}-later`} title={t(edge === 'start' ? 'suggestions.startLater' : 'suggestions.endLater')} onClick={() => move(edge, 1)}>
                {t('suggestions.wordAfter')}
              </button>
            </div>
          ))}
          <div className="sg-actions">
            <button type="button" className="primary" data-testid="suggestion-accept-edited" disabled={busy} onClick={() => void s().accept(item.key)}>
              {t('suggestions.acceptEdited')} <kbd>Enter</kbd>
            </button>
            <button type="button" data-testid="suggestion-cancel-edit" onClick={() => s().cancelEdit()}>
              {t('suggestions.cancel')} <kbd>Esc</kbd>
            </button>
          </div>
          <KeyHints
            hints={[
              [['Shift+←', 'Shift+→'], 'end'],
              [['Ctrl+Shift+←', 'Ctrl+Shift+→'], 'start'],
              [['S'], 'speaker'],
              [['Enter'], 'accept'],
              [['Esc'], 'cancel'],
            ]}
          />
        </div>
      )}
    </li>
  );
}

function percent(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

type HintKey = 'move' | 'accept' | 'edit' | 'reject' | 'acceptAll' | 'undo' | 'close' | 'end' | 'start' | 'speaker' | 'cancel';

/**
 * The keys as a list of small items: each item keeps its keys (left-to-right) and its words
 * (in the UI language) together, so Arabic text and Latin key names never mix in one line.
 */
function KeyHints({ hints }: { hints: [string[], HintKey][] }) {
  const { t } = useTranslation();
  return (
    <ul className="muted sg-keys" aria-label={t('suggestions.keysLabel')}>
      {hints.map(([keys, what]) => (
        <li key={what}>
          {keys.map((k) => (
            <kbd key={k} dir="ltr">
              {k}
            </kbd>
          ))}{' '}
          {t(`suggestions.keys.${what}`)}
        </li>
      ))}
    </ul>
  );
}
