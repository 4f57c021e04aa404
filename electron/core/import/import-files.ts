import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CollectionProgress, Encoding, ImportProgress, ImportReport } from '../../../shared/contract/imports';
import { clipTitle } from '../../../shared/text/title';
import { insertArticles } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { collectImportFiles } from './collect-files';
import { isCollection, readCollection, rowLabel } from './formats/collection';
import type { ColumnOverrides } from './formats/columns';
import { importFailure, type PrepareOutcome, type ReadyArticle } from './prepare-for-import';
import { inlinePrepareStage, PrepareStageError, workerPrepareStage, type PrepareStage } from './prepare-pool';
import { readArticleFile } from './read-article-file';

export { contentHash } from './prepare-article';

export interface ImportOptions {
  encoding?: Encoding;
  /** Collections: which column holds which field, over the names recognised by default. */
  columns?: ColumnOverrides;
  /**
   * Articles per transaction (default 1,000; fewer when their text passes 8 MB). Each
   * article is whole or absent after any crash. Large transactions matter: every commit
   * rewrites the index pages its articles touched, and random keys (ids, hashes, titles)
   * touch most of them.
   */
  batchSize?: number;
  /**
   * The built prepare-worker.cjs: when given, and the import is large enough to be worth a
   * thread (a collection, or many files), articles are prepared on worker threads while this
   * thread reads and writes (prepare-pool.ts). Otherwise they are prepared inline.
   */
  prepareWorker?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between files and between rows; when true, what is read so far is kept and the rest is skipped. */
  shouldCancel?: () => boolean;
  /** How the batch came: chosen paths ('files', the default) or files a browser sent ('upload'). */
  origin?: 'files' | 'upload';
  /**
   * A folder whose prefix is taken off every name in the report, the progress and the batch's
   * inputs: uploaded files sit in a temporary folder, and the analyst knows them by the
   * names they were dropped with.
   */
  displayRoot?: string;
}

export type BatchOrigin = 'files' | 'upload' | 'paste';

/** Record a new import batch (the library's batch filter lists them). */
export function beginBatch(db: WritableDb, inputs: string[], origin: BatchOrigin, startedAt = new Date()): string {
  const batchId = randomUUID();
  db.prepare('INSERT INTO import_batches (id, started_at, inputs, status, origin) VALUES (?, ?, ?, ?, ?)').run(
    batchId,
    startedAt.toISOString(),
    JSON.stringify(inputs),
    'running',
    origin,
  );
  return batchId;
}

/** Close a batch: a batch that brought nothing leaves no trace (so "nothing was changed" holds). */
export function endBatch(db: WritableDb, batchId: string, imported: number, how: boolean | 'failed'): void {
  if (imported === 0) db.prepare('DELETE FROM import_batches WHERE id = ?').run(batchId);
  else {
    const status = how === 'failed' ? 'failed' : how ? 'cancelled' : 'done';
    db.prepare('UPDATE import_batches SET finished_at = ?, status = ? WHERE id = ?').run(new Date().toISOString(), status, batchId);
  }
}

export interface ImportResult extends ImportReport {
  cancelled: boolean;
  batchId: string;
}

const hashStatements = new WeakMap<WritableDb, Database.Statement>();

function findByHash(db: WritableDb, hash: string): string | undefined {
  let s = hashStatements.get(db);
  if (!s) {
    s = db.prepare('SELECT id FROM articles WHERE content_hash = ? LIMIT 1').pluck();
    hashStatements.set(db, s);
  }
  return s.get(hash) as string | undefined;
}

/** Text per transaction, whatever the article count: long articles make large pages of WAL. */
const BATCH_CHARS = 8 * 1024 * 1024;
/** Fewer files than this are prepared inline: starting a thread costs more than it saves. */
const FILES_WORTH_A_THREAD = 50;

/**
 * Import files and folders into the project. Never stops at the first bad file (or row):
 * each is reported with its reason. Reading and preparing happen outside transactions;
 * prepared articles are written `batchSize` at a time, each batch one transaction.
 */
