/**
 * What the app's session does for sharing and safe opening: a second session is refused a
 * project the first has open; an older project is refused and upgraded as a copy (the original
 * byte-for-byte unchanged); a merge is undone by putting its snapshot back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOldProject, sha256File, sideFiles } from '../../../tests/fixtures/make-fixtures';
import { tempDir } from '../../../tests/unit/temp-project';
import { listQuotes } from '../annotations/highlights';
import { closeProject, createProject, openProjectReadonly, probeProject, SCHEMA_VERSION } from '../db/open';
import { fillNotebook, insertFixtureArticle } from '../export/notebook-fixture';
import { mergeProject } from '../merge/merge';
import { Session } from './session';
import { restoreSnapshot } from './restore';

function session(dir: string, name = 'config'): Session {
  return new Session({ configDir: path.join(dir, name), importWorker: path.join(dir, 'no-worker.cjs'), actor: 'سلمى' });
}

const OLD_ARTICLE = { id: 'old-1', title: 'بيان قديم', text: 'بيان قديم\n\nأكد الوزير أن التعاون مستمر.\n' };

describe('Session: one holder per project', () => {
  it('a second session is refused while the first has the project open, and may open it once it is closed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.sqlite');
    const first = session(dir, 'a');
    const second = session(dir, 'b');
    await first.create(file);
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    await expect(second.open(file)).rejects.toMatchObject({ code: 'project_busy' });
    expect(second.projectPath).toBeNull();
    await first.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    await second.open(file);
    expect(second.info()).toMatchObject({ path: file, readOnly: false });
    // Switching projects releases the first one's lock.
    const other = path.join(dir, 'q.sqlite');
    await second.create(other);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    await second.close();
    expect(sideFiles(other)).toEqual([]);
  });

  it('a project that cannot be opened leaves no lock behind', async () => {
    const dir = tempDir();
    const bogus = path.join(dir, 'bogus.sqlite');
    fs.writeFileSync(bogus, 'ليس مشروعاً');
    await expect(session(dir).open(bogus)).rejects.toMatchObject({ code: 'project_invalid' });
    expect(fs.readdirSync(dir).sort()).toEqual(['bogus.sqlite']);
  });
});

describe('Session: a project from an older Daftar', () => {
  it('is refused with project_outdated and left byte-for-byte unchanged; upgradeCopy opens an upgraded copy beside it', async () => {
    const dir = tempDir();
    const file = makeOldProject(path.join(dir, 'old notes.sqlite'), 2, OLD_ARTICLE);
    const before = sha256File(file);
    const s = session(dir);
    await expect(s.open(file)).rejects.toMatchObject({ code: 'project_outdated' });
    expect(sha256File(file)).toBe(before);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);

    const info = await s.upgradeCopy(file);
    const copy = path.join(dir, 'old notes (upgraded).sqlite');
    expect(info).toMatchObject({ path: copy, schemaVersion: SCHEMA_VERSION, articles: 1 });
    expect(sha256File(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
    await s.close();
    expect(probeProject(copy).schemaVersion).toBe(SCHEMA_VERSION);
    expect(probeProject(file).schemaVersion).toBe(2);
    await expect(s.upgradeCopy(copy)).rejects.toThrow(/already at this Daftar's schema/);
    expect(fs.readdirSync(dir).sort()).toEqual(['config', 'old notes (upgraded).sqlite', 'old notes.sqlite']);
  });
});

describe('Session: undo a merge', () => {
  it('puts the snapshot back and reopens the project as it was before the merge', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ours.sqlite');
    const db = createProject(file);
    fillNotebook(db);
    closeProject(db);
    const other = path.join(dir, 'theirs.sqlite');
    const odb = createProject(other);
    insertFixtureArticle(odb, 'خبر من الزميل\n\nنص قصير للدمج.');
    closeProject(odb);
    const s = session(dir);
    await s.open(file);
    const report = mergeProject(s.requireDb(), other, s.actor);
    expect(s.info()!.articles).toBe(3);
    // Not a snapshot of this project: refused, nothing changed, still open.
    await expect(s.undoMerge(other)).rejects.toThrow(/is not a snapshot of/);
    expect(s.info()!.articles).toBe(3);

    const info = await s.undoMerge(report.snapshot);
    expect(info).toMatchObject({ path: file, articles: 2 });
    expect(listQuotes(s.requireDb(), { limit: 100 })).toHaveLength(8);
    expect(fs.existsSync(`${file}.lock`)).toBe(true); // still ours throughout
    await s.close();
    expect(sideFiles(file)).toEqual([]);
    const ro = openProjectReadonly(file);
    expect(ro.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    closeProject(ro);
  });

  it("refuses another project's file dressed as a snapshot (same name pattern, other project id)", () => {
    const dir = tempDir();
    const file = path.join(dir, 'ours.sqlite');
    closeProject(createProject(file));
    const fake = `${file}.before-merge-2026-01-01T00-00-00-000Z.sqlite`;
    closeProject(createProject(fake));
    const before = sha256File(file);
    expect(() => restoreSnapshot(file, fake)).toThrow(/belongs to another project/);
    expect(sha256File(file)).toBe(before);
  });
});
