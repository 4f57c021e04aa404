#!/usr/bin/env node
/**
 * The suggestion engine's speed and quality, on real articles:
 *   node scripts/bench-suggest.mjs [--corpus ../shared/corpus]
 * Runs the detector (shared/suggest, bundled on the fly with esbuild) over every article of
 * news-2000, prints ms per article (median, p95, max; target < 50 ms), then precision and recall
 * on the judged set (tests/suggest/judged.json) per split. Offline; reads the corpus in place.
 *   node scripts/bench-suggest.mjs --errors SPLIT
 * also prints, for the split's articles, every judged statement missed and every suggestion that
 * is wrong (span or speaker), with its words, to study error classes (on the terminal only: the
 * corpus text must not go into the repository).
 *   node scripts/bench-suggest.mjs --calibrate [--classes] [--hide SPLIT,…]
 * also prints precision and recall by confidence threshold (the default threshold is
 * DEFAULT_MIN_CONFIDENCE in shared/suggest/confidence.ts) over the calibration splits — every split
 * but the unseen test split (TEST_SPLIT) — and, with --classes, the precision of each class of
 * evidence (cue, content mark, how the speaker was found, lengths) that the confidence table in
 * confidence.ts is built from. --hide leaves splits out of the per-split figures (a test split
 * not to be looked at while tuning). --min X sets the threshold for the per-split figures (0: all
 * the rules find, as before confidence was calibrated).
 *   node scripts/bench-suggest.mjs --first-runs
 * also prints precision and recall by threshold, and precision by evidence class, of the current
 * confidence table on the held-out splits' FIRST runs (tests/suggest/first-runs.json: what the
 * detector suggested before each split was tuned on) — the unseen errors the table is fitted on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argCorpus = process.argv.indexOf('--corpus');
const argErrors = process.argv.indexOf('--errors');
const ERRORS = argErrors > 0 ? process.argv[argErrors + 1] : null;
const CALIBRATE = process.argv.includes('--calibrate');
const CLASSES = process.argv.includes('--classes');
const FIRST_RUNS = process.argv.includes('--first-runs');
const argHide = process.argv.indexOf('--hide');
const HIDDEN = new Set(argHide > 0 ? process.argv[argHide + 1].split(',') : []);
/** The split judged last and never tuned on: its figures are the unseen estimate, so it is not calibrated on. */
const TEST_SPLIT = 'heldout51';
const argMin = process.argv.indexOf('--min');
/** The threshold for the per-split figures (--min X; default the detector's own). */
const MIN = argMin > 0 ? { minConfidence: Number(process.argv[argMin + 1]) } : {};
const CORPUS = path.resolve(argCorpus > 0 ? process.argv[argCorpus + 1] : path.join(ROOT, '../shared/corpus'));
const NEWS = path.join(CORPUS, 'news-2000');
if (!fs.existsSync(path.join(NEWS, 'MANIFEST.tsv'))) {
  console.error(`bench-suggest: ${NEWS}/MANIFEST.tsv is not there (see ../shared/corpus/README.md); nothing to measure.`);
  process.exit(2);
}

