#!/usr/bin/env node
// Import benchmark: the ANT corpus CSV (31,525 articles) imported by `daftar import` against a
// raw baseline in the same run: better-sqlite3 inserting the same rows into a plain table
// plus an FTS5 index, 200 rows per transaction, with the same CSV reader (csv-parse) and the
// same journal settings (WAL, synchronous=FULL), but no normalisation, hashing, duplicate
// check, boilerplate detection or Arabic analysis. Each side runs in its own child process,
// which reports its peak memory (process.resourceUsage().maxRSS) when it exits.
//
// The two sides run alternately, `--runs N` times each (default 3); the figures are each
// side's median, and the ratio is the median of the per-pair ratios (a pair runs back to
// back, so both meet about the same load on a shared machine).
//
// Usage: node scripts/bench-import.mjs [file.csv[.gz]] [--build] [--json] [--runs N]
//   --build   rebuild dist/node first (otherwise only when dist/node/daftar.cjs is missing)
//   --json    print the figures as JSON
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 1) : 3;
const csv = path.resolve(args.filter((a, i) => i !== runsAt + 1 || runsAt < 0).find((a) => !a.startsWith('--')) ?? path.join(ROOT, '../shared/corpus/ant-news-31k.csv.gz'));

if (!fs.existsSync(csv)) {
  console.error(`bench-import: ${csv} is not there (the shared corpus is needed; see ../shared/corpus/README.md)`);
  process.exit(1);
}
if (args.includes('--build') || !fs.existsSync(path.join(ROOT, 'dist/node/daftar.cjs'))) {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-node.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-bench-'));
// Preloaded into each child: writes its resource usage when it exits (process.exit included).
const hook = path.join(dir, 'rusage-hook.cjs');
fs.writeFileSync(
  hook,
  `process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RUSAGE, JSON.stringify(process.resourceUsage())));\n`,
);

// The baseline, as a CommonJS script resolving packages from the repository.
const baseline = path.join(dir, 'baseline.cjs');
fs.writeFileSync(
  baseline,
  `
const { createRequire } = require('node:module');
const req = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))});
const Database = req('better-sqlite3');
const { parse } = req('csv-parse');
const fs = require('node:fs');
const zlib = require('node:zlib');
const { randomUUID } = require('node:crypto');
const [csv, file] = process.argv.slice(2);
(async () => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(\`CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, text TEXT NOT NULL, source TEXT, published TEXT, url TEXT) STRICT;
           CREATE VIRTUAL TABLE articles_fts USING fts5(title, text);\`);
  const insert = db.prepare('INSERT INTO articles (id, title, text, source, published, url) VALUES (?, ?, ?, ?, ?, ?)');
  const index = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  const write = db.transaction((rows) => {
    for (const r of rows) {
      const { lastInsertRowid } = insert.run(randomUUID(), r.title, r.body, r.source, r.date, r.url);
      index.run(lastInsertRowid, r.title, r.body);
    }
  });
  let input = fs.createReadStream(csv, { highWaterMark: 1 << 20 });
  if (csv.endsWith('.gz')) input = input.pipe(zlib.createGunzip({ chunkSize: 1 << 20 }));
  const parser = input.pipe(parse({ bom: true, columns: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  let rows = [];
  let n = 0;
  for await (const r of parser) {
    if (!r.body || !r.body.trim()) continue;
    rows.push(r);
    n++;
    if (rows.length === 200) { write(rows); rows = []; }
  }
  write(rows);
  db.close();
  console.log(JSON.stringify({ rows: n }));
})();
`,
);

function run(label, argv) {
  const rusage = path.join(dir, `${label}.rusage.json`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', hook, ...argv], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RUSAGE: rusage },
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 3) {
    throw new Error(`${label} failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  }
  const usage = JSON.parse(fs.readFileSync(rusage, 'utf8'));
  // CPU of all the process's threads: Daftar prepares articles on worker threads beside the
  // thread that writes, so its wall time can be less than its CPU time.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  return { seconds, cpuSeconds, maxRssMB: usage.maxRSS / 1024, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const pairs = [];
  for (let i = 0; i < RUNS; i++) {
    const baseFile = path.join(dir, `baseline-${i}.sqlite`);
    const base = run('baseline', [baseline, csv, baseFile]);
    const project = path.join(dir, `project-${i}.sqlite`);
    run('new', [path.join(ROOT, 'bin/daftar.cjs'), 'new', project]);
    const ours = run('daftar', [path.join(ROOT, 'bin/daftar.cjs'), 'import', project, csv, '--json']);
    pairs.push({ base, ours, report: JSON.parse(ours.stdout) });
    for (const f of [baseFile, project]) fs.rmSync(f, { force: true });
  }
  const { report } = pairs[pairs.length - 1];
  const side = (pick) => ({
    seconds: +median(pairs.map((p) => pick(p).seconds)).toFixed(2),
    cpuSeconds: +median(pairs.map((p) => pick(p).cpuSeconds)).toFixed(2),
    maxRssMB: Math.round(Math.max(...pairs.map((p) => pick(p).maxRssMB))),
  });
  const figures = {
    file: csv,
    runs: RUNS,
    baseline: { ...side((p) => p.base), rows: JSON.parse(pairs[0].base.stdout).rows },
    daftar: {
      ...side((p) => p.ours),
      imported: report.imported.length,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
    },
    ratio: +median(pairs.map((p) => p.ours.seconds / p.base.seconds)).toFixed(2),
    ratios: pairs.map((p) => +(p.ours.seconds / p.base.seconds).toFixed(2)),
    cpuRatio: +median(pairs.map((p) => p.ours.cpuSeconds / p.base.cpuSeconds)).toFixed(2),
    loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  };
  if (asJson) console.log(JSON.stringify(figures, null, 2));
  else {
    console.log(`file      ${csv}`);
    console.log(`baseline  ${figures.baseline.seconds} s (CPU ${figures.baseline.cpuSeconds} s), ${figures.baseline.rows} rows, peak ${figures.baseline.maxRssMB} MB`);
    console.log(
      `daftar    ${figures.daftar.seconds} s (CPU ${figures.daftar.cpuSeconds} s, all threads), ${figures.daftar.imported} imported + ${figures.daftar.duplicates} duplicates + ${figures.daftar.failed} failed, peak ${figures.daftar.maxRssMB} MB`,
    );
    console.log(
      `ratio     ${figures.ratio}× wall, median of ${RUNS} pairs (${figures.ratios.join(', ')}) (target ≤ 1.3×, never worse than 2×); CPU ${figures.cpuRatio}×`,
    );
    console.log(`load      ${figures.loadAverage.join(', ')} at the end (on ${os.availableParallelism()} CPUs)`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
