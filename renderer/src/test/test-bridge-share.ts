/**
 * The export/share/merge part of the in-memory test bridge. A test double for component
 * tests only: "files" are a set of paths (existing ones are refused unless overwrite, as core
 * does), the row count comes from the seed, a merge answers the seeded report and its undo
 * asks the main double to put the project back. Exports and merges are jobs as in core: each
 * status call moves a job one step through its seeded progress, then it finishes (the file is
 * "written", the merge done) — unless `holdJobs`, which keeps it running until cancelled. The formats themselves are tested against
 * SQLite in electron/core/export.
 */
import {
  DaftarError, type ExportJob, type ExportMethod, type ExportProgress, type Handlers, type MergeJob, type MergeProgress, type MergeReport, type ProjectInfo, type QuoteFilters,
} from '../../../shared/contract/index';

/** The export domain's methods but upgrading a copy, which the foundation double answers with its projects. */
export type ShareMethod = Exclude<ExportMethod, 'project.upgradeCopy'>;

export interface ShareSeed {
  /** Files that exist on the "disk" (an export or copy to one asks before replacing). */
  existing?: string[];
  /** Rows an export would write for these filters (default: 3 without filters, 1 with). */
  rows?: (filters: QuoteFilters) => number;
  /** What project.merge answers (its `other` is replaced by the requested path). */
  report?: MergeReport;
  /** A merge of this path fails with this message. */
  mergeErrors?: Record<string, string>;
  /** Jobs stay running (at their last seeded progress) until cancelled. */
  holdJobs?: boolean;
  /** The progress an export / a merge reports, one step per status call, before it finishes. */
  exportSteps?: ExportProgress[];
  mergeSteps?: MergeProgress[];
  /** What the native pickers answer (Electron). */
  chosen?: { save?: string | null; merge?: string | null };
}

export interface ShareDouble {
  handlers: Pick<Handlers, ShareMethod>;
  /** Paths written, in order, with what was asked. */
  written: { method: string; path: string; overwrite: boolean }[];
}

interface DoubleJob<P, J extends { state: DoubleJobState }> {
  state: DoubleJobState;
  steps: P[];
  step: number;
  /** Runs when the job finishes: the write or merge, answering the finished job. */
  finish: () => Omit<J, 'id' | 'progress'>;
  done: Omit<J, 'id' | 'progress'> | null;
  /** What the job answers while it has no result. */
  pending: Omit<J, 'id' | 'progress' | 'state'>;
}

type DoubleJobState = 'running' | 'done' | 'cancelled' | 'failed';

const EXPORT_STEPS: ExportProgress[] = [{ phase: 'reading', done: 1, total: 3 }];
const MERGE_STEPS: MergeProgress[] = [{ phase: 'quotes', done: 1, total: 2, articles: 1, quotes: 1 }];

