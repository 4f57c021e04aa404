/**
 * The reader's "Suggestions" mode (issue 7): the statements the detector proposes for the
 * article being read, the one in focus, and the analyst's edit of it before accepting. The
 * suggestions are fetched only while the mode is on. Accepting makes an ordinary highlight
 * (undoable); rejecting is stored in the project (undoable) so the suggestion does not come
 * back. Whether a suggestion is already accepted is read from the article's live highlights,
 * so an undo brings it back into the list without any bookkeeping here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ReaderHighlight, SuggestionRow } from '../../../shared/contract/index';
import { normalizeArabic } from '../../../shared/arabic/normalize';
import { shownError, type Client, type ShownError } from '../api/client';

export type SuggestionStatus = 'pending' | 'overlaps' | 'accepted' | 'rejected';

export interface SuggestionItem {
  key: string;
  row: SuggestionRow;
  status: SuggestionStatus;
}

/** The analyst's changes to the focused suggestion before accepting it. */
export interface SuggestionEdit {
  key: string;
  start: number;
  end: number;
  /** undefined: the suggested speaker; null: no speaker; else a speaker of the project. */
  speakerId?: string | null;
}

export interface SuggestionsState {
  active: boolean;
  articleId: string | null;
  /** In reading order, as the application sends them (rejected ones only with showRejected). */
  rows: SuggestionRow[];
  loading: boolean;
  busy: boolean;
  error: ShownError | null;
  showRejected: boolean;
  focusKey: string | null;
  /** Bumped when the focus moves: the reader scrolls the focused statement into view. */
  revealSeq: number;
  edit: SuggestionEdit | null;
  /** What the last change did, for the list's live region (screen readers hear it). */
  lastAction: { kind: 'accepted' | 'acceptedAll' | 'rejected' | 'restored'; speaker: string | null; count: number } | null;
  /** Suggestions accepted here with edges moved further than `quotes` allows, by the highlight they became. */
  acceptedAs: Record<string, string>;

  setActive(on: boolean): Promise<void>;
  /** The reader shows another article (or none). */
  load(articleId: string | null): Promise<void>;
  reload(): Promise<void>;
  focus(key: string | null): void;
  move(step: 1 | -1): void;
  accept(key?: string): Promise<void>;
  /** Accept every pending suggestion with the focused one's speaker (overlapping ones are left). */
  acceptAllFrom(key?: string): Promise<void>;
  reject(key?: string): Promise<void>;
  unreject(key?: string): Promise<void>;
  setShowRejected(on: boolean): Promise<void>;
  startEdit(key?: string): void;
  /** Move an edge of the edited span to `offset` (the caller finds word boundaries). */
  setEditSpan(start: number, end: number): void;
  setEditSpeaker(speakerId: string | null): void;
  cancelEdit(): void;
  clearError(): void;
}

export type SuggestionsStore = StoreApi<SuggestionsState>;

export function suggestionKey(s: { start: number; end: number }): string {
  return `${s.start}:${s.end}`;
}

/** Which suggestions go together for "accept all from this speaker". */
export function speakerKey(row: SuggestionRow): string {
  return row.speaker.speakerId ?? `new:${normalizeArabic(row.speaker.name).trim()}`;
}

/**
 * A highlight that is mostly this statement and mostly made of it (more than half of each):
 * the statement is quoted already — accepted, perhaps with its edges moved a word or two, or
 * marked by hand — and needs no review, also after a reload.
 */
function quotes(h: { start: number; end: number }, row: { start: number; end: number }): boolean {
  const shared = Math.min(h.end, row.end) - Math.max(h.start, row.start);
  return shared * 2 > row.end - row.start && shared * 2 > h.end - h.start;
}

/** Each suggestion with its status against the article's highlights, in reading order. */
export function suggestionItems(rows: SuggestionRow[], highlights: ReaderHighlight[], acceptedAs: Record<string, string>): SuggestionItem[] {
  const ids = new Set(highlights.map((h) => h.id));
  return rows.map((row) => {
    const key = suggestionKey(row);
    const mine = acceptedAs[key];
    let status: SuggestionStatus;
    if ((mine && ids.has(mine)) || highlights.some((h) => quotes(h, row))) status = 'accepted';
    else if (row.rejected) status = 'rejected';
    else status = highlights.some((h) => h.start < row.end && h.end > row.start) ? 'overlaps' : 'pending';
    return { key, row, status };
  });
}

