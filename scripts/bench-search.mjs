// Search benchmark (issue 5): Daftar's Arabic-aware search against raw FTS5 on the same corpus,
// in the same run.
//
//   node scripts/bench-search.mjs [--corpus ../shared/corpus/ant-news-31k.csv.gz] [--reps 7]
//                                 [--limit 20] [--max N] [--keep DIR [--reuse]] [--json]
//
// 1. Reads the ANT corpus (gzip CSV: id,source,category,date,url,title,abstract,body).
// 2. Builds a Daftar project with core's own code (createProject → migrations → insertArticle,
//    which indexes each article) — bundled on the fly with esbuild, so no build step is needed.
// 3. Builds a raw baseline: the same articles, text pre-normalised with normalizeArabic, in a
//    plain FTS5 table (unicode61, with content so snippet() works), metadata in a side table.
// 4. Runs the queries below on both, interleaved, several times each, and prints median and
//    p95 per side and the ratio. Daftar's figure is the whole search.query (parse, FTS, total,
//    hit marking and snippets from the original text); the baseline is MATCH + bm25 + snippet.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const CORPUS = path.resolve(option('corpus', path.join(ROOT, '..', 'shared', 'corpus', 'ant-news-31k.csv.gz')));
const REPS = Number(option('reps', '7'));
const LIMIT = Number(option('limit', '20'));
const MAX = Number(option('max', 'Infinity'));
const KEEP = option('keep', null);
const JSON_OUT = process.argv.includes('--json');
const REUSE = process.argv.includes('--reuse');

const log = (...args) => (JSON_OUT ? console.error(...args) : console.log(...args));

// The benchmark queries: common words, clitic/hamza forms, phrases, OR, exclusion, prefix,
// Latin, digits, and filters. `raw` is the same intent for the baseline: FTS5 syntax over
// normalised text (no stemming, no clitics: it finds fewer articles, which is the point of
// Daftar's search, but it is the speed to compare against).
const QUERIES = [
  { q: 'الحكومة', raw: '"الحكومه"' },
  { q: 'الإرهاب', raw: '"الارهاب"' },
  { q: 'الارهاب', raw: '"الارهاب"' },
  { q: 'قال', raw: '"قال"' },
  { q: 'الرئيس', raw: '"الرييس"' },
  { q: 'الأمريكية', raw: '"الامريكيه"' },
  { q: 'سوريا', raw: '"سوريا"' },
  { q: 'تعتبر', raw: '"تعتبر"' },
  { q: 'كوفيد', raw: '"كوفيد"' },
  { q: 'ترامب', raw: '"ترامب"' },
  { q: 'النفط', raw: '"النفط"' },
  { q: 'المنتخب', raw: '"المنتخب"' },
  { q: 'الاقتصاد العالمي', raw: '"الاقتصاد" "العالمي"' },
  { q: 'وزير الخارجية', raw: '"وزير" "الخارجيه"' },
  { q: 'كأس العالم روسيا', raw: '"كاس" "العالم" "روسيا"' },
  { q: '"مجلس الأمن"', raw: '"مجلس الامن"' },
  { q: '"الأمم المتحدة"', raw: '"الامم المتحده"' },
  { q: '"ولي العهد"', raw: '"ولي العهد"' },
  { q: '"كأس العالم"', raw: '"كاس العالم"' },
  { q: 'إيران OR تركيا', raw: '"ايران" OR "تركيا"' },
  { q: 'الإرهاب -داعش', raw: '"الارهاب" NOT "داعش"' },
  { q: 'اقتصاد*', raw: '"اقتصاد"*' },
  { q: 'CNN', raw: '"cnn"' },
  { q: '2018', raw: '"2018"' },
  { q: '٣٦٠', raw: '"360"' },
  { q: 'النفط source:bbc', raw: '"النفط"', source: 'BBC' },
  { q: 'الحكومة source:cnn', raw: '"الحكومه"', source: 'CNN' },
  { q: 'ترامب date:2018-06', raw: '"ترامب"', from: '2018-06', to: '2018-06' },
  { q: 'سوريا date:2018-01..2018-03', raw: '"سوريا"', from: '2018-01', to: '2018-03' },
  { q: '"مجلس الأمن" source:france24', raw: '"مجلس الامن"', source: 'france24' },
];

