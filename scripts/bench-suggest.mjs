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
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argCorpus = process.argv.indexOf('--corpus');
const argErrors = process.argv.indexOf('--errors');
const ERRORS = argErrors > 0 ? process.argv[argErrors + 1] : null;
const CORPUS = path.resolve(argCorpus > 0 ? process.argv[argCorpus + 1] : path.join(ROOT, '../shared/corpus'));
const NEWS = path.join(CORPUS, 'news-2000');
if (!fs.existsSync(path.join(NEWS, 'MANIFEST.tsv'))) {
  console.error(`bench-suggest: ${NEWS}/MANIFEST.tsv is not there (see ../shared/corpus/README.md); nothing to measure.`);
  process.exit(2);
}

const built = await esbuild.build({
  stdin: {
    contents: "export { detectStatements } from './shared/suggest/detect';\nexport * from './shared/suggest/evaluate';\n",
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
for (const article of judged.articles) {
  const text = fs.readFileSync(path.join(CORPUS, article.file), 'utf8').normalize('NFC');
  const found = engine.detectStatements(text).map((s) => ({ start: s.start, end: s.end, speaker: s.speaker?.name ?? null }));
  totals.set(article.split, engine.add(totals.get(article.split) ?? engine.EMPTY_SCORE, engine.score(article.statements, found)));
  if (article.split === ERRORS) printErrors(article, text, found);
}
console.log('judged set (a statement is right when its span overlaps the judged one by half the shorter AND the speaker matches):');
for (const [split, s] of totals) {
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
