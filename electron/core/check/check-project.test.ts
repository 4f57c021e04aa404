import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  makePlainSqlite,
  SAMPLES_DIR,
  sha256File,
  sideFiles,
  tamper,
  tempDir,
  writeHeaderUInt32,
} from '../../../tests/fixtures/make-fixtures';
import { createHighlight, locateQuote } from '../annotations/highlights';
import { closeProject, createProject, openProject, SCHEMA_VERSION } from '../db/open';
import { importPaths } from '../import/import-files';
import { checkProject } from './check-project';

/** A closed project holding the six sample articles. */
async function sampleProject(): Promise<string> {
  const file = path.join(tempDir(), 'project.sqlite');
  const db = createProject(file);
  try {
    expect((await importPaths(db, [SAMPLES_DIR])).imported).toHaveLength(6);
  } finally {
    closeProject(db);
  }
  return file;
}

/** Check, and make sure checking changed nothing. */
function check(file: string) {
  const before = sha256File(file);
  const report = checkProject(file);
  expect(sha256File(file)).toBe(before);
  expect(sideFiles(file)).toEqual([]);
  return report;
}

function firstArticleId(file: string): string {
  let id = '';
  tamper(file, (db) => {
    id = db.prepare('SELECT id FROM articles ORDER BY rowid LIMIT 1').pluck().get() as string;
  });
  return id;
}

describe('checkProject', () => {
  it('passes a sound project and counts what it holds', async () => {
    const file = await sampleProject();
    expect(check(file)).toEqual({ file, ok: true, schemaVersion: SCHEMA_VERSION, articles: 6, highlights: 0, problems: [] });
  });

  it('reports the probe failure of a file that is not a sound Daftar project, and looks no further', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'ملاحظات عادية، وليست قاعدة بيانات');
    const plain = makePlainSqlite(path.join(dir, 'not-a-project.sqlite'));
    const future = await sampleProject();
    writeHeaderUInt32(future, 60, SCHEMA_VERSION + 7);
    const trigger = await sampleProject();
    tamper(trigger, (db) => db.exec("CREATE TRIGGER leak AFTER INSERT ON articles BEGIN UPDATE project_meta SET value = 'x'; END"));
    const view = await sampleProject();
    tamper(view, (db) => db.exec('CREATE VIEW texts AS SELECT text FROM articles'));
    const cases: [string, RegExp][] = [
      [text, /is not a SQLite database/],
      [plain, /not a Daftar project/],
      [future, new RegExp(`newer Daftar \\(schema v${SCHEMA_VERSION + 7}`)],
      [trigger, /unexpected trigger "leak"/],
      [view, /unexpected view "texts"/],
    ];
    for (const [file, problem] of cases) {
      const report = check(file);
      expect(report).toMatchObject({ file, ok: false, schemaVersion: null, articles: null, highlights: null });
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toContain(file);
      expect(report.problems[0]).toMatch(problem);
    }
  });

  it('reports a missing file', () => {
    const file = path.join(tempDir(), 'gone.sqlite');
    expect(checkProject(file).problems).toEqual([`${file}: no such file.`]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("runs SQLite's full integrity_check (an index that no longer matches its table)", async () => {
    const file = await sampleProject();
    // Fill the content-hash index with titles, then restore its definition: the schema is
    // Daftar's again and quick_check passes, but the index content is wrong.
    tamper(file, (db) => {
      db.pragma('writable_schema = ON');
      db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX articles_content_hash ON articles(title)' WHERE name = 'articles_content_hash'").run();
    });
    tamper(file, (db) => db.exec('REINDEX articles_content_hash'));
    tamper(file, (db) => {
      db.pragma('writable_schema = ON');
      db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX articles_content_hash ON articles(content_hash)' WHERE name = 'articles_content_hash'").run();
    });
    const report = check(file);
    expect(report.ok).toBe(false);
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.every((p) => p.startsWith('SQLite integrity_check: '))).toBe(true);
    expect(report.problems.join('\n')).toMatch(/articles_content_hash/);
  });

  it('reports rows whose foreign keys point nowhere', async () => {
    const file = await sampleProject();
    tamper(file, (db) => {
      db.pragma('foreign_keys = OFF'); // better-sqlite3 enforces them by default
      db.prepare("UPDATE articles SET batch_id = 'no-such-batch' WHERE rowid = 2").run();
    });
    const report = check(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(['articles row 2 refers to a row of import_batches that does not exist']);
  });

  it("reports articles whose length or hash no longer match their text", async () => {
    const file = await sampleProject();
    const id = firstArticleId(file);
    tamper(file, (db) => {
      db.prepare('UPDATE articles SET chars = chars + 1 WHERE id = ?').run(id);
      db.prepare("UPDATE articles SET content_hash = 'feed' WHERE id = ?").run(id);
    });
    const report = check(file);
    expect(report.ok).toBe(false);
    const length = [...fs.readFileSync(path.join(SAMPLES_DIR, '01-security-council-session.txt'), 'utf8')].length;
    expect(report.problems).toEqual([
      `article ${id} (01-security-council-session.txt): chars is ${length + 1} but the text has ${length} code points`,
      `article ${id} (01-security-council-session.txt): content_hash does not match the text`,
    ]);
  });

  it('reports a highlight whose offsets no longer select its quote', async () => {
    const file = await sampleProject();
    const id = firstArticleId(file);
    const db = openProject(file);
    let highlight: string;
    try {
      const { start, end } = locateQuote(db, id, 'الإرهاب لا يعرف حدوداً');
      highlight = createHighlight(db, { articleId: id, start, end }, 'tester').id;
    } finally {
      closeProject(db);
    }
    expect(check(file)).toMatchObject({ ok: true, highlights: 1 });
    tamper(file, (raw) => raw.prepare('UPDATE highlights SET start_cp = start_cp + 1, end_cp = end_cp + 1').run());
    const report = check(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(new RegExp(`^highlight ${highlight} \\(article ${id}\\): the offsets \\d+–\\d+ no longer select its quote$`))]);
  });

  it('reports article text that is not NFC or has CR line ends (written by something other than the importer)', async () => {
    const file = await sampleProject();
    const db = openProject(file);
    try {
      const put = db.prepare(
        `INSERT INTO articles (id, title, text, chars, content_hash, original_file, imported_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
      );
      const nfd = 'ا\u0654كد الوزير';
      put.run('nfd', 'nfd', nfd, [...nfd].length, '', 'nfd.txt');
      put.run('cr', 'cr', 'سطر\r\nسطر', 8, '', 'cr.txt');
    } finally {
      closeProject(db);
    }
    const problems = check(file).problems;
    expect(problems).toContain('article nfd (nfd.txt): the text is not in Unicode NFC form');
    expect(problems).toContain('article cr (cr.txt): the text has CR line ends (only LF is stored)');
    expect(problems).toContain('article cr (cr.txt): content_hash does not match the text');
  });
});
