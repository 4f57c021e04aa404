/**
 * WorkerJobs itself, with a small worker written for these tests (no build needed): each way a
 * job can end — done, cancelled (with and without the work's partial result), an error the
 * work reports, a worker that throws, one that exits, one that ignores cancel — and what the
 * job record says then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { WorkerJobs, type JobKind } from './worker-jobs';

interface Progress {
  n: number;
}
interface Result {
  items: number;
}
type Behaviour = 'done' | 'keeps-partial' | 'rolls-back' | 'reports-error' | 'throws' | 'exits' | 'ignores-cancel';

/** Plain CommonJS, so Node runs it as it is; `behave` picks how the job ends. */
const FAKE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const cancel = new Int32Array(workerData.cancel);
const cancelled = () => Atomics.load(cancel, 0) === 1;
const post = (m) => parentPort.postMessage(m);
// Report progress until cancelled, then end as 'end' says.
function untilCancelled(end) {
  let n = 0;
  const tick = () => {
    if (cancelled()) return end(n);
    post({ type: 'progress', progress: { n: ++n } });
    setTimeout(tick, 1);
  };
  tick();
}
switch (workerData.behave) {
  case 'done':
    post({ type: 'progress', progress: { n: 1 } });
    post({ type: 'done', result: { items: 1 } });
    break;
  case 'keeps-partial':
    untilCancelled((n) => post({ type: 'cancelled', result: { items: n } }));
    break;
  case 'rolls-back':
    untilCancelled(() => post({ type: 'cancelled' }));
    break;
  case 'reports-error':
    post({ type: 'error', code: 'invalid_input', message: 'bad.txt could not be read', reason: 'file_missing', params: { file: 'bad.txt' } });
    break;
  case 'throws':
    throw new Error('boom');
  case 'exits':
    process.exit(3);
  case 'ignores-cancel':
    post({ type: 'progress', progress: { n: 1 } });
    setInterval(() => {}, 1000);
    break;
}
`;

function fakeWorker(): string {
  const file = path.join(tempDir(), 'fake-worker.cjs');
  fs.writeFileSync(file, FAKE_WORKER);
  return file;
}

function jobs(what: JobKind = 'import', cancelGraceMs?: number): WorkerJobs<Progress, Result> {
  return new WorkerJobs<Progress, Result>(fakeWorker(), what, cancelGraceMs);
}

const start = (j: WorkerJobs<Progress, Result>, behave: Behaviour) => j.start({ input: { behave }, progress: { n: 0 } });

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('WorkerJobs', () => {
  it('runs a job to its result, with the progress the worker reported', async () => {
    const j = jobs();
    const id = start(j, 'done');
    expect(j.status(id)).toMatchObject({ id, state: 'running', progress: { n: 0 }, result: null, error: null });
    expect(j.isRunning()).toBe(true);
    const job = await j.wait(id);
    expect(job).toEqual({ id, state: 'done', progress: { n: 1 }, result: { items: 1 }, error: null });
    expect(j.isRunning()).toBe(false);
  });

  it('cancelled work that keeps what it did (an import) ends cancelled with its partial result', async () => {
    const j = jobs();
    const id = start(j, 'keeps-partial');
    await until(() => j.status(id).progress.n > 2, 'progress');
    expect(j.cancel(id).state).toBe('running');
    const job = await j.wait(id);
    expect(job.state).toBe('cancelled');
    expect(job.error).toBeNull();
    expect(job.result!.items).toBeGreaterThan(2);
    expect(job.result!.items).toBe(job.progress.n);
  });

  it('cancelled work that rolls back (export, merge) ends cancelled with no result', async () => {
    const j = jobs('merge');
    const id = start(j, 'rolls-back');
    await until(() => j.status(id).progress.n > 0, 'progress');
    j.cancel(id);
    expect(await j.wait(id)).toMatchObject({ state: 'cancelled', result: null, error: null });
  });

  it('an error the work reports keeps its code, message and reason', async () => {
    const j = jobs();
    const job = await j.wait(start(j, 'reports-error'));
    expect(job).toMatchObject({ state: 'failed', result: null, error: 'bad.txt could not be read', code: 'invalid_input', reason: 'file_missing', params: { file: 'bad.txt' } });
  });

  it('a worker that throws fails the job, naming the job and the problem', async () => {
    const j = jobs('import');
    const job = await j.wait(start(j, 'throws'));
    expect(job).toMatchObject({
      state: 'failed',
      result: null,
      error: 'the import failed: boom',
      code: 'internal',
      reason: 'job_failed',
      params: { job: { reason: 'job_import' }, detail: 'boom' },
    });
  });

  it('a worker that exits before it answered fails the job, with the exit code', async () => {
    const j = jobs('export');
    const job = await j.wait(start(j, 'exits'));
    expect(job).toMatchObject({ state: 'failed', error: 'the export stopped unexpectedly (exit 3)', code: 'internal', reason: 'job_stopped', params: { code: 3 } });
  });

  it('with a grace period, a worker that does not heed cancel is terminated and the job is cancelled', async () => {
    const j = jobs('export', 20);
    const id = start(j, 'ignores-cancel');
    await until(() => j.status(id).progress.n > 0, 'progress');
    j.cancel(id);
    expect(await j.wait(id)).toMatchObject({ state: 'cancelled', result: null, error: null });
  });

  it('cancel after the end changes nothing; an unknown id is named', async () => {
    const j = jobs('import');
    const id = start(j, 'done');
    await j.wait(id);
    expect(j.cancel(id).state).toBe('done');
    expect(() => j.status('nope')).toThrow('No import job nope.');
  });
});
