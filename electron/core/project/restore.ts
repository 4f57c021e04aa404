/**
 * Put a merge's snapshot back in place of the project (undo a merge). Only a snapshot of THIS
 * project is accepted: it must sit beside it under the name merge gave it
 * ("<project>.before-merge-<time>.sqlite"), pass the probe, and carry the same project id.
 * The project must be closed; the snapshot is copied to a temporary name beside it, flushed,
 * probed, and renamed over the project (atomic on one file system), so the project is always
 * either as it was or the snapshot, never half of each. The snapshot itself stays.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DaftarError } from '../../../shared/contract/errors';
import { closeProject, openProjectReadonly, probeProject } from '../db/open';
import { temporaryName } from '../export/write-file';

export function isSnapshotOf(projectFile: string, snapshot: string): boolean {
  const project = path.resolve(projectFile);
  const snap = path.resolve(snapshot);
  return path.dirname(snap) === path.dirname(project) && path.basename(snap).startsWith(`${path.basename(project)}.before-merge-`) && snap.endsWith('.sqlite');
}

function projectId(file: string): string | null {
  const db = openProjectReadonly(file);
  try {
    const row = db.prepare("SELECT value FROM project_meta WHERE key = 'project_id'").get() as { value: string } | undefined;
    return row?.value ?? null;
  } finally {
    closeProject(db);
  }
}

/** Replace the (closed) project file with the snapshot. Throws, changing nothing, when the snapshot is not the project's. */
export function restoreSnapshot(projectFile: string, snapshot: string): void {
  const project = path.resolve(projectFile);
  const snap = path.resolve(snapshot);
  if (!isSnapshotOf(project, snap)) {
    throw DaftarError.because('invalid_input', 'restore_not_snapshot', { snapshot, file: project });
  }
  probeProject(snap);
  const ours = projectId(project);
  if (projectId(snap) !== ours) {
    throw DaftarError.because('invalid_input', 'restore_other_project', { snapshot, file: project });
  }
  for (const side of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(project + side)) {
      throw DaftarError.because('project_busy', 'restore_in_use', { file: project, side: path.basename(project + side) });
    }
  }
  const tmp = temporaryName(project);
  try {
    fs.copyFileSync(snap, tmp, fs.constants.COPYFILE_EXCL);
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    probeProject(tmp);
    fs.renameSync(tmp, project);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    if (error instanceof DaftarError) throw error;
    throw DaftarError.because('invalid_input', 'restore_failed', { file: project, detail: (error as Error).message });
  }
}
