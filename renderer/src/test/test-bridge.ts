/**
 * An in-memory Bridge for component tests: projects, articles and import jobs are plain
 * arrays. It is a test double for the UI only (the real application is tested with real
 * SQLite elsewhere). Requests still go through the contract's dispatcher, so a component that
 * sends a malformed request fails here just as it would against the application.
 */
import { createDispatcher } from '../../../shared/contract/dispatch';
import {
  DaftarError,
  METHODS,
  type Article,
  type Bridge,
  type Handlers,
  type ImportJob,
  type ImportReport,
  type Method,
  type RecentProject,
} from '../../../shared/contract/index';
import type { Reasoned } from '../../../shared/contract/reasons';
import { codePointLength } from '../../../shared/text/codepoints';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { checkArticleMeta, metaProblemsReason } from '../../../shared/text/article-meta';
import { createHighlightDouble, type HighlightDouble, type HighlightMethod } from './test-bridge-highlights';
import { changesOf, createHistoryDouble, type HistoryMethod } from './test-bridge-history';
import { createPasteDouble, type PasteMethod } from './test-bridge-paste';
import { createSearchDouble, type SearchMethod } from './test-bridge-search';
import { createSuggestDouble, type SuggestMethod, type SuggestionSeed } from './test-bridge-suggest';
import { createShareDouble, type ShareDouble, type ShareMethod, type ShareSeed } from './test-bridge-share';
import { createTagDouble, type TagDouble, type TagMethod, type TagSeed } from './test-bridge-tags';

export interface ArticleInput {
  title: string;
  text: string;
  source?: string | null;
  published?: string | null;
  file?: string | null;
  encoding?: string | null;
  /** Paragraph ranges the importer would fold (repeats, boilerplate). */
  folded?: Article['folded'];
}

/** What one file of an import turns into; each import.status call handles one step. */
export type ImportStep =
  | { file: string; outcome: 'imported'; article: ArticleInput }
  | { file: string; outcome: 'duplicate'; duplicateOf: string }
  | { file: string; outcome: 'failed'; error: string };

export interface TestBridgeOptions {
  shell?: 'web' | 'electron';
  defaultFolder?: string;
  /** Project files that exist, by path, with their articles. */
  projects?: Record<string, ArticleInput[]>;
  /** The project already open when the app starts. */
  openProject?: string;
  recent?: RecentProject[];
  /** project.open of this path fails with this error (e.g. not a SQLite file). */
  openErrors?: Record<string, { code: DaftarError['code']; message: string; why?: Reasoned }>;
  /** The files an import of these paths finds, in order. */
  importPlan?: (paths: string[]) => ImportStep[];
  /** What Electron's native dialogs answer. */
  chosen?: { open?: string | null; create?: string | null; importPaths?: string[] };
  /** Speakers and themes of the open project (see test-bridge-tags.ts). */
  tags?: TagSeed[];
  /** The statements suggest.forArticle proposes, by article title (see test-bridge-suggest.ts). */
  suggestions?: Record<string, SuggestionSeed[]>;
  /** Export, copy and merge (see test-bridge-share.ts); a merge adds these articles, its undo removes them. */
  share?: ShareSeed & { mergedArticles?: ArticleInput[] };
}

export interface TestBridge {
  bridge: Bridge;
  /** Every call, in order, with its request as sent. */
  calls: { method: Method; request: unknown }[];
  callsOf(method: Method): unknown[];
  /** Add articles to a project file (as another window or the CLI might). */
  addArticles(path: string, articles: ArticleInput[]): void;
  /**
   * Let running imports handle only this many more files, so a test can look at the progress
   * view; Infinity (the default) lets them run to the end.
   */
  allowImportSteps(count: number): void;
  /** The speakers and themes (tags.* methods and the library's codebook filter). */
  tags: TagDouble;
  /** Highlights, quotes and the undo log (see test-bridge-highlights.ts). */
  highlights: HighlightDouble;
  /** Files written by export and copy (see test-bridge-share.ts). */
  share: ShareDouble;
}

/** The methods the foundation's screens use; the double implements exactly these. */
type FoundationMethod =
  | 'app.info'
  | 'project.create'
  | 'project.open'
  | 'project.close'
  | 'project.forgetRecent'
  | 'dialog.chooseProjectToOpen'
  | 'dialog.chooseProjectToCreate'
  | 'dialog.chooseImportPaths'
  | 'articles.list'
  | 'articles.get'
  | 'articles.updateMeta'
  | 'import.start'
  | 'import.status'
  | 'import.cancel'
  | 'project.upgradeCopy';

