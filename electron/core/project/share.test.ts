/** "Save a copy for sharing": one compact file, rollback journal, passes the probe, nothing beside it. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { listQuotes } from '../annotations/highlights';
import { closeProject, openProjectReadonly, probeProject } from '../db/open';
import { fillNotebook } from '../export/notebook-fixture';
import { saveShareCopy } from './share';

describe('saveShareCopy', () => {
  it('writes a single rollback-journal file that passes the probe and holds everything', () => {
    const { db, file } = tempProject();
    fillNotebook(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const dir = tempDir();
    const dest = path.join(dir, 'نسخة للمشاركة.sqlite');
    expect(saveShareCopy(db, dest)).toEqual({ path: dest });
    expect(fs.readdirSync(dir)).toEqual(['نسخة للمشاركة.sqlite']);
    // Header bytes 18–19 are 1 for a rollback journal, 2 for WAL.
    const header = fs.readFileSync(dest).subarray(0, 20);
    expect([header[18], header[19]]).toEqual([1, 1]);
    expect(probeProject(dest).schemaVersion).toBeGreaterThan(0);
    const copy = openProjectReadonly(dest);
    try {
      expect(listQuotes(copy).map((q) => q.id)).toEqual(listQuotes(db).map((q) => q.id));
    } finally {
      closeProject(copy);
    }
    expect(fs.readdirSync(dir)).toEqual(['نسخة للمشاركة.sqlite']);
    expect(() => saveShareCopy(db, file, { overwrite: true })).toThrow(/is the open project itself/);
  });

  it('refuses to overwrite, a folder, or a missing folder, and leaves nothing behind', () => {
    const { db } = tempProject();
    const dir = tempDir();
    const dest = path.join(dir, 'copy.sqlite');
    fs.writeFileSync(dest, 'ملف آخر');
    expect(() => saveShareCopy(db, dest)).toThrow(/already exists; Daftar will not overwrite it/);
    expect(fs.readFileSync(dest, 'utf8')).toBe('ملف آخر');
    expect(() => saveShareCopy(db, dir)).toThrow(/is a folder/);
    expect(() => saveShareCopy(db, path.join(dir, 'no', 'copy.sqlite'))).toThrow(/does not exist/);
    saveShareCopy(db, dest, { overwrite: true });
    expect(probeProject(dest).schemaVersion).toBeGreaterThan(0);
    expect(fs.readdirSync(dir)).toEqual(['copy.sqlite']);
  });
});