export async function importPaths(db: WritableDb, inputs: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const batchSize = options.batchSize ?? 1000;
  const encoding = options.encoding ?? 'auto';
  const startedAt = Date.now();
  const root = options.displayRoot ? path.resolve(options.displayRoot) + path.sep : null;
  const shown = (name: string): string => (root && name.startsWith(root) ? name.slice(root.length) : name);
  const { files, failed: collectFailed } = collectImportFiles(inputs);
  const batchId = beginBatch(db, inputs.map((p) => shown(path.resolve(p))), options.origin ?? 'files', new Date(startedAt));
  const report: ImportResult = { imported: [], duplicates: [], failed: [...collectFailed], cancelled: false, batchId };
  let collection: CollectionProgress | null = null;

  // Prepared, not yet written; their hashes too, so a duplicate within a batch is caught.
  const pending: (ReadyArticle & { id: string })[] = [];
  const pendingHashes = new Map<string, string>();
  let pendingChars = 0;

  const progress = (done: number, currentFile: string | null): void => {
    if (!options.onProgress) return;
    const seconds = (Date.now() - startedAt) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress({
      done,
      total: files.length,
      // Accepted so far: written, or waiting in the batch that is written next.
      imported: report.imported.length + pending.length,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
      currentFile: currentFile === null ? null : shown(currentFile),
      rate,
      etaSeconds: collection ? collectionEta(collection) : rate > 0 ? (files.length - done) / rate : null,
      collection: collection ? { ...collection, file: shown(collection.file) } : null,
    });
  };

  const flush = (): void => {
    if (!pending.length) return;
    const now = new Date().toISOString();
    insertArticles(
      db,
      pending.map((a) => ({ ...a, batchId })),
      now,
    );
    for (const a of pending) report.imported.push({ id: a.id, file: a.label, title: a.title });
    pending.length = 0;
    pendingChars = 0;
    pendingHashes.clear();
  };
  // Outcomes arrive in the order the drafts were read, prepared inline or on workers.
  const accept = (outcome: PrepareOutcome): void => {
    if (!outcome.ok) {
      report.failed.push({ file: outcome.label, ...outcome.failure });
      return;
    }
    const article = outcome.article;
    const existing = pendingHashes.get(article.contentHash) ?? findByHash(db, article.contentHash);
    if (existing) {
      report.duplicates.push({ file: article.label, duplicateOf: existing });
      return;
    }
    const id = randomUUID();
    pending.push({ ...article, id });
    pendingChars += article.text.length;
    pendingHashes.set(article.contentHash, id);
  };
  const threaded = options.prepareWorker && (files.length >= FILES_WORTH_A_THREAD || files.some(isCollection));
  const stage: PrepareStage = threaded ? workerPrepareStage(options.prepareWorker!, accept) : inlinePrepareStage(accept);
  // Called outside the per-file try: a database error is not a bad file, it ends the import.
  const flushIfFull = (): void => {
    if (pending.length >= batchSize || pendingChars >= BATCH_CHARS) flush();
  };

  const importCollection = async (file: string, done: number): Promise<void> => {
    const base = path.basename(file);
    let rows = 0;
    const began = Date.now();
    const state: CollectionProgress = { file, rows: 0, bytesDone: 0, bytesTotal: fileSize(file), rate: 0 };
    collection = state;
    const onBytes = (bytes: number) => {
      state.bytesDone = bytes;
    };
    for await (const row of readCollection(file, { encoding, columns: options.columns, onBytes })) {
      if (options.shouldCancel?.()) {
        report.cancelled = true;
        return;
      }
      const label = rowLabel(file, row.row);
      if ('error' in row) {
        report.failed.push({ file: label, error: row.error, ...row.why });
        continue;
      }
      const f = row.fields;
      const body = f.body ?? '';
      // A bad row is an outcome of preparing (accept reports it); what throws here is the
      // preparing stage itself failing, which ends the import.
      await stage.add({
        label,
        originalFile: `${base} ${label.slice(file.length + 1)}`,
        text: body,
        encoding: null,
        title: f.title,
        source: f.source,
        author: f.author,
        published: f.date,
        url: f.url,
        abstract: f.abstract,
        fallbackTitle: clipTitle(body.trim().split('\n')[0] ?? '', 80),
        emptyReason: 'row_empty_body',
      });
      flushIfFull();
      // A collection is one file of many articles: count its rows, not only its end.
      state.rows = ++rows;
      if (rows % 200 === 0) {
        const seconds = (Date.now() - began) / 1000;
        state.rate = seconds > 0 ? rows / seconds : 0;
        progress(done, file);
      }
    }
  };

  progress(0, files[0] ?? null);
  try {
    await readAll();
  } catch (error) {
    // The import cannot go on (the database refused a write, a preparing thread died): the
    // batches written so far are whole articles and stay; the batch says it failed.
    if (db.open && !db.inTransaction) endBatch(db, batchId, report.imported.length, 'failed');
    throw error;
  }
  flush();

  // Nothing came in (all failed, duplicates or cancelled at once): no batch is left, so that
  // "every input failed, nothing was changed" (the CLI's exit 2) holds for the project.
  endBatch(db, batchId, report.imported.length, report.cancelled);
  if (root) {
    for (const list of [report.imported, report.duplicates, report.failed]) for (const entry of list) entry.file = shown(entry.file);
  }
  return report;

  async function readAll(): Promise<void> {
    try {
      for (let i = 0; i < files.length && !report.cancelled; i++) {
        const file = files[i];
        if (options.shouldCancel?.()) {
          report.cancelled = true;
          break;
        }
        try {
          if (isCollection(file)) await importCollection(file, i);
          else await stage.add(await readArticleFile(file, encoding));
        } catch (error) {
          if (error instanceof PrepareStageError) throw error;
          report.failed.push({ file, ...importFailure(error) });
        } finally {
          collection = null;
        }
        flushIfFull();
        if (!report.cancelled) progress(i + 1, files[i + 1] ?? null);
      }
      // What was read before a cancel is whole: keep it.
      await stage.drain();
    } finally {
      await stage.close();
    }
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Seconds left in a collection, from the share of its bytes read so far. */
function collectionEta(c: CollectionProgress): number | null {
  if (c.bytesTotal <= 0 || c.bytesDone <= 0 || c.rate <= 0) return null;
  const rowsLeft = (c.rows * (c.bytesTotal - c.bytesDone)) / c.bytesDone;
  return rowsLeft / c.rate;
}
