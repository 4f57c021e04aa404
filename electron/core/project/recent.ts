import fs from 'node:fs';
import path from 'node:path';
import type { RecentProject } from '../../../shared/contract/project';

const MAX_RECENT = 12;

interface Stored {
  path: string;
  openedAt: string;
}

/**
 * The recent-projects list, kept in the user's config folder as a small JSON file. A damaged
 * or hostile file there is ignored (the list starts empty), never trusted.
 */
export class RecentProjects {
  constructor(private readonly file: string) {}

  list(): RecentProject[] {
    return this.read().map((r) => ({
      path: r.path,
      name: path.basename(r.path),
      openedAt: r.openedAt,
      exists: fs.existsSync(r.path),
    }));
  }

  add(projectPath: string): void {
    const abs = path.resolve(projectPath);
    const rest = this.read().filter((r) => r.path !== abs);
    this.write([{ path: abs, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
  }

  forget(projectPath: string): RecentProject[] {
    const abs = path.resolve(projectPath);
    this.write(this.read().filter((r) => r.path !== abs));
    return this.list();
  }

  private read(): Stored[] {
    try {
      const data: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      if (!Array.isArray(data)) return [];
      return data
        .filter((r): r is Stored => typeof r?.path === 'string' && typeof r?.openedAt === 'string' && r.path.length < 4096)
        .slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  }

  private write(items: Stored[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(items, null, 2));
    fs.renameSync(tmp, this.file);
  }
}

/** Where Daftar keeps its own small settings: $DAFTAR_CONFIG_DIR, or the platform's config folder. */
export function defaultConfigDir(): string {
  if (process.env.DAFTAR_CONFIG_DIR) return process.env.DAFTAR_CONFIG_DIR;
  const home = process.env.HOME ?? process.env.USERPROFILE ?? '.';
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? home, 'Daftar');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Daftar');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'daftar');
}
