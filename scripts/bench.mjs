// `npm run bench`: Daftar's figures, each against a raw baseline measured in the same run
// (these machines are noisy, so only ratios within one run mean anything).
//
// import: `daftar import` of ../shared/corpus/news-2000 (2,000 .txt articles) into a new
//         project, against better-sqlite3 inserting the same texts into a plain table plus
//         FTS5 with no normalisation, hashing or checks.
// Further benches (search, …) are run from here when their scripts exist.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const news = path.join(corpus, 'news-2000');

if (!fs.existsSync(news)) {
  console.log(`bench: skipped — ${news} is not here (the corpus lives beside the repo in ../shared).`);
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-bench-'));
const files = fs.readdirSync(news).filter((f) => f.endsWith('.txt')).sort();

function raw() {
  const db = new Database(path.join(tmp, `raw-${Date.now()}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE a (id INTEGER PRIMARY KEY, text TEXT); CREATE VIRTUAL TABLE f USING fts5(text);');
  const t0 = process.hrtime.bigint();
  const ins = db.prepare('INSERT INTO a (text) VALUES (?)');
  const fts = db.prepare('INSERT INTO f (rowid, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const f of files) {
      const text = fs.readFileSync(path.join(news, f), 'utf8');
      const { lastInsertRowid } = ins.run(text);
      fts.run(lastInsertRowid, text);
    }
  })();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  db.close();
  return ms;
}

function ours() {
  const project = path.join(tmp, `ours-${Date.now()}.sqlite`);
  const cli = path.join(root, 'bin/daftar.cjs');
  const env = { ...process.env, DAFTAR_CONFIG_DIR: path.join(tmp, 'config') };
  let r = spawnSync(process.execPath, [cli, 'new', project, '--json'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`daftar new failed: ${r.stderr}`);
  // Node's own start-up is measured once with a no-op and taken off, so the figure is the import.
  const s0 = process.hrtime.bigint();
  spawnSync(process.execPath, [cli, '--help'], { env, encoding: 'utf8' });
  const startup = Number(process.hrtime.bigint() - s0) / 1e6;
  const t0 = process.hrtime.bigint();
  r = spawnSync(process.execPath, ['--expose-gc', cli, 'import', project, news, '--json'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 - startup;
  if (r.status !== 0 && r.status !== 3) throw new Error(`daftar import failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  return { ms, imported: report.imported.length, duplicates: report.duplicates.length, failed: report.failed.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rawRuns = [];
const ourRuns = [];
let last;
for (let i = 0; i < 3; i++) {
  rawRuns.push(raw());
  last = ours();
  ourRuns.push(last.ms);
}
const r = median(rawRuns);
const o = median(ourRuns);
console.log(`import news-2000 (${files.length} files): raw ${r.toFixed(0)} ms, daftar ${o.toFixed(0)} ms, ratio ${(o / r).toFixed(2)} ` +
  `(imported ${last.imported}, duplicates ${last.duplicates}, failed ${last.failed}; median of 3)`);

for (const extra of ['bench-import.mjs', 'bench-search.mjs', 'bench-suggest.mjs', 'bench-highlights.mjs']) {
  const script = path.join(root, 'scripts', extra);
  if (fs.existsSync(script)) {
    const res = spawnSync(process.execPath, [script], { stdio: 'inherit' });
    if (res.status !== 0) process.exitCode = res.status ?? 1;
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