// ---------------------------------------------------------------------------------------
// CSV (RFC 4180): quoted fields may hold commas, doubled quotes and line breaks.

const FIELD_END = /[,\r\n]/g;

function* parseCsv(text) {
  let row = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      // A quoted field: runs to the next quote not followed by another quote.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`CSV: unterminated quoted field near offset ${i}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      yield row;
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      FIELD_END.lastIndex = i;
      const end = FIELD_END.test(text) ? FIELD_END.lastIndex - 1 : n;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    yield row;
  }
}

function readCorpus(file) {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  const rows = parseCsv(text);
  const header = rows.next().value;
  const col = Object.fromEntries(header.map((h, i) => [h, i]));
  for (const need of ['id', 'source', 'date', 'title', 'body']) {
    if (!(need in col)) throw new Error(`${file}: the CSV has no "${need}" column (header: ${header.join(',')})`);
  }
  const articles = [];
  for (const r of rows) {
    if (articles.length >= MAX) break;
    if (r.length !== header.length) throw new Error(`${file}: row ${articles.length + 2} has ${r.length} fields, not ${header.length}`);
    const date = new Date(r[col.date]);
    articles.push({
      key: r[col.id],
      source: r[col.source] || null,
      published: Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10),
      title: r[col.title].trim(),
      body: r[col.body],
    });
  }
  return articles;
}

// ---------------------------------------------------------------------------------------
// Daftar's core, bundled on the fly (TypeScript sources → one CommonJS file).

async function loadCore() {
  const entry = `
    export { createProject, closeProject, openProject } from './electron/core/db/open';
    export { insertArticle } from './electron/core/articles/articles';
    export { searchArticles } from './electron/core/search/search';
    export { normalizeArabic, normalizeForHash } from './shared/arabic/normalize';
    export { cleanImportedText } from './shared/text/clean';
    export { codePointLength } from './shared/text/codepoints';
  `;
  // Inside the repo (dist/ is build output) so the bundle resolves better-sqlite3.
  const outfile = path.join(ROOT, 'dist', 'bench', 'search-core.cjs');
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['better-sqlite3', 'electron'],
    define: { __DAFTAR_VERSION__: '"bench"' },
    logLevel: 'error',
  });
  return require(outfile);
}

// ---------------------------------------------------------------------------------------

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

const ms = (t) => `${t.toFixed(2)} ms`;

