/** `daftar export` and `daftar merge` in-process: output, exit codes, files left untouched. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256File, sideFiles, tamper, tempDir } from '../../../tests/fixtures/make-fixtures';
import { closeProject, createProject } from '../../core/db/open';
import { fillNotebook, insertFixtureArticle, COUNCIL_TEXT } from '../../core/export/notebook-fixture';
import { run } from '../run';

async function daftar(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

function notebookFile(dir = tempDir()): string {
  const file = path.join(dir, 'notebook.sqlite');
  const db = createProject(file);
  try {
    fillNotebook(db);
  } finally {
    closeProject(db);
  }
  return file;
}

describe('daftar export', () => {
  it('writes every format, reports {path, rows}, and leaves the project unchanged', async () => {
    const file = notebookFile();
    const before = sha256File(file);
    const dir = tempDir();
    for (const format of ['csv', 'xlsx', 'qdpx', 'qdc', 'jsonld']) {
      const out = path.join(dir, `quotes.${format}`);
      const r = await daftar(['export', file, '--format', format, '--out', out, '--json']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toEqual({ path: out, rows: format === 'qdc' ? 6 : 8 });
      expect(fs.statSync(out).size).toBeGreaterThan(100);
    }
    expect(sha256File(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });

  it('filters, refuses to overwrite without --force, and writes machine headers', async () => {
    const file = notebookFile();
    const out = path.join(tempDir(), 'q.csv');
    const r = await daftar(['export', file, '--format', 'csv', '--out', out, '--speaker', 'غوتيريس', '--header', 'machine']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Wrote 2 quotes to ${out}.\n`);
    expect(fs.readFileSync(out, 'utf8').slice(1).startsWith('quote_id,quote,speaker,speaker_role,organisation,themes,')).toBe(true);
    const again = await daftar(['export', file, '--format', 'csv', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists; Daftar will not overwrite it \(use --force/);
    expect((await daftar(['export', file, '--format', 'csv', '--out', out, '--force', '--theme', 'الحدود'])).out).toMatch(/Wrote 2 quotes/);
  });

  it('exits 1 on a wrong command line and 2 on an unknown speaker', async () => {
    const file = notebookFile();
    const out = path.join(tempDir(), 'q.csv');
    expect((await daftar(['export', file, '--out', out])).err).toMatch(/--format is required/);
    expect((await daftar(['export', file, '--format', 'pdf', '--out', out])).code).toBe(1);
    expect((await daftar(['export', file, '--format', 'csv'])).err).toMatch(/--out FILE is required/);
    expect((await daftar(['export', file, '--format', 'csv', '--out', out, '--from', '10/03/2026'])).code).toBe(1);
    const unknown = await daftar(['export', file, '--format', 'csv', '--out', out, '--speaker', 'لا أحد']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/No speaker named "لا أحد"/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('daftar merge', () => {
  it('prints the JSON report with the snapshot, and merging again adds nothing', async () => {
    const dir = tempDir();
    const file = notebookFile(dir);
    const other = path.join(tempDir(), 'colleague.sqlite');
    const db = createProject(other);
    insertFixtureArticle(db, COUNCIL_TEXT);
    insertFixtureArticle(db, 'خبر آخر\n\nنص قصير عن اجتماع المجلس.');
    closeProject(db);
    const r = await daftar(['merge', file, other, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.articles).toEqual({ added: 1, matched: 1 });
    expect(fs.existsSync(report.snapshot)).toBe(true);
    expect(path.dirname(report.snapshot)).toBe(dir);
    const again = JSON.parse((await daftar(['merge', file, other, '--json'])).out);
    expect(again.articles).toEqual({ added: 0, matched: 2 });
    expect(sideFiles(file)).toEqual([]);
    const human = await daftar(['merge', file, other]);
    expect(human.out).toMatch(/articles: +0 added, 2 already here/);
    expect(human.out).toMatch(/Snapshot before the merge: /);
  });

  it('refuses a tampered OTHER with exit 2 and leaves the project byte-for-byte as it was', async () => {
    const dir = tempDir();
    const file = notebookFile(dir);
    const other = notebookFile(tempDir());
    tamper(other, (raw) => raw.exec('CREATE VIEW everything AS SELECT * FROM articles'));
    const before = sha256File(file);
    const r = await daftar(['merge', file, other]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(other);
    expect(r.err).toMatch(/unexpected view "everything"/);
    expect(sha256File(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['notebook.sqlite']);
    expect((await daftar(['merge', file])).code).toBe(1);
  });

  it('takes a REFI-QDA .qdpx as OTHER, and refuses a broken one leaving the project unchanged', async () => {
    const source = notebookFile();
    const qdpx = path.join(tempDir(), 'from-colleague.qdpx');
    expect((await daftar(['export', source, '--format', 'qdpx', '--out', qdpx])).code).toBe(0);
    const dir = tempDir();
    const file = path.join(dir, 'empty.sqlite');
    closeProject(createProject(file));
    const r = await daftar(['merge', file, qdpx, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ other: qdpx, articles: { added: 2 }, highlights: { added: 8 }, notImported: [] });
    const broken = path.join(tempDir(), 'broken.qdpx');
    fs.writeFileSync(broken, 'PK\u0003\u0004 ليس ملفاً مضغوطاً');
    const before = sha256File(file);
    const refused = await daftar(['merge', file, broken]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/broken\.qdpx is not a REFI-QDA project/);
    expect(sha256File(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);
  });
});
