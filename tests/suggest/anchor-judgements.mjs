#!/usr/bin/env node
/**
 * Turns a judge's notes into judged.json entries (offsets and hashes, no text):
 *   node tests/suggest/anchor-judgements.mjs NOTES SPLIT [--corpus ../shared/corpus] [--write]
 * The notes are the judge's own working file, kept OUTSIDE the repository because they quote
 * the corpus. Lines:
 *   @ news-2000/FILE.txt          an article (judged, even when no statement line follows)
 *   SPEAKER | FROM … TO           a statement: from the start of FROM to the end of TO
 *   SPEAKER | EXACT               a statement whose whole span is EXACT
 *   # anything                    a comment
 * FROM is looked for after the previous statement's start, TO after FROM. Each span is printed
 * (its first and last words) for the judge to check; with --write the split's articles in
 * judged.json are replaced by these. Offsets are code points of the NFC text, as the tests read.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const CORPUS = path.resolve(at >= 0 ? args[at + 1] : path.join(ROOT, '../shared/corpus'));
const write = args.includes('--write');
const [notesPath, split] = args.filter((a, k) => a !== '--write' && (at < 0 || (k !== at && k !== at + 1)));
if (!notesPath || !split) {
  console.error('usage: node tests/suggest/anchor-judgements.mjs NOTES SPLIT [--corpus DIR] [--write]');
  process.exit(1);
}

const articles = [];
let current = null;
let failed = false;
for (const [n, raw] of fs.readFileSync(notesPath, 'utf8').split('\n').entries()) {
  const line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  if (line.startsWith('@')) {
    const file = line.slice(1).trim();
    const text = fs.readFileSync(path.join(CORPUS, file), 'utf8').normalize('NFC');
    current = { file, split, statements: [], cps: [...text], text, from: 0 };
    articles.push(current);
    continue;
  }
  const bar = line.indexOf('|');
  if (!current || bar < 0) throw new Error(`${notesPath}:${n + 1}: expected "@ file" or "SPEAKER | FROM … TO"`);
  const speaker = line.slice(0, bar).trim();
  const anchors = line.slice(bar + 1).split('…').map((s) => s.trim().normalize('NFC'));
  const [fromText, toText = anchors[0]] = anchors;
  const s = current.text.indexOf(fromText, current.from);
  const e = s < 0 ? -1 : current.text.indexOf(toText, anchors.length > 1 ? s + fromText.length : s);
  if (s < 0 || e < 0) {
    console.error(`${notesPath}:${n + 1}: ${s < 0 ? 'FROM' : 'TO'} not found in ${current.file}`);
    failed = true;
    continue;
  }
  current.from = s + 1;
  // UTF-16 index → code point index.
  const cp = (i) => [...current.text.slice(0, i)].length;
  const start = cp(s);
  const end = cp(e + toText.length);
  const span = current.cps.slice(start, end).join('');
  const spanSha256 = createHash('sha256').update(span).digest('hex').slice(0, 16);
  current.statements.push({ start, end, speaker, spanSha256 });
  const words = span.split(/\s+/);
  console.log(`${path.basename(current.file)} ${start}-${end} [${speaker}] ${words.slice(0, 4).join(' ')} … ${words.slice(-4).join(' ')}`);
}
if (failed) process.exit(2);

const judgedPath = path.join(ROOT, 'tests/suggest/judged.json');
const judged = JSON.parse(fs.readFileSync(judgedPath, 'utf8'));
const clean = articles.map(({ file, split: sp, statements }) => ({ file, split: sp, statements }));
console.log(`${clean.length} articles, ${clean.reduce((n, a) => n + a.statements.length, 0)} statements in ${split}`);
if (write) {
  judged.articles = [...judged.articles.filter((a) => a.split !== split), ...clean];
  fs.writeFileSync(judgedPath, `${JSON.stringify(judged, null, 1)}\n`);
  console.log(`written to ${path.relative(ROOT, judgedPath)}`);
}
