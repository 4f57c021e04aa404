import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Encoding, ImportProgress, ImportReport } from '../../../shared/contract/imports';
import { normalizeForHash } from '../../../shared/arabic/normalize';
import { cleanImportedText, titleFromText } from '../../../shared/text/clean';
import { codePointLength } from '../../../shared/text/codepoints';
import { findArticleByHash, insertArticle } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { collectImportFiles } from './collect-files';
import { ImportFileError, readTextFile } from './read-text-file';

export interface ImportOptions {
  encoding?: Encoding;
  /** Articles per transaction. Each article is whole or absent after any crash. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between files; when true, what is committed stays and the rest is skipped. */
  shouldCancel?: () => boolean;
}

export interface ImportResult extends ImportReport {
  cancelled: boolean;
  batchId: string;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

/** Import files and folders into the project. Never stops at the first bad file. */
export function importPaths(db: WritableDb, inputs: string[], options: ImportOptions = {}): ImportResult {
  const batchSize = options.batchSize ?? 200;
  const startedAt = Date.now();
  const batchId = randomUUID();
  const { files, failed: collectFailed } = collectImportFiles(inputs);
  const report: ImportResult = { imported: [], duplicates: [], failed: [...collectFailed], cancelled: false, batchId };

  db.prepare('INSERT INTO import_batches (id, started_at, inputs, status) VALUES (?, ?, ?, ?)').run(
    batchId,
    new Date(startedAt).toISOString(),
    JSON.stringify(inputs.map((p) => path.resolve(p))),
    'running',
  );

  const progress = (done: number, currentFile: string | null): void => {
    if (!options.onProgress) return;
    const seconds = (Date.now() - startedAt) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress({
      done,
      total: files.length,
      imported: report.imported.length,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
      currentFile,
      rate,
      etaSeconds: rate > 0 ? (files.length - done) / rate : null,
    });
  };

  const importOne = (file: string): void => {
    try {
      const decoded = readTextFile(file, options.encoding ?? 'auto');
      const text = cleanImportedText(decoded.text);
      if (text.trim() === '') throw new ImportFileError('the file has no text (only white space)');
      const hash = contentHash(text);
      const existing = findArticleByHash(db, hash);
      if (existing) {
        report.duplicates.push({ file, duplicateOf: existing });
        return;
      }
      const id = randomUUID();
      const title = titleFromText(text, path.basename(file, path.extname(file)));
      insertArticle(db, {
        id,
        title,
        text,
        chars: codePointLength(text),
        contentHash: hash,
        originalFile: path.basename(file),
        encoding: decoded.encoding,
        batchId,
      });
      report.imported.push({ id, file, title });
    } catch (error) {
      const message = error instanceof ImportFileError ? error.message : `could not be read: ${(error as Error).message}`;
      report.failed.push({ file, error: message });
    }
  };

  progress(0, files[0] ?? null);
  let index = 0;
  while (index < files.length && !report.cancelled) {
    const chunk = files.slice(index, index + batchSize);
    db.transaction(() => {
      for (const file of chunk) {
        if (options.shouldCancel?.()) {
          report.cancelled = true;
          break;
        }
        importOne(file);
        index++;
        progress(index, files[index] ?? null);
      }
    }).immediate();
  }

  if (report.imported.length === 0) {
    // Nothing came in (all failed, duplicates or cancelled at once): leave no trace, so that
    // "every input failed, nothing was changed" (the CLI's exit 2) holds for the project.
    db.prepare('DELETE FROM import_batches WHERE id = ?').run(batchId);
  } else {
    db.prepare('UPDATE import_batches SET finished_at = ?, status = ? WHERE id = ?').run(
      new Date().toISOString(),
      report.cancelled ? 'cancelled' : 'done',
      batchId,
    );
  }
  return report;
}
