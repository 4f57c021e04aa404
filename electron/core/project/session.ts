import os from 'node:os';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { ProjectInfo } from '../../../shared/contract/project';
import { countArticles } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { closeProject, createProject, openProject, SCHEMA_VERSION } from '../db/open';
import { createImportJobs, type ImportJobs } from '../import/import-jobs';
import { ProjectJobs } from '../jobs/project-jobs';
import { Uploads } from '../import/uploads';
import { acquireLock, type ProjectLock } from './lock';
import { RecentProjects } from './recent';
import { restoreSnapshot } from './restore';
import { upgradeCopy } from './upgrade';

export interface SessionOptions {
  configDir: string;
  /** The built import worker (dist/node/import-worker.cjs). */
  importWorker: string;
  /**
   * The built project worker (dist/node/project-worker.cjs): exports, merges and the probe of
   * files from elsewhere run there. Without it (tests of other parts) projects are probed in
   * this thread and export/merge jobs are refused.
   */
  projectWorker?: string;
  /** How long the probe of a file from elsewhere may take before it is given up (default 20 s). */
  probeTimeoutMs?: number;
  /** Who is working: recorded on every highlight and operation. Default: the OS user name. */
  actor?: string;
}

/**
 * The project the application has open (at most one per window/server), the recent list and
 * the running imports. Electron main and web mode each hold one Session; the CLI does not
 * need one (each command opens, works and closes).
 */
export class Session {
  private db: WritableDb | null = null;
  private file: string | null = null;
  /** `<project>.lock`: held while the project is open, so a second Daftar is refused. */
  private lock: ProjectLock | null = null;
  readonly recent: RecentProjects;
  readonly imports: ImportJobs;
  private readonly projectJobs: ProjectJobs | null;
  /** Files a browser is sending for import (web mode). */
  readonly uploads = new Uploads();
  readonly configDir: string;
  readonly actor: string;

  constructor(options: SessionOptions) {
    this.configDir = options.configDir;
    this.actor = options.actor ?? defaultActor();
    this.recent = new RecentProjects(path.join(options.configDir, 'recent-projects.json'));
    this.imports = createImportJobs(options.importWorker);
    this.projectJobs = options.projectWorker ? new ProjectJobs({ workerScript: options.projectWorker, probeTimeoutMs: options.probeTimeoutMs }) : null;
  }

  /** Exports and merges on worker threads. */
  get jobs(): ProjectJobs {
    if (!this.projectJobs) throw new DaftarError('unsupported', 'This Daftar was started without its project worker; exports and merges cannot run.');
    return this.projectJobs;
  }

  /** While a merge writes from its worker, this connection must not write (handlers/merge-gate.ts). */
  isMerging(): boolean {
    return this.projectJobs?.isMergeRunning() ?? false;
  }

  /** Start merging another project or a .qdpx into the open one. */
  startMerge(other: string): string {
    const file = this.requirePath();
    // One writer at a time: an import job writes in batches from its own connection.
    if (this.imports.isRunning()) throw DaftarError.because('project_busy', 'merge_wait_for_import');
    return this.jobs.startMerge(file, other, this.actor);
  }

  get projectPath(): string | null {
    return this.file;
  }

  /** The open project's handle, or a clear error for methods that need one. */
  requireDb(): WritableDb {
    if (!this.db) throw DaftarError.because('no_project', 'no_project');
    return this.db;
  }

  requirePath(): string {
    this.requireDb();
    return this.file!;
  }

  info(): ProjectInfo | null {
    if (!this.db || !this.file) return null;
    return {
      path: this.file,
      name: path.basename(this.file),
      schemaVersion: SCHEMA_VERSION,
      articles: countArticles(this.db),
      readOnly: false,
    };
  }

  async create(file: string): Promise<ProjectInfo> {
    const target = withExtension(path.resolve(file));
    await this.swap(target, () => createProject(target));
    return this.info()!;
  }

  /**
   * Open a project: its lock first (refused with 'project_busy' when another Daftar has it),
   * then the probe and a writable handle. An older project is refused with 'project_outdated'
   * and left as it was; the UI then offers `upgradeCopy`.
   */
  async open(file: string): Promise<ProjectInfo> {
    const target = path.resolve(file);
    if (target === this.file && this.db) return this.info()!;
    // The file may come from anywhere: check it on a worker that is given up after a deadline.
    const probed = this.projectJobs ? await this.projectJobs.probe(target) : undefined;
    await this.swap(target, () => openProject(target, { probed }));
    return this.info()!;
  }

  /** Write an upgraded copy of an older project beside it (the original is only read), and open the copy. */
  async upgradeCopy(file: string): Promise<ProjectInfo> {
    const copy = upgradeCopy(path.resolve(file));
    return this.open(copy.path);
  }

  /**
   * Undo a merge: put the snapshot merge saved back in place of the open project. The project
   * is closed (its lock kept, so no other Daftar slips in), the snapshot copied over it
   * atomically, and the project opened again. Everything done since the merge is undone too.
   */
  async undoMerge(snapshot: string): Promise<ProjectInfo> {
    const db = this.requireDb();
    const file = this.file!;
    await this.stopJobs();
    closeProject(db);
    this.db = null;
    try {
      restoreSnapshot(file, snapshot);
    } finally {
      // Reopen whatever is there now: the restored snapshot, or the project as it was.
      this.db = openProject(file);
    }
    return this.info()!;
  }

  async close(): Promise<boolean> {
    if (!this.db) return false;
    await this.stopJobs();
    this.uploads.discardAll();
    closeProject(this.db);
    this.db = null;
    this.file = null;
    this.lock?.release();
    this.lock = null;
    return true;
  }

  private async stopJobs(): Promise<void> {
    await Promise.all([this.imports.stopAll(), this.projectJobs?.stopAll()]);
  }

  /** Take the new project's lock, open it, and only then close the old one. */
  private async swap(file: string, open: () => WritableDb): Promise<void> {
    const lock = acquireLock(file, 'app');
    let db: WritableDb;
    try {
      db = open();
    } catch (error) {
      lock.release();
      throw error;
    }
    await this.close();
    this.db = db;
    this.file = file;
    this.lock = lock;
    this.recent.add(file);
  }
}

/** New projects get the .sqlite extension unless the analyst typed one. */
export function withExtension(file: string): string {
  return path.extname(file) ? file : `${file}.sqlite`;
}

function defaultActor(): string {
  try {
    return os.userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}
