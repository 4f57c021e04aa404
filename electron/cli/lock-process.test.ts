/**
 * Two real Daftar processes on one project (the built `daftar`, as in daftar-process.test.ts):
 * while `daftar serve P` has it open, a writing command is refused with exit 2 and a message
 * naming the holder, a read-only command still works, and a second `serve` cannot open it;
 * after the holder is killed (-9) its lock is stale and the next command takes over.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_NODE, REPO_ROOT, SAMPLES_DIR, sha256File, sideFiles, tempDir } from '../../tests/fixtures/make-fixtures';

const BIN = path.join(REPO_ROOT, 'bin/daftar.cjs');
const built = fs.existsSync(path.join(DIST_NODE, 'daftar.cjs')) && fs.existsSync(path.join(DIST_NODE, '../renderer/index.html'));
if (!built) console.warn('lock-process.test.ts: skipped, the app is not built; run `npm run build` first.');

function daftarSync(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `daftar serve P` as a child process, resolved once it prints its URL (the project is then open). */
function serve(project: string, config: string): Promise<{ child: ChildProcess; exit: Promise<number | null>; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', project, '--port', '0', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DAFTAR_CONFIG_DIR: config },
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.includes('}')) resolve({ child, exit, stderr: () => err });
    });
    void exit.then((code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
}

describe.skipIf(!built)('two Daftar processes on one project', () => {
  it('the second is refused while the first holds it; read-only commands still work; a killed holder leaves a stale lock that is taken over', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'shared.sqlite');
    expect(daftarSync('new', project).status).toBe(0);
    expect(daftarSync('import', project, path.join(SAMPLES_DIR, '01-security-council-session.txt')).status).toBe(0);

    const first = await serve(project, path.join(dir, 'config1'));
    try {
      const lock = JSON.parse(fs.readFileSync(`${project}.lock`, 'utf8')) as { pid: number; by: string };
      expect(lock).toMatchObject({ pid: first.child.pid, by: 'app' });

      const before = sha256File(project);
      const refused = daftarSync('tag', project, '--kind', 'speaker', '--name', 'متحدث');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`${project} is open in another Daftar window (process ${first.child.pid}`);
      expect(refused.stderr).toContain('commands that only read it still work');
      const imported = daftarSync('import', project, SAMPLES_DIR);
      expect(imported.status).toBe(2);
      expect(daftarSync('articles', project, '--json').status).toBe(0);
      expect(daftarSync('check', project).status).toBe(0);
      expect(sha256File(project)).toBe(before);

      // A second app on the same file is refused at start, naming the first.
      const second = spawnSync(process.execPath, [BIN, 'serve', project, '--port', '0', '--json'], {
        encoding: 'utf8', timeout: 30_000, env: { ...process.env, DAFTAR_CONFIG_DIR: path.join(dir, 'config2') },
      });
      expect(second.status).toBe(2);
      expect(second.stderr).toContain(`process ${first.child.pid}`);
    } finally {
      first.child.kill('SIGKILL');
      await first.exit;
    }
    // Killed: its lock stays, stale; the next writer sees the pid is gone and takes over.
    expect(fs.existsSync(`${project}.lock`)).toBe(true);
    const after = daftarSync('tag', project, '--kind', 'speaker', '--name', 'متحدث', '--json');
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    expect(fs.existsSync(`${project}.lock`)).toBe(false);
    expect(JSON.parse(daftarSync('check', project, '--json').stdout)).toMatchObject({ ok: true });

    // A holder that stops normally removes its lock.
    const third = await serve(project, path.join(dir, 'config3'));
    third.child.kill('SIGTERM');
    expect(await third.exit).toBe(0);
    expect(sideFiles(project)).toEqual([]);
  }, 60_000);
});