/** Read the corpus and build the Daftar project and the raw baseline from it. */
async function buildDatabases(core, projectFile, rawFile) {
  let t0 = performance.now();
  const corpus = readCorpus(CORPUS);
  log(`corpus: ${corpus.length} rows read in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Daftar project.
  for (const f of [projectFile, `${projectFile}-wal`, `${projectFile}-shm`]) fs.rmSync(f, { force: true });
  const db = core.createProject(projectFile);
  const seen = new Set();
  const kept = [];
  let empty = 0;
  let duplicates = 0;
  t0 = performance.now();
  const insert = db.transaction((batch) => {
    for (const a of batch) {
      const text = core.cleanImportedText(a.body);
      if (text.trim() === '') {
        empty++;
        continue;
      }
      const hash = createHash('sha256').update(core.normalizeForHash(text)).digest('hex');
      if (seen.has(hash)) {
        duplicates++;
        continue;
      }
      seen.add(hash);
      kept.push({ ...a, text });
      core.insertArticle(db, {
        id: randomUUID(),
        title: a.title || a.key,
        text,
        chars: core.codePointLength(text),
        contentHash: hash,
        source: a.source,
        published: a.published,
        originalFile: a.key,
        encoding: 'utf-8',
        batchId: null,
      });
    }
  });
  for (let i = 0; i < corpus.length; i += 1000) insert(corpus.slice(i, i + 1000));
  const daftarImport = (performance.now() - t0) / 1000;
  log(`daftar: ${kept.length} articles imported and indexed in ${daftarImport.toFixed(1)} s (${duplicates} duplicates, ${empty} empty skipped)`);

  // Raw baseline: same articles, normalised text, plain FTS5.
  fs.rmSync(rawFile, { force: true });
  const raw = new Database(rawFile);
  raw.pragma('journal_mode = WAL');
  raw.exec(`
    CREATE TABLE meta (id INTEGER PRIMARY KEY, source TEXT, published TEXT);
    CREATE VIRTUAL TABLE raw USING fts5(body, tokenize="unicode61 remove_diacritics 0");
  `);
  t0 = performance.now();
  const addMeta = raw.prepare('INSERT INTO meta (id, source, published) VALUES (?, ?, ?)');
  const addRaw = raw.prepare('INSERT INTO raw (rowid, body) VALUES (?, ?)');
  raw.transaction(() => {
    kept.forEach((a, i) => {
      addMeta.run(i + 1, a.source, a.published);
      addRaw.run(i + 1, core.normalizeArabic(`${a.title}\n${a.text}`));
    });
  })();
  const rawImport = (performance.now() - t0) / 1000;
  log(`raw:    ${kept.length} articles normalised and indexed in ${rawImport.toFixed(1)} s`);
  return { db, raw, articles: kept.length, importSeconds: { daftar: round(daftarImport), raw: round(rawImport) } };
}

async function main() {
  if (!fs.existsSync(CORPUS)) {
    console.error(`bench-search: ${CORPUS} not found (the shared corpus is needed; see ../shared/corpus/README.md).`);
    process.exit(2);
  }
  const dir = KEEP ? path.resolve(KEEP) : fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-bench-search-'));
  fs.mkdirSync(dir, { recursive: true });
  const core = await loadCore();

  const projectFile = path.join(dir, 'bench.sqlite');
  const rawFile = path.join(dir, 'raw.sqlite');
  let db;
  let raw;
  let articles;
  let importSeconds = { daftar: null, raw: null };
  if (REUSE && fs.existsSync(projectFile) && fs.existsSync(rawFile)) {
    // A previous --keep run built both databases: measure again without rebuilding.
    db = core.openProject(projectFile);
    raw = new Database(rawFile);
    articles = raw.prepare('SELECT count(*) FROM meta').pluck().get();
    log(`reusing ${dir}: ${articles} articles`);
  } else {
    ({ db, raw, articles, importSeconds } = await buildDatabases(core, projectFile, rawFile));
  }
  const sizes = {
    daftarIndexMb: dbstat(db, 'search_articles%') / 1e6,
    rawIndexMb: dbstat(raw, 'raw%') / 1e6,
  };

  const rawPlain = raw.prepare(
    "SELECT rowid, bm25(raw) AS score, snippet(raw, 0, '[', ']', '…', 16) AS snippet FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT ?",
  );
  const rawFiltered = (q) =>
    raw.prepare(
      `SELECT r.rowid, bm25(raw) AS score, snippet(raw, 0, '[', ']', '…', 16) AS snippet
       FROM raw r JOIN meta m ON m.id = r.rowid
       WHERE raw MATCH ?${q.source ? ' AND m.source = ?' : ''}${q.from ? ' AND m.published >= ?' : ''}${q.to ? ' AND substr(m.published, 1, ?) <= ?' : ''}
       ORDER BY rank LIMIT ?`,
    );
  const runRaw = (q) => {
    if (!q.source && !q.from && !q.to) return rawPlain.all(q.raw, LIMIT);
    const params = [q.raw];
    if (q.source) params.push(q.source);
    if (q.from) params.push(q.from);
    if (q.to) params.push(q.to.length, q.to);
    return rawFiltered(q).all(...params, LIMIT);
  };
  const runDaftar = (q) => core.searchArticles(db, { query: q.q, limit: LIMIT, offset: 0, filters: {} });
  // How many articles the raw baseline finds in all (not timed): the price of Daftar's
  // clitic and stem forms is that it finds, and ranks, more.
  const rawTotal = (q) => {
    const params = [q.raw];
    let where = '';
    if (q.source) (where += ' AND m.source = ?'), params.push(q.source);
    if (q.from) (where += ' AND m.published >= ?'), params.push(q.from);
    if (q.to) (where += ' AND substr(m.published, 1, ?) <= ?'), params.push(q.to.length, q.to);
    return raw.prepare(`SELECT count(*) FROM raw r JOIN meta m ON m.id = r.rowid WHERE raw MATCH ?${where}`).pluck().get(...params);
  };

  // Warm up both (page cache, statement caches, the fold tables).
  for (const q of QUERIES) {
    runDaftar(q);
    runRaw(q);
  }
  // Wall time is what the analyst waits; CPU time of this process (the search is synchronous,
  // SQLite included) is also kept, as it is steadier on a machine busy with other work.
  const timed = (f) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = f();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { result, wall, cpu: (used.user + used.system) / 1000 };
  };
  const perQuery = [];
  const allDaftar = [];
  const allRaw = [];
  const cpuDaftar = [];
  const cpuRaw = [];
  for (const q of QUERIES) {
    const d = [];
    const r = [];
    let out;
    let rawOut;
    for (let i = 0; i < REPS; i++) {
      const a = timed(() => runDaftar(q));
      out = a.result;
      d.push(a.wall);
      cpuDaftar.push(a.cpu);
      const b = timed(() => runRaw(q));
      rawOut = b.result;
      r.push(b.wall);
      cpuRaw.push(b.cpu);
    }
    allDaftar.push(...d);
    allRaw.push(...r);
    perQuery.push({
      query: q.q,
      daftarMs: stats(d).median,
      rawMs: stats(r).median,
      daftarTotal: out.total,
      rawTotal: rawTotal(q),
      rawPage: rawOut.length,
      explanation: out.explanation,
    });
  }
  const daftar = stats(allDaftar);
  const baseline = stats(allRaw);
  const summary = {
    articles,
    queries: QUERIES.length,
    reps: REPS,
    limit: LIMIT,
    importSeconds,
    indexMb: { daftar: round(sizes.daftarIndexMb), raw: round(sizes.rawIndexMb) },
    daftar: mapValues(daftar, round),
    raw: mapValues(baseline, round),
    ratio: { median: round(daftar.median / baseline.median), p95: round(daftar.p95 / baseline.p95) },
    cpu: {
      daftar: mapValues(stats(cpuDaftar), round),
      raw: mapValues(stats(cpuRaw), round),
      ratio: { median: round(stats(cpuDaftar).median / stats(cpuRaw).median), p95: round(stats(cpuDaftar).p95 / stats(cpuRaw).p95) },
    },
    loadAverage: os.loadavg().map(round),
    targets: { medianMs: 20, p95Ms: 60, ratio: 1.5 },
    perQuery: perQuery.map((p) => ({ ...p, daftarMs: round(p.daftarMs), rawMs: round(p.rawMs) })),
  };

  if (JSON_OUT) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log('\nquery'.padEnd(36) + 'daftar'.padStart(10) + 'raw'.padStart(10) + '   found: daftar / raw');
    for (const p of perQuery) {
      console.log(p.query.padEnd(35) + ms(p.daftarMs).padStart(10) + ms(p.rawMs).padStart(10) + `   ${String(p.daftarTotal).padStart(13)} / ${p.rawTotal}`);
    }
    console.log(`\n${articles} articles, ${QUERIES.length} queries × ${REPS} runs, ${LIMIT} results per query`);
    console.log(`daftar search: median ${ms(daftar.median)}, p95 ${ms(daftar.p95)}  (targets: < 20 ms, < 60 ms)`);
    console.log(`raw FTS5:      median ${ms(baseline.median)}, p95 ${ms(baseline.p95)}`);
    console.log(`ratio:         median ${summary.ratio.median}, p95 ${summary.ratio.p95}  (target ≤ 1.5)`);
    console.log(
      `CPU time:      daftar median ${ms(summary.cpu.daftar.median)}, p95 ${ms(summary.cpu.daftar.p95)}; ` +
        `raw median ${ms(summary.cpu.raw.median)}, p95 ${ms(summary.cpu.raw.p95)}; ratio ${summary.cpu.ratio.median} / ${summary.cpu.ratio.p95}`,
    );
    console.log(`load average during the run: ${summary.loadAverage.join(', ')} (on ${os.cpus().length} CPUs)`);
    console.log(`index size:    daftar ${summary.indexMb.daftar} MB, raw ${summary.indexMb.raw} MB (raw also stores its text)`);
  }
  core.closeProject(db);
  raw.close();
  if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
}

function dbstat(db, like) {
  try {
    return db.prepare('SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?').pluck().get(like) ?? 0;
  } catch {
    return 0;
  }
}

const round = (x) => Math.round(x * 100) / 100;
const mapValues = (o, f) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

await main();