const built = await esbuild.build({
  stdin: {
    contents:
      "export { detectStatements, detectWithEvidence } from './shared/suggest/detect';\nexport * from './shared/suggest/evaluate';\nexport { DEFAULT_MIN_CONFIDENCE, oddName, confidenceFrom } from './shared/suggest/confidence';\n",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const engine = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);

const files = fs.readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => fs.readFileSync(path.join(NEWS, f), 'utf8').normalize('NFC'));
// Two passes: the first is cold (JIT, the tokenizer's tables and word cache fill up), the second
// is what a session that has been running a while sees. Both are printed.
const chars = texts.reduce((n, t) => n + t.length, 0);
let statements = 0;
let withSpeaker = 0;
for (const pass of ['cold', 'warm']) {
  const times = [];
  for (const text of texts) {
    const t0 = performance.now();
    const found = engine.detectStatements(text);
    times.push(performance.now() - t0);
    if (pass === 'warm') {
      statements += found.length;
      withSpeaker += found.filter((s) => s.speaker).length;
    }
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`detector, ${pass} pass over ${texts.length} articles (${(chars / 1e6).toFixed(1)} M chars): median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms per article (target < 50 ms)`);
}
console.log(`  ${statements} statements suggested (${(statements / texts.length).toFixed(1)} per article), ${withSpeaker} with a speaker`);

const judged = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/suggest/judged.json'), 'utf8'));
const totals = new Map();
/** Calibration splits: every suggestion before any threshold, with its evidence and whether it is right. */
const calibration = [];
for (const article of judged.articles) {
  const text = fs.readFileSync(path.join(CORPUS, article.file), 'utf8').normalize('NFC');
  if (CALIBRATE && article.split !== TEST_SPLIT && !HIDDEN.has(article.split)) calibration.push({ article, all: engine.detectWithEvidence(text) });
  const found = engine.detectStatements(text, MIN).map((s) => ({ start: s.start, end: s.end, speaker: s.speaker?.name ?? null }));
  totals.set(article.split, engine.add(totals.get(article.split) ?? engine.EMPTY_SCORE, engine.score(article.statements, found)));
  if (article.split === ERRORS) printErrors(article, text, found);
}
console.log('judged set (a statement is right when its span overlaps the judged one by half the shorter AND the speaker matches):');
console.log(`  (at the confidence threshold ${MIN.minConfidence ?? `${engine.DEFAULT_MIN_CONFIDENCE}, the default`})`);
for (const [split, s] of totals) {
  if (HIDDEN.has(split)) continue;
  const articles = judged.articles.filter((a) => a.split === split).length;
  console.log(`  ${split.padEnd(9)} ${String(articles).padStart(3)} articles, ${String(s.judged).padStart(3)} judged, ${String(s.suggested).padStart(3)} suggested: precision ${engine.precision(s).toFixed(3)}, recall ${engine.recall(s).toFixed(3)} (spans found ${s.spanFound})`);
}

/** The misses and wrong suggestions of one article (see --errors above). */
function printErrors(article, text, found) {
  const cps = [...text];
  const words = (s) => {
    const w = cps.slice(s.start, s.end).join('').split(/\s+/);
    return w.length <= 12 ? w.join(' ') : `${w.slice(0, 6).join(' ')} … ${w.slice(-4).join(' ')}`;
  };
  const lines = [];
  for (const j of article.statements) {
    const ok = found.some((f) => engine.overlaps(f, j) && engine.sameSpeaker(f.speaker, j.speaker));
    if (ok) continue;
    const near = found.find((f) => engine.overlaps(f, j));
    lines.push(`  MISS   [${j.speaker}] ${j.start}-${j.end} ${words(j)}${near ? `  (suggested with [${near.speaker}])` : ''}`);
  }
  for (const f of found) {
    if (article.statements.some((j) => engine.overlaps(f, j) && engine.sameSpeaker(f.speaker, j.speaker))) continue;
    if (article.statements.some((j) => engine.overlaps(f, j))) continue; // reported above as a wrong speaker
    lines.push(`  EXTRA  [${f.speaker}] ${f.start}-${f.end} ${words(f)}`);
  }
  if (lines.length) console.log(`${article.file}\n${lines.join('\n')}`);
}

if (CALIBRATE) printCalibration();
if (FIRST_RUNS) printFirstRuns();

/** The current table on the first runs' stored evidence: P/R by threshold, and precision by class. */
function printFirstRuns() {
  const runs = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/suggest/first-runs.json'), 'utf8'));
  const judgedCount = new Map(judged.articles.map((a) => [a.file, a.statements.length]));
  const rows = runs.articles.flatMap((a) => a.suggestions.map((s) => ({ ...s, split: a.split, confidence: engine.confidenceFrom(s, s.odd) })));
  const total = runs.articles.reduce((n, a) => n + (judgedCount.get(a.file) ?? 0), 0);
  const splits = [...new Set(runs.articles.map((a) => a.split))];
  console.log(`first runs of ${splits.join(', ')} (${runs.articles.length} articles, ${total} judged statements, ${rows.length} suggestions), current table:`);
  console.log('  threshold  suggested  precision  recall');
  for (const t of [0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9]) {
    const kept = rows.filter((r) => r.confidence >= t);
    const right = kept.filter((r) => r.right).length;
    const mark = t === engine.DEFAULT_MIN_CONFIDENCE ? '  ← default' : '';
    console.log(`  ${t.toFixed(2).padStart(9)}  ${String(kept.length).padStart(9)}  ${(right / kept.length).toFixed(3).padStart(9)}  ${(right / total).toFixed(3).padStart(6)}${mark}`);
  }
  for (const split of splits) {
    const kept = rows.filter((r) => r.split === split && r.confidence >= engine.DEFAULT_MIN_CONFIDENCE);
    const n = runs.articles.filter((a) => a.split === split).reduce((k, a) => k + (judgedCount.get(a.file) ?? 0), 0);
    const right = kept.filter((r) => r.right).length;
    console.log(`  ${split.padEnd(9)} at the default: ${String(kept.length).padStart(3)} suggested, precision ${(right / kept.length).toFixed(3)}, recall ${(right / n).toFixed(3)}`);
  }
  const classes = { 'cue × content': (r) => `${r.cueKind} ${r.content}`, 'speaker found as': (r) => (r.sinceSpoke < 0 ? `${r.via} (first)` : r.via) };
  const byClass = (list, f) => {
    const groups = new Map();
    for (const r of list) {
      const g = groups.get(f(r)) ?? { n: 0, right: 0 };
      g.n++;
      if (r.right) g.right++;
      groups.set(f(r), g);
    }
    return [...groups].sort((a, b) => b[1].n - a[1].n).map(([k, g]) => `${k} ${g.n} ${(g.right / g.n).toFixed(2)}`).join('; ');
  };
  for (const [name, f] of Object.entries(classes)) console.log(`  precision by ${name}: ${byClass(rows, f)}`);
  // The current detector on the same articles (no threshold). In-sample: these splits have been
  // studied since their first run, so this says what the rules now do there, not unseen quality.
  const now = [];
  const fixed = new Map();
  let judgedNow = 0;
  for (const a of runs.articles) {
    const article = judged.articles.find((x) => x.file === a.file);
    const text = fs.readFileSync(path.join(CORPUS, a.file), 'utf8').normalize('NFC');
    const all = engine.detectWithEvidence(text);
    const scored = all.map((x) => ({ start: x.start, end: x.end, speaker: x.speaker?.name ?? null }));
    engine.judgeEach(article.statements, scored).forEach((j, n) => now.push({ ...all[n].evidence, right: j.correct }));
    judgedNow += engine.score(article.statements, scored).correct;
    // Each first-run wrong suggestion: is its judged statement now found with the right speaker?
    for (const old of a.suggestions) {
      if (old.right) continue;
      const key = old.sinceSpoke < 0 ? `${old.via} (first)` : old.via;
      const target = article.statements.find((j) => engine.overlaps(old, j));
      const ok = target !== undefined && scored.some((x) => engine.overlaps(x, target) && engine.sameSpeaker(x.speaker, target.speaker));
      const g = fixed.get(key) ?? { wrong: 0, fixed: 0, none: 0 };
      g.wrong++;
      if (!target) g.none++;
      else if (ok) g.fixed++;
      fixed.set(key, g);
    }
  }
  const rightNow = now.filter((r) => r.right).length;
  console.log(`  the current detector on the same articles (no threshold; in-sample): ${now.length} suggested, precision ${(rightNow / now.length).toFixed(3)}, recall ${(judgedNow / total).toFixed(3)}`);
  for (const [name, f] of Object.entries(classes)) console.log(`  now, precision by ${name}: ${byClass(now, f)}`);
  console.log(`  first-run wrong suggestions by how the speaker was found (wrong, now right, judged as no statement): ${[...fixed].sort((a, b) => b[1].wrong - a[1].wrong).map(([k, g]) => `${k} ${g.wrong}/${g.fixed}/${g.none}`).join('; ')}`);
}

/** P/R by threshold over the calibration splits, and (--classes) the precision of each evidence class. */
function printCalibration() {
  const judgedCount = calibration.reduce((n, c) => n + c.article.statements.length, 0);
  const splits = [...new Set(calibration.map((c) => c.article.split))].join(', ');
  console.log(`calibration over ${splits} (${calibration.length} articles, ${judgedCount} judged statements):`);
  console.log('  threshold  suggested  precision  recall');
  for (const t of [0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    let s = engine.EMPTY_SCORE;
    for (const c of calibration) {
      const kept = c.all.filter((x) => x.confidence >= t).map((x) => ({ start: x.start, end: x.end, speaker: x.speaker?.name ?? null }));
      s = engine.add(s, engine.score(c.article.statements, kept));
    }
    const mark = t === engine.DEFAULT_MIN_CONFIDENCE ? '  ← default' : '';
    console.log(`  ${t.toFixed(2).padStart(9)}  ${String(s.suggested).padStart(9)}  ${engine.precision(s).toFixed(3).padStart(9)}  ${engine.recall(s).toFixed(3).padStart(6)}${mark}`);
  }
  if (!CLASSES) return;
  const rows = [];
  for (const c of calibration) {
    const scored = c.all.map((x) => ({ start: x.start, end: x.end, speaker: x.speaker?.name ?? null }));
    engine.judgeEach(c.article.statements, scored).forEach((j, n) => rows.push({ ...c.all[n].evidence, oddName: engine.oddName(c.all[n].evidence.speakerName), confidence: c.all[n].confidence, correct: j.correct, spanFound: j.spanFound, file: c.article.file, text: c.all[n].text, speaker: c.all[n].speaker?.name }));
  }
  if (process.argv.includes('--wrong')) {
    // Terminal only (corpus words): each wrong suggestion of the calibration splits with its evidence.
    for (const r of rows.filter((x) => !x.correct || (process.argv.includes("--odd") && x.oddName))) console.log(`  ${r.correct ? "RIGHT" : "WRONG"} ${r.file} [${r.speaker}] ${r.cueKind}/${r.content}/${r.via}/${r.cueBase} span ${r.spanWords} dist ${r.distance} since ${r.sinceSpoke}: ${r.text.split(/\s+/).slice(0, 8).join(' ')}`);
  }
  const bucket = (n, edges) => {
    for (const e of edges) if (n <= e) return `≤${e}`;
    return `>${edges[edges.length - 1]}`;
  };
  const features = {
    cueKind: (r) => r.cueKind,
    content: (r) => r.content,
    via: (r) => r.via,
    'cueKind+content': (r) => `${r.cueKind} ${r.content}`,
    'verb via': (r) => (r.cueKind === 'verb' ? r.via : null),
    cueBase: (r) => r.cueBase,
    spanWords: (r) => bucket(r.spanWords, [3, 5, 8, 15, 30, 60]),
    speakerWords: (r) => bucket(r.speakerWords, [1, 2, 3, 4]),
    distance: (r) => bucket(r.distance, [1, 2, 3, 5, 8, 15]),
    sinceSpoke: (r) => (r.sinceSpoke < 0 ? 'first' : bucket(r.sinceSpoke, [0, 1, 2, 4, 8])),
    'pronoun sinceSpoke': (r) => (r.via === 'pronoun' ? (r.sinceSpoke < 0 ? 'first' : bucket(r.sinceSpoke, [0, 1, 2, 4, 8])) : null),
    'first: via': (r) => (r.sinceSpoke < 0 ? r.via : null),
    'odd name': (r) => String(r.oddName),
    confidence: (r) => bucket(r.confidence, [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]),
  };
  for (const [name, f] of Object.entries(features)) {
    const groups = new Map();
    for (const r of rows) {
      const k = f(r);
      if (k === null) continue;
      const g = groups.get(k) ?? { n: 0, correct: 0, span: 0 };
      g.n++;
      if (r.correct) g.correct++;
      if (r.spanFound) g.span++;
      groups.set(k, g);
    }
    console.log(`precision by ${name} (n, right, span only, precision):`);
    for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) {
      if (g.n < 3 && name === 'cueBase') continue;
      console.log(`  ${String(k).padEnd(24)} ${String(g.n).padStart(4)} ${String(g.correct).padStart(4)} ${String(g.span - g.correct).padStart(4)}  ${(g.correct / g.n).toFixed(2)}`);
    }
  }
}
