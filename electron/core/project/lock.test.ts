/** The project lock: one holder at a time, stale locks cleared, others' locks respected and named. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/unit/temp-project';
import { acquireLock, lockHolder, lockPath } from './lock';

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function writeLock(project: string, content: object | string): void {
  fs.writeFileSync(lockPath(project), typeof content === 'string' ? content : JSON.stringify(content));
}

describe('project lock', () => {
  it('is taken atomically, refused to a second holder in the same process, and removed on release', () => {
    const project = path.join(tempDir(), 'p.sqlite');
    const lock = acquireLock(project, 'app');
    expect(fs.existsSync(`${project}.lock`)).toBe(true);
    expect(lockHolder(project)).toMatchObject({ pid: process.pid, host: os.hostname(), by: 'app' });
    expect(() => acquireLock(project, 'import')).toThrow(expect.objectContaining({ code: 'project_busy', message: `${project} is already open in this Daftar.` }));
    lock.release();
    lock.release(); // twice is harmless
    expect(fs.existsSync(`${project}.lock`)).toBe(false);
    expect(lockHolder(project)).toBeNull();
    expect(fs.readdirSync(path.dirname(project))).toEqual([]); // no temporary file left either
    acquireLock(project, 'app').release();
  });

  it('respects a lock held by a running process, naming it and the file to delete', () => {
    const project = path.join(tempDir(), 'p.sqlite');
    // The parent of this test process is running and is not us.
    writeLock(project, { pid: process.ppid, host: os.hostname(), user: 'salma', since: '2026-02-01T10:00:00.000Z', by: 'app' });
    let error: unknown;
    try {
      acquireLock(project, 'import');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'project_busy' });
    const message = (error as Error).message;
    expect(message).toContain(`${project} is open in another Daftar window (process ${process.ppid} on ${os.hostname()}, user salma, since 2026-02-01T10:00:00.000Z)`);
    expect(message).toContain('commands that only read it still work');
    expect(message).toContain(`delete ${project}.lock`);
    expect(fs.readFileSync(lockPath(project), 'utf8')).toContain('salma'); // theirs, untouched
  });

  it("names a command that holds it, and respects another host's lock (it cannot be checked from here)", () => {
    const project = path.join(tempDir(), 'p.sqlite');
    writeLock(project, { pid: process.ppid, host: os.hostname(), user: 'u', since: 'now', by: 'import' });
    expect(() => acquireLock(project, 'app')).toThrow(/open in the command "daftar import"/);
    writeLock(project, { pid: deadPid(), host: `not-${os.hostname()}`, user: 'u', since: 'now', by: 'app' });
    expect(() => acquireLock(project, 'app')).toThrow(/open in another Daftar window \(process \d+ on not-/);
  });

  it('takes over a stale lock (its process is gone) and a damaged one', () => {
    const project = path.join(tempDir(), 'p.sqlite');
    writeLock(project, { pid: deadPid(), host: os.hostname(), user: 'u', since: 'then', by: 'app' });
    expect(lockHolder(project)).toBeNull();
    const lock = acquireLock(project, 'app');
    expect(JSON.parse(fs.readFileSync(lockPath(project), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    writeLock(project, '{"pid": 12');
    acquireLock(project, 'app').release();
    // Our own pid in a lock we do not hold: left by an earlier run that had the same pid.
    writeLock(project, { pid: process.pid, host: os.hostname(), user: 'u', since: 'then', by: 'app' });
    acquireLock(project, 'app').release();
    expect(fs.existsSync(lockPath(project))).toBe(false);
  });

  it('release removes only its own lock', () => {
    const project = path.join(tempDir(), 'p.sqlite');
    const lock = acquireLock(project, 'app');
    // Someone removed ours by hand and another Daftar took the project.
    writeLock(project, { pid: process.ppid, host: os.hostname(), user: 'other', since: 'later', by: 'app' });
    lock.release();
    expect(fs.readFileSync(lockPath(project), 'utf8')).toContain('other');
  });

  it('says when the folder is missing', () => {
    const project = path.join(tempDir(), 'missing', 'p.sqlite');
    expect(() => acquireLock(project, 'app')).toThrow(/the folder .*missing does not exist/);
  });
});
