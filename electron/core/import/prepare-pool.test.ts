/**
 * Preparing articles on worker threads (prepare-pool.ts) must give the very project that
 * preparing inline gives: same articles in the same order, same report, same index. Uses the
 * built worker (dist/node/prepare-worker.cjs; `npm run test:unit` builds it first); without
 * the build these tests are skipped, and say so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { DIST_NODE, tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject } from '../db/open';
import type { WritableDb } from '../db/handles';
import { searchIndexProblems } from '../search/indexer';
import { searchArticles } from '../search/search';
import { importPaths, type ImportResult } from './import-files';

const WORKER = path.join(DIST_NODE, 'prepare-worker.cjs');
const built = fs.existsSync(WORKER);
if (!built) console.warn(`prepare-pool.test.ts: skipped, ${WORKER} is missing; run \`npm run build:node\` first.`);

const WORDS = ['التعاون', 'الدولي', 'لمكافحة', 'الإرهاب', 'والإرهابيين', 'المتحدة', 'مؤتمرٌ', 'إقليمي', 'الحدود', 'الوزيرُ', 'قال', 'إنّ', 'الأمن', 'كـوفيد', '٣٦٠', 'CNN'];

/** A collection of our own rows: distinct articles, two duplicates, an empty body, a page with boilerplate. */
function collection(dir: string, rows: number): string {
  const records: string[][] = [['title', 'body', 'date', 'source']];
  for (let i = 0; i < rows; i++) {
    const words = Array.from({ length: 40 + (i % 30) }, (_, k) => WORDS[(i * 7 + k * 3 + (k >> 2)) % WORDS.length]).join(' ');
    records.push([`عنوان رقم ${i}`, `${words} (${i}).\n\nفقرة ثانية عن الموضوع ${i}.`, `2020-0${1 + (i % 9)}-1${i % 10}`, `مصدر ${i % 4}`]);
  }
  records.push(['مكرر', records[5][1], '', '']); // same text as row 5
  records.push(['مكرر ثان', records[77][1], '', '']);
  records.push(['فارغ', '   ', '', '']);
  records.push(['صفحة', 'خبر قصير عن الحدود.\n\nاقرأ أيضا\n\nجميع الحقوق محفوظة', '', '']);
  const file = path.join(dir, 'rows.csv');
  fs.writeFileSync(file, stringify(records));
  return file;
}

async function importInto(csv: string, prepareWorker?: string): Promise<{ db: WritableDb; report: ImportResult }> {
  const db = createProject(path.join(tempDir(), 'p.sqlite'));
  const report = await importPaths(db, [csv], { batchSize: 50, prepareWorker });
  return { db, report };
}

function snapshot(db: WritableDb, report: ImportResult) {
  const rows = db
    .prepare('SELECT id, title, text, chars, content_hash, source, published, place, folded_paragraphs FROM articles ORDER BY rowid')
    .all() as { id: string }[];
  const keyOf = new Map(rows.map((r, k) => [r.id, k]));
  // The index's vocabulary with document counts, read through a temporary fts5vocab table.
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, search_articles, 'row')");
  const vocab = db.prepare('SELECT term, doc, cnt FROM temp.v ORDER BY term').all();
  const found = (q: string) => searchArticles(db, { query: q, limit: 500, offset: 0, filters: {} }).results.map((r) => keyOf.get(r.articleId));
  return {
    articles: rows.map(({ id: _id, ...rest }) => rest),
    imported: report.imported.map((a) => [a.file, a.title]),
    duplicates: report.duplicates.map((d) => [d.file, keyOf.get(d.duplicateOf)]),
    failed: report.failed,
    vocab,
    searches: ['الارهاب', 'ارهابي*', '"المتحدة مؤتمر"', 'كوفيد 360', 'cnn -الحدود'].map(found),
    problems: searchIndexProblems(db),
  };
}

describe.skipIf(!built)('preparing on worker threads', () => {
  it('gives the same project, report and index as preparing inline', async () => {
    const csv = collection(tempDir(), 400);
    const inline = await importInto(csv);
    const threaded = await importInto(csv, WORKER);
    try {
      const a = snapshot(inline.db, inline.report);
      const b = snapshot(threaded.db, threaded.report);
      expect(a.articles).toHaveLength(401);
      expect(a.duplicates, JSON.stringify(a.duplicates)).toEqual([
        [`${csv} row 402`, 4], // records[5] is the 5th data row
        [`${csv} row 403`, 76],
      ]);
      expect(a.failed).toEqual([expect.objectContaining({ file: `${csv} row 404`, reason: 'row_empty_body' })]);
      expect(a.problems).toEqual([]);
      expect(b).toEqual(a);
    } finally {
      closeProject(inline.db);
      closeProject(threaded.db);
    }
  });

  it('ends the import when a preparing thread dies: an error, whole articles only, the batch marked failed', async () => {
    const dir = tempDir();
    const csv = collection(dir, 300);
    // A "worker" that answers the first chunk and then dies.
    const dying = path.join(dir, 'dying-worker.cjs');
    fs.writeFileSync(
      dying,
      `const { parentPort } = require('node:worker_threads');
       require(${JSON.stringify(WORKER)}); // the real worker answers; this listener ends it
       let n = 0;
       parentPort.on('message', () => { if (++n > 3) process.exit(7); });`,
    );
    const db = createProject(path.join(dir, 'p.sqlite'));
    try {
      await expect(importPaths(db, [csv], { batchSize: 50, prepareWorker: dying })).rejects.toThrow(/preparing thread/);
      expect(db.prepare("SELECT count(*) FROM import_batches WHERE status = 'running'").pluck().get()).toBe(0);
      expect(searchIndexProblems(db)).toEqual([]);
    } finally {
      closeProject(db);
    }
  });
});
