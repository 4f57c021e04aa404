import { Worker } from 'node:worker_threads';
import { DaftarError } from '../../../shared/contract/errors';
import type { ProbeResult } from '../db/open';
import type { JobMessage, ProjectWorkerInput } from './job-protocol';

/** How long a file from elsewhere may take to be checked before Daftar gives up on it. */
export const DEFAULT_PROBE_TIMEOUT_MS = 20_000;

/**
 * probeProject (header, application_id, user_version, quick_check, schema) on a worker
 * thread that is terminated when it takes longer than `timeoutMs`: a huge or hostile file
 * cannot hang the process that serves the UI. The probe only reads, so terminating it
 * changes nothing. Its refusals keep their code (e.g. 'project_outdated', which the UI answers
 * by offering an upgraded copy).
 */
export function probeInWorker(workerScript: string, file: string, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const input: ProjectWorkerInput = { task: { kind: 'probe', file }, cancel: new SharedArrayBuffer(4) };
  const worker = new Worker(workerScript, { workerData: input });
  return new Promise<ProbeResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(timedOut(file, timeoutMs));
    }, timeoutMs);
    const settle = (action: () => void) => {
      clearTimeout(timer);
      action();
    };
    worker.on('message', (m: JobMessage<never, ProbeResult>) => {
      if (m.type === 'done') settle(() => resolve(m.result));
      else if (m.type === 'error') settle(() => reject(new DaftarError(m.code, m.message, m.reason ? { reason: m.reason, params: m.params } : undefined)));
    });
    worker.on('error', (e) => settle(() => reject(DaftarError.because('internal', 'check_failed', { file, detail: e.message }))));
    worker.on('exit', (code) => settle(() => reject(DaftarError.because('internal', 'check_stopped', { file, code }))));
  });
}

export function timedOut(file: string, timeoutMs: number): DaftarError {
  return DaftarError.because('project_invalid', 'check_timed_out', { file, seconds: Math.round(timeoutMs / 100) / 10 });
}
