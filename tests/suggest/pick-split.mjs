#!/usr/bin/env node
/**
 * Picks the articles of a fresh judged split, reproducibly, so a split can be judged by hand
 * before the detector is run on it (see README.md here):
 *   node tests/suggest/pick-split.mjs SEED SPEECH QUIET [--corpus ../shared/corpus] [--bytes MIN-MAX]
 * From news-2000's MANIFEST rows of 700–3,000 bytes (or MIN–MAX: by heldout34 the short rows were
 * nearly all judged) that are not in judged.json yet, it draws
 * SPEECH articles whose quote_marks column shows reported speech (guillemets, curly quotes or
 * qal_inna) and QUIET articles whose column shows none ('-' or only ascii quotes: mostly no
 * statement, so they measure false suggestions), with a seeded generator (mulberry32), and
 * prints their file names (news-2000/...), one a line. Prints names only, never text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const CORPUS = path.resolve(at >= 0 ? args[at + 1] : path.join(ROOT, '../shared/corpus'));
const bytesAt = args.indexOf('--bytes');
const [minBytes, maxBytes] = bytesAt >= 0 ? args[bytesAt + 1].split('-').map(Number) : [700, 3000];
/** The item indices of the options and their values, left out of the positional arguments. */
const options = new Set([at, bytesAt].filter((k) => k >= 0).flatMap((k) => [k, k + 1]));
const [seed, speech, quiet] = args.filter((_, k) => !options.has(k)).map(Number);
if (!Number.isInteger(seed) || !Number.isInteger(speech) || !Number.isInteger(quiet) || !(minBytes > 0 && maxBytes >= minBytes)) {
  console.error('usage: node tests/suggest/pick-split.mjs SEED SPEECH QUIET [--corpus DIR] [--bytes MIN-MAX]');
  process.exit(1);
}

/** mulberry32: a small seeded generator, so the same seed draws the same articles anywhere. */
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const judged = new Set(JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/suggest/judged.json'), 'utf8')).articles.map((a) => a.file));
const rows = fs
  .readFileSync(path.join(CORPUS, 'news-2000', 'MANIFEST.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split('\t'))
  .map((c) => ({ file: `news-2000/${c[0]}`, bytes: Number(c[4]), marks: c[9] ?? '' }))
  .filter((r) => r.bytes >= minBytes && r.bytes <= maxBytes && !judged.has(r.file))
  .sort((a, b) => (a.file < b.file ? -1 : 1));
const showsSpeech = (marks) => /guillemets|curly|qal_inna/.test(marks);

function draw(pool, n, random) {
  const left = [...pool];
  const out = [];
  while (out.length < n && left.length) out.push(left.splice(Math.floor(random() * left.length), 1)[0].file);
  return out;
}

const random = mulberry32(seed);
const picked = [...draw(rows.filter((r) => showsSpeech(r.marks)), speech, random), ...draw(rows.filter((r) => !showsSpeech(r.marks)), quiet, random)];
console.log(picked.join('\n'));