export function createShareDouble(
  seed: ShareSeed,
  project: { shell: 'web' | 'electron'; requireOpen: () => void; afterMerge: () => void; undoMerge: () => ProjectInfo },
): ShareDouble {
  const existing = new Set(seed.existing ?? []);
  const written: ShareDouble['written'] = [];
  const exportJobs = new Map<string, DoubleJob<ExportProgress, ExportJob>>();
  const mergeJobs = new Map<string, DoubleJob<MergeProgress, MergeJob>>();
  let nextJob = 1;
  const jobOf = <P, J extends { state: DoubleJobState }>(jobs: Map<string, DoubleJob<P, J>>, id: string) => {
    const job = jobs.get(id);
    if (!job) throw new DaftarError('not_found', `No job ${id}.`);
    return job;
  };
  /** One status call: the next step, or the end (unless held). */
  const advance = <P, J extends { state: DoubleJobState }>(id: string, job: DoubleJob<P, J>): J => {
    if (job.state === 'running' && job.step < job.steps.length) job.step++;
    else if (job.state === 'running' && !seed.holdJobs) {
      job.done = job.finish();
      job.state = job.done.state;
    }
    return view(id, job);
  };
  const view = <P, J extends { state: DoubleJobState }>(id: string, job: DoubleJob<P, J>): J =>
    ({ id, progress: job.steps[Math.max(0, job.step - 1)], ...(job.done ?? job.pending), state: job.state }) as unknown as J;
  const cancel = <P, J extends { state: DoubleJobState }>(id: string, job: DoubleJob<P, J>): J => {
    if (job.state === 'running') job.state = 'cancelled';
    return view(id, job);
  };
  const rows = seed.rows ?? ((f: QuoteFilters) => (Object.keys(f).length ? 1 : 3));
  let snapshot: string | null = null;

  const refuseExisting = (path: string, overwrite: boolean) => {
    project.requireOpen();
    if (existing.has(path) && !overwrite) throw new DaftarError('invalid_input', `${path} already exists; Daftar will not overwrite it (use --force to replace it).`);
  };
  const write = (method: string, path: string, overwrite: boolean) => {
    refuseExisting(path, overwrite);
    existing.add(path);
    written.push({ method, path, overwrite });
  };
  const electronOnly = () => {
    if (project.shell !== 'electron') throw new DaftarError('unsupported', 'File dialogs are only available in the desktop app; type a path instead.');
  };

  const handlers: ShareDouble['handlers'] = {
    'export.count': async ({ filters }) => {
      project.requireOpen();
      return { rows: rows(filters) };
    },
    'export.start': async ({ path, filters, overwrite }) => {
      refuseExisting(path, overwrite);
      const jobId = `export-${nextJob++}`;
      exportJobs.set(jobId, {
        state: 'running', steps: seed.exportSteps ?? EXPORT_STEPS, step: 0, done: null, pending: { result: null, error: null },
        finish: () => {
          write('export.start', path, overwrite);
          return { state: 'done', result: { path, rows: rows(filters) }, error: null };
        },
      });
      return { jobId };
    },
    'export.status': async ({ jobId }) => advance(jobId, jobOf(exportJobs, jobId)),
    'export.cancel': async ({ jobId }) => cancel(jobId, jobOf(exportJobs, jobId)),
    'export.printPdf': async ({ path, filters, overwrite }) => {
      electronOnly();
      write('export.printPdf', path, overwrite);
      return { path, rows: rows(filters) };
    },
    'project.saveCopy': async ({ path, overwrite }) => {
      write('project.saveCopy', path, overwrite);
      return { path };
    },
    'project.mergeStart': async ({ path }) => {
      project.requireOpen();
      const jobId = `merge-${nextJob++}`;
      mergeJobs.set(jobId, {
        state: 'running', steps: seed.mergeSteps ?? MERGE_STEPS, step: 0, done: null, pending: { report: null, error: null },
        finish: () => {
          const failure = seed.mergeErrors?.[path] ?? (seed.report ? null : `${path}: no such file.`);
          if (failure || !seed.report) return { state: 'failed', report: null, error: failure };
          snapshot = seed.report.snapshot;
          project.afterMerge();
          return { state: 'done', report: { ...seed.report, other: path }, error: null };
        },
      });
      return { jobId };
    },
    'project.mergeStatus': async ({ jobId }) => advance(jobId, jobOf(mergeJobs, jobId)),
    'project.mergeCancel': async ({ jobId }) => cancel(jobId, jobOf(mergeJobs, jobId)),
    'project.undoMerge': async ({ snapshot: given }) => {
      project.requireOpen();
      if (given !== snapshot) throw new DaftarError('invalid_input', `${given} is not a snapshot of this project taken before a merge; nothing was changed.`);
      snapshot = null;
      return project.undoMerge();
    },
    'dialog.chooseSavePath': async () => {
      electronOnly();
      return { path: seed.chosen?.save ?? null };
    },
    'dialog.chooseMergeSource': async () => {
      electronOnly();
      return { path: seed.chosen?.merge ?? null };
    },
  };
  return { handlers, written };
}