interface Job {
  job: ImportJob;
  steps: ImportStep[];
  report: ImportReport;
  cancelRequested: boolean;
}

export function createTestBridge(options: TestBridgeOptions = {}): TestBridge {
  const shell = options.shell ?? 'web';
  const defaultFolder = options.defaultFolder ?? '/home/analyst';
  const projects = new Map<string, Article[]>();
  let nextId = 1;
  let clock = Date.parse('2025-03-01T09:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();

  const toArticle = (input: ArticleInput): Article => ({
    id: `article-${nextId++}`,
    title: input.title,
    text: input.text,
    chars: codePointLength(input.text),
    source: input.source ?? null,
    published: input.published ?? null,
    file: input.file ?? null,
    importedAt: now(),
    author: null,
    url: null,
    encoding: input.encoding ?? 'utf-8',
    contentHash: `hash-${nextId}`,
    paragraphs: splitParagraphs(input.text),
    folded: input.folded ?? [],
  });

  for (const [path, articles] of Object.entries(options.projects ?? {})) projects.set(path, articles.map(toArticle));
  let open: string | null = options.openProject ?? null;
  let recent: RecentProject[] = options.recent ?? [];
  const jobs = new Map<string, Job>();
  let stepBudget = Infinity;
  const tags = createTagDouble(options.tags);
  // The highlight double checks speakers and themes against the tag double's current list.
  const tagIndex = new Map<string, { kind: 'speaker' | 'theme'; name: string }>();
  const history = createHistoryDouble(now);
  const highlights = createHighlightDouble({
    article: (id) => (open ? (projects.get(open)?.find((a) => a.id === id) ?? null) : null),
    tag: (id) => tagIndex.get(id) ?? null,
    now,
    history,
  });
  const historyHandlers = Object.fromEntries(
    Object.entries(history.handlers).map(([method, handler]) => [
      method,
      async (request: never) => {
        requireOpen();
        return (handler as (r: never) => Promise<unknown>)(request);
      },
    ]),
  ) as unknown as typeof history.handlers;
  const highlightHandlers = Object.fromEntries(
    Object.entries(highlights.handlers).map(([method, handler]) => [
      method,
      async (request: never) => {
        requireOpen();
        tagIndex.clear();
        for (const t of await tags.handlers['tags.list']({})) tagIndex.set(t.id, { kind: t.kind, name: t.name });
        return (handler as (r: never) => Promise<unknown>)(request);
      },
    ]),
  ) as unknown as HighlightDouble['handlers'];

  const requireOpen = (): Article[] => {
    if (open === null) throw new DaftarError('no_project', 'No project is open. Create or open a project first.');
    return projects.get(open)!;
  };
  const info = (path: string) => ({
    path,
    name: path.split('/').pop() ?? path,
    schemaVersion: 1,
    articles: projects.get(path)!.length,
    readOnly: false,
  });
  const remember = (path: string) => {
    recent = [{ path, name: path.split('/').pop() ?? path, openedAt: now(), exists: true }, ...recent.filter((r) => r.path !== path)];
  };

  const search = createSearchDouble(() => requireOpen(), {
    highlights: async () => (await Promise.all(requireOpen().map((a) => highlightHandlers['highlights.forArticle']({ articleId: a.id })))).flat(),
    tags: () => tags.handlers['tags.list']({}),
  });
  const suggest = createSuggestDouble(options.suggestions ?? {}, {
    article: (id) => (open ? (projects.get(open)?.find((a) => a.id === id) ?? null) : null),
    highlights: highlightHandlers,
    tags: tags.handlers,
  });

  // A merge adds its articles; undoing it puts the project's article list back as it was.
  let beforeMerge: Article[] | null = null;
  const share = createShareDouble(options.share ?? {}, {
    shell,
    requireOpen: () => void requireOpen(),
    afterMerge: () => {
      beforeMerge = [...requireOpen()];
      requireOpen().push(...(options.share?.mergedArticles ?? []).map(toArticle));
    },
    undoMerge: () => {
      if (beforeMerge) projects.set(open!, beforeMerge);
      beforeMerge = null;
      return info(open!);
    },
  });

  const paste = createPasteDouble({
    requireOpen: () => requireOpen(),
    add: (input) => {
      const article = toArticle(input);
      requireOpen().push(article);
      return article;
    },
  });

  const handlers: Pick<Handlers, FoundationMethod | TagMethod | HighlightMethod | HistoryMethod | PasteMethod | SearchMethod | SuggestMethod | ShareMethod> = {
    ...paste,
    ...tags.handlers,
    ...share.handlers,
    ...highlightHandlers,
    ...historyHandlers,
    ...search.handlers,
    ...suggest.handlers,
    'app.info': async () => ({
      version: '0.1.0-test',
      shell,
      platform: 'linux',
      project: open ? info(open) : null,
      recent: recent.map((r) => ({ ...r, exists: projects.has(r.path) })),
      defaultFolder,
    }),
    'project.create': async ({ path }) => {
      const target = /\.[^/]+$/.test(path) ? path : `${path}.sqlite`;
      if (projects.has(target)) throw DaftarError.because('invalid_input', 'project_exists', { file: target });
      projects.set(target, []);
      open = target;
      remember(target);
      return info(target);
    },
    'project.open': async ({ path }) => {
      const failure = options.openErrors?.[path];
      if (failure) throw new DaftarError(failure.code, failure.message, failure.why);
      if (!projects.has(path)) throw DaftarError.because('invalid_input', 'file_missing', { file: path });
      open = path;
      remember(path);
      return info(path);
    },
    'project.upgradeCopy': async ({ path }) => {
      // As core names it: "<stem> (upgraded).sqlite" beside the original, which stays as it is.
      const copy = path.replace(/(\.[^./]+)?$/, ' (upgraded)$1');
      projects.set(copy, [...(projects.get(path) ?? [])]);
      open = copy;
      remember(copy);
      return info(copy);
    },
    'project.close': async () => {
      const closed = open !== null;
      open = null;
      return { closed };
    },
    'project.forgetRecent': async ({ path }) => {
      recent = recent.filter((r) => r.path !== path);
      return recent.map((r) => ({ ...r, exists: projects.has(r.path) }));
    },
    'dialog.chooseProjectToOpen': async () => {
      if (shell !== 'electron') throw new DaftarError('unsupported', 'File dialogs are only available in the desktop app.');
      return { path: options.chosen?.open ?? null };
    },
    'dialog.chooseProjectToCreate': async () => {
      if (shell !== 'electron') throw new DaftarError('unsupported', 'File dialogs are only available in the desktop app.');
      return { path: options.chosen?.create ?? null };
    },
    'dialog.chooseImportPaths': async () => {
      if (shell !== 'electron') throw new DaftarError('unsupported', 'File dialogs are only available in the desktop app.');
      return { paths: options.chosen?.importPaths ?? [] };
    },
    'articles.list': async ({ limit, offset, sort, speakerId, themeId }) => {
      const all = requireOpen().filter((a) => tags.articleMatches(a.title, { speakerId, themeId }));
      const text = (v: string | null) => v ?? '\uffff'; // nulls last, as the application sorts
      if (sort === 'title') all.sort((a, b) => a.title.localeCompare(b.title));
      if (sort === 'source') all.sort((a, b) => text(a.source).localeCompare(text(b.source)));
      if (sort === 'published') all.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
      const items = all.slice(offset, offset + limit).map((a) => ({
        id: a.id,
        file: a.file,
        title: a.title,
        source: a.source,
        published: a.published,
        chars: a.chars,
        importedAt: a.importedAt,
      }));
      return { total: all.length, items };
    },
    'articles.get': async ({ id }) => {
      const article = requireOpen().find((a) => a.id === id);
      if (!article) throw new DaftarError('not_found', `No article with id ${id} in this project.`);
      // A copy, as from the application: an edit later must not change what a store holds.
      return structuredClone(article);
    },
    'articles.updateMeta': async (edit) => {
      const article = requireOpen().find((a) => a.id === edit.id);
      if (!article) throw new DaftarError('not_found', `No article with id ${edit.id} in this project.`);
      const checked = checkArticleMeta(edit);
      if (!checked.ok) {
        throw DaftarError.because('invalid_input', 'meta_not_saved', { title: article.title, problems: metaProblemsReason(checked.problems) });
      }
      // As the core: one undoable step that images the metadata only; nothing recorded when nothing changed.
      const fields = ['title', 'source', 'published', 'place', 'url', 'author'] as const;
      const before = Object.fromEntries(fields.map((f) => [f, article[f] ?? null])) as Record<(typeof fields)[number], string | null>;
      const after = checked.value;
      const changed = fields.filter((f) => before[f] !== after[f]);
      if (changed.length === 0) return article;
      const write = (meta: typeof before) => Object.assign(article, meta, { title: meta.title ?? article.title });
      history.record({
        label: `Edit details of “${after.title}”`,
        changed: changesOf({ tables: ['articles'], metadata: [{ id: article.id, fields: changed }] }),
        undo: () => write(before),
        redo: () => write(after),
      });
      write(after);
      return structuredClone(article);
    },
    'import.start': async ({ paths }) => {
      requireOpen();
      if ([...jobs.values()].some((j) => j.job.state === 'running')) {
        throw new DaftarError('project_busy', 'An import is already running; wait for it or cancel it first.');
      }
      const steps = options.importPlan?.(paths) ?? [];
      const id = `job-${jobs.size + 1}`;
      const job: ImportJob = {
        id,
        state: 'running',
        progress: { done: 0, total: steps.length, imported: 0, duplicates: 0, failed: 0, currentFile: steps[0]?.file ?? null, rate: 0, etaSeconds: null },
        report: null,
        error: null,
      };
      jobs.set(id, { job, steps, report: { imported: [], duplicates: [], failed: [] }, cancelRequested: false });
      return { jobId: id };
    },
    'import.status': async ({ jobId }) => {
      const entry = jobs.get(jobId);
      if (!entry) throw new DaftarError('not_found', `No import job ${jobId}.`);
      advance(entry);
      return structuredClone(entry.job);
    },
    'import.cancel': async ({ jobId }) => {
      const entry = jobs.get(jobId);
      if (!entry) throw new DaftarError('not_found', `No import job ${jobId}.`);
      entry.cancelRequested = true;
      return structuredClone(entry.job);
    },
  };

  /** One status call = one more file looked at, so the UI sees progress step by step. */
  const advance = (entry: Job) => {
    const { job, steps, report } = entry;
    if (job.state !== 'running') return;
    const done = job.progress.done;
    if (entry.cancelRequested || done >= steps.length) {
      // As in the application, the report appears only once the job has ended.
      job.state = entry.cancelRequested ? 'cancelled' : 'done';
      job.report = report;
      job.progress = { ...job.progress, currentFile: null, etaSeconds: null };
      return;
    }
    if (stepBudget <= 0) return;
    stepBudget--;
    const step = steps[done];
    if (step.outcome === 'imported') {
      const article = toArticle({ file: step.file, ...step.article });
      projects.get(open!)!.push(article);
      report.imported.push({ id: article.id, file: step.file, title: article.title });
    } else if (step.outcome === 'duplicate') {
      report.duplicates.push({ file: step.file, duplicateOf: step.duplicateOf });
    } else {
      report.failed.push({ file: step.file, error: step.error });
    }
    job.progress = {
      done: done + 1,
      total: steps.length,
      imported: report.imported.length,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
      currentFile: steps[done + 1]?.file ?? null,
      rate: 4,
      etaSeconds: (steps.length - done - 1) / 4,
    };
  };

  // Methods added to the contract later (annotations, search…) answer 'unsupported' here
  // until a test needs them, so the double keeps compiling while the contract grows.
  const all = Object.fromEntries(
    METHODS.map((method) => [
      method,
      (handlers as Partial<Record<Method, unknown>>)[method] ??
        (async () => {
          throw new DaftarError('unsupported', `The test bridge does not implement ${method}.`);
        }),
    ]),
  ) as Handlers;
  const dispatch = createDispatcher(all);
  const calls: TestBridge['calls'] = [];
  const bridge = {} as Record<Method, (request: unknown) => Promise<unknown>>;
  for (const method of METHODS) {
    bridge[method] = (request) => {
      calls.push({ method, request });
      return dispatch(method, request);
    };
  }

  return {
    bridge: bridge as unknown as Bridge,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.request),
    addArticles: (path, articles) => {
      const list = projects.get(path);
      if (!list) throw new Error(`test bridge: no project ${path}`);
      list.push(...articles.map(toArticle));
    },
    allowImportSteps: (count) => {
      stepBudget = count;
    },
    tags,
    highlights,
    share,
  };
}