/** What the list shows: everything not yet accepted (rejected ones are only in rows when asked). */
export function listedItems(items: SuggestionItem[]): SuggestionItem[] {
  return items.filter((i) => i.status !== 'accepted');
}

export interface SuggestionsWiring {
  /** The article's highlights as the reader has them now. */
  highlights(): ReaderHighlight[];
  /** After an accept: the highlights, codebook and undo label need a refresh. */
  onAccepted(): Promise<void>;
  /** After a reject or restore: the undo label needs a refresh. */
  onRejected(): void;
}

export function createSuggestionsStore(client: Client, wiring: SuggestionsWiring): SuggestionsStore {
  return createStore<SuggestionsState>()((set, get) => {
    let seq = 0;
    const items = () => listedItems(suggestionItems(get().rows, wiring.highlights(), get().acceptedAs));
    const find = (key: string | undefined) => {
      const k = key ?? get().focusKey;
      return k ? items().find((i) => i.key === k) : undefined;
    };
    /** The suggestion to focus once `key` leaves the list: the next one, else the previous. */
    const after = (key: string): string | null => {
      const list = items();
      const i = list.findIndex((x) => x.key === key);
      if (i < 0) return get().focusKey;
      return list[i + 1]?.key ?? list[i - 1]?.key ?? null;
    };
    const fetch = async () => {
      const { articleId, active, showRejected } = get();
      const mine = ++seq;
      if (!articleId || !active) {
        set({ rows: [], loading: false });
        return;
      }
      set({ loading: true });
      try {
        const rows = await client['suggest.forArticle']({ articleId, includeRejected: showRejected });
        if (mine !== seq) return; // a later request (another article, a toggle) wins
        set({ rows, loading: false });
        // Keep the focus where it was; else the first suggestion still to review.
        const list = items();
        const focusKey = list.some((i) => i.key === get().focusKey) ? get().focusKey : (list[0]?.key ?? null);
        if (focusKey !== get().focusKey) set({ focusKey, revealSeq: get().revealSeq + 1 });
        if (get().edit && !list.some((i) => i.key === get().edit!.key)) set({ edit: null });
      } catch (error) {
        if (mine === seq) set({ loading: false, error: shownError(error) });
      }
    };
    const act = async (work: () => Promise<void>) => {
      if (get().busy) return; // one change at a time: a held key must not accept twice
      set({ busy: true });
      try {
        await work();
        set({ error: null });
      } catch (error) {
        set({ error: shownError(error) });
      } finally {
        set({ busy: false });
      }
    };

    return {
      active: false,
      articleId: null,
      rows: [],
      loading: false,
      busy: false,
      error: null,
      showRejected: false,
      focusKey: null,
      revealSeq: 0,
      edit: null,
      acceptedAs: {},
      lastAction: null,

      async setActive(on) {
        if (on === get().active) return;
        set({ active: on, edit: null, error: null, ...(on ? {} : { rows: [], focusKey: null }) });
        await fetch();
      },
      async load(articleId) {
        if (articleId === get().articleId) return;
        set({ articleId, rows: [], focusKey: null, edit: null, acceptedAs: {}, error: null });
        await fetch();
      },
      reload: fetch,
      focus(key) {
        if (key === get().focusKey) {
          set({ revealSeq: get().revealSeq + 1 });
          return;
        }
        set({ focusKey: key, revealSeq: get().revealSeq + 1, edit: get().edit?.key === key ? get().edit : null });
      },
      move(step) {
        const list = items();
        if (list.length === 0) return;
        const i = list.findIndex((x) => x.key === get().focusKey);
        const next = i < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + step));
        get().focus(list[next]!.key);
      },
      accept: (key) =>
        act(async () => {
          const item = find(key);
          const articleId = get().articleId;
          if (!item || !articleId || item.status === 'accepted') return;
          const edit = get().edit?.key === item.key ? get().edit : null;
          const span = edit ? { start: edit.start, end: edit.end } : { start: item.row.start, end: item.row.end };
          const speaker =
            edit && edit.speakerId !== undefined
              ? edit.speakerId
                ? { speakerId: edit.speakerId }
                : {}
              : item.row.speaker.speakerId
                ? { speakerId: item.row.speaker.speakerId }
                : { newSpeaker: { name: item.row.speaker.name, role: item.row.speaker.role, organisation: item.row.speaker.organisation } };
          const next = after(item.key);
          const h = await client['suggest.accept']({ articleId, ...span, ...speaker });
          const chosen = edit && edit.speakerId !== undefined ? null : item.row.speaker.name;
          set({ acceptedAs: { ...get().acceptedAs, [item.key]: h.id }, edit: null, lastAction: { kind: 'accepted', speaker: chosen, count: 1 } });
          await wiring.onAccepted();
          if (get().articleId !== articleId) return;
          get().focus(next);
          // A speaker created just now matches the same name elsewhere in the article.
          await fetch();
        }),
      acceptAllFrom: (key) =>
        act(async () => {
          const item = find(key);
          const articleId = get().articleId;
          if (!item || !articleId) return;
          const who = speakerKey(item.row);
          const group = items().filter((i) => i.status === 'pending' && speakerKey(i.row) === who);
          if (group.length === 0) return;
          const s = item.row.speaker;
          const speaker = s.speakerId ? { speakerId: s.speakerId } : { newSpeaker: { name: s.name, role: s.role, organisation: s.organisation } };
          const done = new Set(group.map((g) => g.key));
          const list = items();
          const from = list.findIndex((x) => x.key === item.key);
          const next = [...list.slice(from + 1), ...list.slice(0, from).reverse()].find((x) => !done.has(x.key))?.key ?? null;
          await client['suggest.acceptAll']({ articleId, spans: group.map((g) => ({ start: g.row.start, end: g.row.end })), ...speaker });
          set({ edit: null, lastAction: { kind: 'acceptedAll', speaker: s.name, count: group.length } });
          await wiring.onAccepted();
          if (get().articleId !== articleId) return;
          get().focus(next);
          await fetch();
        }),
      reject: (key) =>
        act(async () => {
          const item = find(key);
          const articleId = get().articleId;
          if (!item || !articleId || item.status === 'rejected' || item.status === 'accepted') return;
          const next = after(item.key);
          await client['suggest.reject']({ articleId, start: item.row.start, end: item.row.end, speaker: item.row.speaker.name, cue: item.row.cue });
          set({
            rows: get().showRejected
              ? get().rows.map((r) => (suggestionKey(r) === item.key ? { ...r, rejected: true } : r))
              : get().rows.filter((r) => suggestionKey(r) !== item.key),
            edit: null,
            lastAction: { kind: 'rejected', speaker: item.row.speaker.name, count: 1 },
          });
          get().focus(next);
          wiring.onRejected();
        }),
      unreject: (key) =>
        act(async () => {
          const item = find(key);
          const articleId = get().articleId;
          if (!item || !articleId || item.status !== 'rejected') return;
          await client['suggest.unreject']({ articleId, start: item.row.start, end: item.row.end });
          set({
            rows: get().rows.map((r) => (suggestionKey(r) === item.key ? { ...r, rejected: false } : r)),
            lastAction: { kind: 'restored', speaker: item.row.speaker.name, count: 1 },
          });
          wiring.onRejected();
        }),
      async setShowRejected(on) {
        if (on === get().showRejected) return;
        set({ showRejected: on });
        await fetch();
      },
      startEdit(key) {
        const item = find(key);
        if (!item || item.status === 'accepted' || item.status === 'rejected') return;
        set({ focusKey: item.key, edit: { key: item.key, start: item.row.start, end: item.row.end } });
      },
      setEditSpan(start, end) {
        const edit = get().edit;
        if (!edit || !(end > start)) return;
        set({ edit: { ...edit, start, end } });
      },
      setEditSpeaker(speakerId) {
        const edit = get().edit;
        if (edit) set({ edit: { ...edit, speakerId } });
      },
      cancelEdit() {
        set({ edit: null });
      },
      clearError() {
        set({ error: null });
      },
    };
  });
}
