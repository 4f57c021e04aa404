import os from 'node:os';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import type { ProjectInfo } from '../../../shared/contract/project';
import { countArticles } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { closeProject, createProject, openProject, SCHEMA_VERSION } from '../db/open';
import { ImportJobs } from '../import/import-jobs';
import { Uploads } from '../import/uploads';
import { RecentProjects } from './recent';

export interface SessionOptions {
  configDir: string;
  /** The built import worker (dist/node/import-worker.cjs). */
  importWorker: string;
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
  readonly recent: RecentProjects;
  readonly imports: ImportJobs;
  /** Files a browser is sending for import (web mode). */
  readonly uploads = new Uploads();
  readonly configDir: string;
  readonly actor: string;

  constructor(options: SessionOptions) {
    this.configDir = options.configDir;
    this.actor = options.actor ?? defaultActor();
    this.recent = new RecentProjects(path.join(options.configDir, 'recent-projects.json'));
    this.imports = new ImportJobs(options.importWorker);
  }

  get projectPath(): string | null {
    return this.file;
  }

  /** The open project's handle, or a clear error for methods that need one. */
  requireDb(): WritableDb {
    if (!this.db) throw new DaftarError('no_project', 'No project is open. Create or open a project first.');
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
    const db = createProject(target);
    await this.swap(db, target);
    return this.info()!;
  }

  async open(file: string): Promise<ProjectInfo> {
    const target = path.resolve(file);
    if (target === this.file && this.db) return this.info()!;
    const db = openProject(target);
    await this.swap(db, target);
    return this.info()!;
  }

  async close(): Promise<boolean> {
    if (!this.db) return false;
    await this.imports.stopAll();
    this.uploads.discardAll();
    closeProject(this.db);
    this.db = null;
    this.file = null;
    return true;
  }

  private async swap(db: WritableDb, file: string): Promise<void> {
    await this.close();
    this.db = db;
    this.file = file;
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
