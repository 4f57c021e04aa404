/**
 * The built `daftar` command as a real process (bin/daftar.cjs → dist/node/daftar.cjs, built
 * by `npm run test:unit` before vitest): a SIGKILL in the middle of an import leaves a sound
 * project holding only whole articles, and `serve` stops cleanly on SIGINT. Without the build
 * these tests are skipped, and say so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanImportedText } from '../../shared/text/clean';
import { codePointLength } from '../../shared/text/codepoints';
import { DIST_NODE, generateArticles, REPO_ROOT, SAMPLES_DIR, sideFiles, tempDir } from '../../tests/fixtures/make-fixtures';
import { closeProject, openProjectReadonly } from '../core/db/open';

const BIN = path.join(REPO_ROOT, 'bin/daftar.cjs');
const built = fs.existsSync(path.join(DIST_NODE, 'daftar.cjs'));
const rendererBuilt = fs.existsSync(path.join(DIST_NODE, '../renderer/index.html'));
if (!built) console.warn(`daftar-process.test.ts: skipped, ${DIST_NODE}/daftar.cjs is missing; run \`npm run build:node\` first.`);

function daftarSync(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Articles a reader sees now (a plain read-only connection: the import holds the project in WAL mode). */
function committedArticles(file: string): number {
  if (!fs.existsSync(`${file}-wal`)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    db.close();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe.skipIf(!built)('daftar as a process', () => {
  it('exit codes reach the shell', () => {
    expect(daftarSync('--help').status).toBe(0);
    const unknown = daftarSync('frobnicate');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missing = daftarSync('check', path.join(tempDir(), 'none.sqlite'), '--json');
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, problems: [expect.stringContaining('no such file')] });
  });

  it('kill -9 during an import leaves a sound project with only whole articles, and a rerun completes it', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'project.sqlite');
    const articles = path.join(dir, 'articles');
    const files = generateArticles(articles, 3000);
    expect(daftarSync('new', project).status).toBe(0);

    const child = spawn(process.execPath, [BIN, 'import', project, articles], { stdio: 'ignore' });
    const exit = exited(child);
    // Kill once the first articles are committed, a little later each run, so the kill lands
    // anywhere in a later batch.
    await until(() => committedArticles(project) > 0, 'the first committed articles');
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 150)));
    child.kill('SIGKILL');
    expect(await exit).toEqual({ code: null, signal: 'SIGKILL' });

    const check = daftarSync('check', project, '--json');
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, problems: [] });
    expect(check.status).toBe(0);

    const sources = new Map(files.map((f) => [path.basename(f), f]));
    const db = openProjectReadonly(project);
    let survived: number;
    try {
      const rows = db.prepare('SELECT original_file, text, chars FROM articles').all() as { original_file: string; text: string; chars: number }[];
      survived = rows.length;
      for (const a of rows) {
        const source = sources.get(a.original_file);
        expect(source, a.original_file).toBeDefined();
        expect(a.text).toBe(cleanImportedText(fs.readFileSync(source!, 'utf8')));
        expect(a.chars).toBe(codePointLength(a.text));
      }
    } finally {
      closeProject(db);
    }
    expect(survived).toBeGreaterThan(0);
    expect(survived).toBeLessThan(files.length);

    // Importing the folder again finds what survived as duplicates and brings in the rest.
    const rerun = daftarSync('import', project, articles, '--json');
    expect(rerun.status).toBe(0);
    const report = JSON.parse(rerun.stdout) as { imported: unknown[]; duplicates: unknown[]; failed: unknown[] };
    expect(report.duplicates).toHaveLength(survived);
    expect(report.imported).toHaveLength(files.length - survived);
    expect(report.failed).toEqual([]);
    expect(sideFiles(project)).toEqual([]);
    expect(JSON.parse(daftarSync('check', project, '--json').stdout)).toMatchObject({ ok: true, articles: files.length });
  }, 60_000);

  it.skipIf(!rendererBuilt)('serve runs until SIGINT, then closes the project whole and exits 0', async () => {
    const project = path.join(tempDir(), 'project.sqlite');
    expect(daftarSync('new', project).status).toBe(0);
    expect(daftarSync('import', project, SAMPLES_DIR).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'serve', project, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = exited(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
    await until(() => out.includes('}'), 'the URL');
    const { url } = JSON.parse(out) as { url: string };
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(303);
    expect(fs.existsSync(`${project}-wal`)).toBe(true); // open for writing while serving
    child.kill('SIGINT');
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(sideFiles(project)).toEqual([]);
  }, 30_000);
});
