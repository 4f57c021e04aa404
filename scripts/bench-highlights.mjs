#!/usr/bin/env node
/**
 * How the reader copes with 1,000 highlights in one article, measured in Debian's Chromium
 * against web mode, with a baseline of the same article without highlights in the same run:
 *   - render: library click → the article with its marks painted (and → the quotes list filled);
 *   - create: a selection, the H key → the new mark painted (contract round-trip included);
 *   - scroll: frame time while the reader scrolls;
 *   - hover: mouseover on a mark → the hover card painted.
 * Target: every interaction under 50 ms. Needs `npm run build` first (uses dist/).
 *   node scripts/bench-highlights.mjs [--highlights 1000] [--runs 7]
 * BENCH_DEBUG=1 also prints each create's contract calls (start+duration in ms after the key);
 * BENCH_PROFILE=1 prints the renderer's top self-time functions over three creates;
 * BENCH_PROFILE=render over three first renders of the marked article.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const HIGHLIGHTS = arg('highlights', 1000);
const RUNS = arg('runs', 7);
const TARGET_MS = 50;

if (!fs.existsSync(path.join(ROOT, 'dist/node/daftar.cjs')) || !fs.existsSync(path.join(ROOT, 'dist/renderer/index.html'))) {
  console.error('bench-highlights: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// A long article written for the bench (generated sentences, no corpus text), with a Latin
// name, digits and an emoji in places, as real articles have.
const WORDS = ['قال', 'المتحدث', 'باسم', 'الوزارة', 'إن', 'الحوار', 'بين', 'الأطراف', 'سيستمر', 'خلال', 'الأسبوع', 'المقبل', 'في', 'العاصمة', 'وأضاف', 'أن', 'الوفود', 'ناقشت', 'قضايا', 'الأمن', 'والتنمية', 'والتعاون', 'الإقليمي', 'مع', 'ممثلي', 'المنظمات', 'الدولية'];
function article(title, paragraphs) {
  const lines = [title];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let p = 0; p < paragraphs; p++) {
    const words = [];
    for (let w = 0; w < 60; w++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
    if (p % 5 === 0) words.splice(10, 0, 'António Guterres', String(2000 + p));
    if (p % 7 === 0) words.splice(20, 0, '😀');
    lines.push(`${words.join(' ')}.`);
  }
  return lines.join('\n');
}

async function startServer(dir) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/daftar.cjs'), 'serve', '--port', '0', '--json'], {
    env: { ...process.env, DAFTAR_CONFIG_DIR: path.join(dir, 'config'), HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`daftar serve printed no URL: ${stderr}`)), 15_000);
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`daftar serve exited (${code}): ${stderr}`)));
  });
  return { child, url, origin: new URL(url).origin };
}

/** The contract over HTTP, with the cookie the token URL hands out. */
async function apiClient(url, origin) {
  const res = await fetch(url, { redirect: 'manual' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error(`no cookie from ${url} (HTTP ${res.status})`);
  return async (method, body) => {
    const r = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const envelope = await r.json();
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.result;
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** In the page: wait until `check()` holds, then for the next paint; resolves the elapsed ms since t0. */
const PAGE_HELPERS = `
  window.__until = (check, t0) => new Promise((resolve, reject) => {
    const deadline = performance.now() + 20000;
    const tick = () => {
      if (check()) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      else if (performance.now() > deadline) reject(new Error('timed out'));
      else requestAnimationFrame(tick);
    };
    tick();
  });
`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-bench-hl-'));
  const server = await startServer(dir);
  let browser;
  try {
    const api = await apiClient(server.url, server.origin);
    await api('project.create', { path: path.join(dir, 'bench.sqlite') });
    const textA = article('مقال طويل بتظليلات كثيرة', 150);
    const textB = article('المقال نفسه بلا تظليلات', 150);
    fs.writeFileSync(path.join(dir, 'a-marked.txt'), textA);
    fs.writeFileSync(path.join(dir, 'b-plain.txt'), textB);
    const { jobId } = await api('import.start', { paths: [path.join(dir, 'a-marked.txt'), path.join(dir, 'b-plain.txt')] });
    let job;
    do {
      await new Promise((r) => setTimeout(r, 100));
      job = await api('import.status', { jobId });
    } while (job.state === 'running');
    if (job.report.imported.length !== 2) throw new Error(`import failed: ${JSON.stringify(job.report)}`);
    const idOf = (file) => job.report.imported.find((i) => i.file.endsWith(file)).id;
    const [marked, plain] = [idOf('a-marked.txt'), idOf('b-plain.txt')];

    const themes = [];
    for (const [name, color] of [['الأمن', '#e57373'], ['التنمية', '#81c784'], ['الحوار', '#64b5f6'], ['التعاون', '#ffb74d'], ['الدبلوماسية', '#ba68c8']]) {
      themes.push((await api('tags.create', { kind: 'theme', name, color })).id);
    }
    const speakers = [];
    for (const name of ['المتحدث باسم الوزارة', 'أنطونيو غوتيريش']) speakers.push((await api('tags.create', { kind: 'speaker', name })).id);
    const chars = [...textA].length;
    const t0 = Date.now();
    let seed = 11;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < HIGHLIGHTS; i++) {
      // Spread over the article; every tenth one nests inside the previous, so many overlap.
      const start = Math.floor(rnd() * (chars - 400)) + 30;
      const length = 8 + Math.floor(rnd() * 120);
      await api('highlights.create', {
        articleId: marked,
        start,
        end: start + length,
        themeIds: i % 4 === 3 ? [] : [themes[i % themes.length]],
        speakerId: i % 3 === 0 ? speakers[i % 2] : null,
      }).catch((e) => {
        if (!/white space/.test(e.message)) throw e;
      });
    }
    const stored = (await api('highlights.forArticle', { articleId: marked })).length;
    console.log(`bench-highlights: article of ${chars.toLocaleString('en')} characters, ${stored} highlights created in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The contract calls the reader makes, timed from Node (HTTP on 127.0.0.1 included).
    const timed = async (method, body) => {
      const xs = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await api(method, body);
        xs.push(performance.now() - t);
      }
      return xs;
    };
    const calls = {
      get: [await timed('articles.get', { id: plain }), await timed('articles.get', { id: marked })],
      highlights: [await timed('highlights.forArticle', { articleId: plain }), await timed('highlights.forArticle', { articleId: marked })],
      lean: [await timed('highlights.forArticle', { articleId: plain, lean: true }), await timed('highlights.forArticle', { articleId: marked, lean: true })],
    };
    // The answer's size as sent (JSON of the result): the full one and the reader's lean one.
    const answerKb = async (body) => (Buffer.byteLength(JSON.stringify(await api('highlights.forArticle', body))) / 1024).toFixed(0);
    const sizes = { full: await answerKb({ articleId: marked }), lean: await answerKb({ articleId: marked, lean: true }) };

    browser = await chromium.launch({
      executablePath: process.env.DAFTAR_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByTestId('library-row').first().waitFor();
    await page.evaluate(PAGE_HELPERS);
    if (process.env.BENCH_DEBUG) {
      page.on('console', (m) => console.log('page:', m.text()));
      await page.evaluate(() => (window.__debug = true));
    }
    await page.evaluate(() => document.fonts.ready);

    const rowOf = async (id) => {
      const titles = { [marked]: 'مقال طويل بتظليلات كثيرة', [plain]: 'المقال نفسه بلا تظليلات' };
      return titles[id];
    };
    /**
     * Click the article's library row; time until its paragraphs (and marks) are painted, and
     * until the quotes list beside it holds its `quotes` highlights. Then wait for the page to be
     * idle, so that work left from this render is not counted in the next one.
     */
    const render = async (id, expectMarks, quotes = 0) =>
      page.evaluate(
        async ([title, want, count]) => {
          const row = [...document.querySelectorAll('[data-testid=library-row]')].find((r) => r.textContent.includes(title));
          const t0 = performance.now();
          row.click();
          const painted = await window.__until(() => {
            const article = document.querySelector('[data-testid=reader] article h2');
            if (!article || article.textContent !== title) return false;
            const marks = document.querySelectorAll('[data-testid=reader-body] mark').length;
            return want ? marks > 0 : document.querySelectorAll('[data-testid=reader-paragraph]').length > 0;
          }, t0);
          const listed = await window.__until(() => document.querySelectorAll('[data-testid=quote-item]').length === count, t0);
          await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
          return { painted, listed };
        },
        [await rowOf(id), expectMarks, quotes],
      );

    const renders = { marked: [], plain: [] };
    for (let i = 0; i < RUNS; i++) {
      renders.plain.push(await render(plain, false));
      renders.marked.push(await render(marked, true, stored));
    }
    const marksShown = await page.evaluate(() => document.querySelectorAll('[data-testid=reader-body] mark').length);

    /** Select a few words of paragraph k and press H: time until the new highlight is painted. */
    const create = async (k) =>
      page.evaluate(async (index) => {
        const ps = document.querySelectorAll('[data-testid=reader-paragraph]');
        const p = ps[index % ps.length];
        p.scrollIntoView({ block: 'center' });
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode();
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(node.length, 12));
        const selection = document.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        await window.__until(() => document.querySelector('[data-testid=selection-toolbar]'), 0);
        const before = document.querySelectorAll('[data-testid=quote-item]').length;
        const idsIn = (el) => new Set([...el.querySelectorAll('mark[data-ids]')].flatMap((m) => m.getAttribute('data-ids').split(' ')));
        const idsBefore = idsIn(p);
        const t0 = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', code: 'KeyH', bubbles: true }));
        // Two moments: the mark over the selected text (what the analyst sees at once), and the
        // quotes list beside the reader showing the stored highlight (after the round trip).
        const markPromise = window.__until(() => [...idsIn(document.querySelectorAll('[data-testid=reader-paragraph]')[index % ps.length])].some((id) => !idsBefore.has(id)), t0);
        const listPromise = window.__until(() => document.querySelectorAll('[data-testid=quote-item]').length > before, t0);
        const mark = await markPromise;
        const ms = await listPromise;
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
        if (window.__debug) console.log(ms.toFixed(0), performance.getEntriesByType('resource').filter((e) => e.startTime >= t0).map((e) => `${e.name.split('/').pop()} ${e.startTime - t0 | 0}+${e.duration | 0}`).join(' '));
        return { mark, list: ms };
      }, k);

    /** Scroll the reader by 120 px a frame for 90 frames; the frame-to-frame times. */
    const scroll = async () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const pane = document.querySelector('.reader-pane');
            pane.scrollTop = 0;
            const times = [];
            let last = performance.now();
            let n = 0;
            const step = () => {
              const now = performance.now();
              if (n > 0) times.push(now - last);
              last = now;
              pane.scrollTop += 120;
              if (++n <= 90) requestAnimationFrame(step);
              else resolve(times);
            };
            requestAnimationFrame(step);
          }),
      );

    /** mouseover on the k-th mark: time until the hover card is painted. */
    const hover = async (k) =>
      page.evaluate(async (index) => {
        const marks = document.querySelectorAll('[data-testid=reader-body] mark');
        const mark = marks[(index * 37) % marks.length];
        mark.scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        const ms = await window.__until(() => {
          const card = document.querySelector('[data-testid=hover-card]');
          return card && card.querySelectorAll('[data-testid=hover-card-entry]').length === mark.getAttribute('data-ids').split(' ').length;
        }, t0);
        mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 300));
        return ms;
      }, k);

    if (process.env.BENCH_PROFILE) {
      // BENCH_PROFILE=render profiles three first renders (plain article → marked one, the
      // plain render not profiled); any other value, three creates.
      const renders = process.env.BENCH_PROFILE === 'render';
      const profiles = [];
      await render(marked, true, stored);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      if (renders) {
        for (let i = 0; i < 3; i++) {
          await render(plain, false);
          await cdp.send('Profiler.start');
          await render(marked, true, stored);
          const { profile } = await cdp.send('Profiler.stop');
          profiles.push(profile);
        }
      } else {
        await cdp.send('Profiler.start');
        for (let i = 0; i < 3; i++) await create(i * 5 + 2);
        profiles.push((await cdp.send('Profiler.stop')).profile);
      }
      const self = new Map();
      for (const profile of profiles) {
        const dt = profile.timeDeltas;
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        profile.samples.forEach((id, i) => {
          const f = byId.get(id).callFrame;
          const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
          self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
        });
      }
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
      if (process.env.BENCH_PROFILE_TOTAL) {
        // Inclusive time per function (each sample counted once per function on its stack).
        const total = new Map();
        for (const profile of profiles) {
          const dt = profile.timeDeltas;
          const byId = new Map(profile.nodes.map((n) => [n.id, n]));
          const parent = new Map();
          for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
          profile.samples.forEach((id, i) => {
            const seen = new Set();
            for (let n = id; n !== undefined; n = parent.get(n)) {
              const f = byId.get(n).callFrame;
              const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
              if (seen.has(k)) continue;
              seen.add(k);
              total.set(k, (total.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
            }
          });
        }
        console.log('--- inclusive');
        console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
      }
    }
    const results = {};
    for (const [name, id] of [['plain', plain], ['marked', marked]]) {
      await render(id, name === 'marked', name === 'marked' ? stored : 0);
      const creates = [];
      for (let i = 0; i < RUNS; i++) creates.push(await create(i * 3 + 1));
      const frames = await scroll();
      const hovers = [];
      for (let i = 0; i < RUNS; i++) hovers.push(await hover(i));
      results[name] = { creates, frames, hovers };
    }

    /** `interaction`: one of the figures the 50 ms target is about; the others are context. */
    const row = (label, base, loaded, interaction = true) => {
      const b = median(base);
      const l = median(loaded);
      const ok = !interaction ? '' : l < TARGET_MS ? 'ok' : 'OVER';
      console.log(`  ${label.padEnd(40)} ${b.toFixed(1).padStart(8)} ms ${l.toFixed(1).padStart(10)} ms ${(l / b).toFixed(2).padStart(7)}×   ${ok}`);
    };
    console.log(`\nmedians of ${RUNS} runs; target: each interaction under ${TARGET_MS} ms (${marksShown} <mark> segments drawn)`);
    console.log(`  ${'figure'.padEnd(40)} ${'no highlights'.padStart(11)} ${`${stored} highlights`.padStart(13)} ${'ratio'.padStart(8)}`);
    row('articles.get (HTTP, from Node)', ...calls.get, false);
    row('highlights.forArticle (HTTP, from Node)', ...calls.highlights, false);
    row('highlights.forArticle lean (HTTP, Node)', ...calls.lean, false);
    row('render article (click → painted)', renders.plain.map((r) => r.painted), renders.marked.map((r) => r.painted), false);
    row('render → quotes list filled', renders.plain.map((r) => r.listed), renders.marked.map((r) => r.listed), false);
    row('select + H → mark painted in the text', results.plain.creates.map((c) => c.mark), results.marked.creates.map((c) => c.mark));
    row('select + H → stored, in the quotes list', results.plain.creates.map((c) => c.list), results.marked.creates.map((c) => c.list));
    row('scroll frame time (median)', results.plain.frames, results.marked.frames);
    row('scroll frame time (p95)', [p95(results.plain.frames)], [p95(results.marked.frames)]);
    row('hover → card painted', results.plain.hovers, results.marked.hovers);
    console.log(`  answer of highlights.forArticle for ${stored} highlights: ${sizes.full} KB full, ${sizes.lean} KB lean (the reader's)`);
    console.log('\n(Times run to the next painted frame after the change. The render figure includes fetching the article and its');
    console.log(' highlights over HTTP; the baseline is the same article without highlights, same run. The machine is shared: rerun to compare.)');
  } finally {
    await browser?.close();
    server.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench-highlights failed: ${error.stack ?? error}`);
  process.exit(1);
});
