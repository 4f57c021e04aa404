/**
 * The `daftar` command in-process: every command's JSON shape and exit codes (0 ok, 1 usage,
 * 2 invalid project or input, 3 partial), help, and that refused or read-only work leaves the
 * project file byte-for-byte as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../shared/anchors/quote-selector';
import {
  DIST_NODE,
  fixture,
  FIXTURES_DIR,
  makeOldProject,
  makePlainSqlite,
  sample,
  SAMPLES_DIR,
  sha256File,
  sideFiles,
  tamper,
  tempDir,
  writeHeaderUInt32,
} from '../../tests/fixtures/make-fixtures';
import { createHighlight, locateQuote } from '../core/annotations/highlights';
import { closeProject, openProject, SCHEMA_VERSION } from '../core/db/open';
import { COMMANDS } from './commands/index';
import { run, type CliIo } from './run';

interface Result {
  code: number;
  out: string;
  err: string;
}

/** The bad and tricky files of tests/fixtures (its import/ folder has the import engine's own). */
const LEGACY_FIXTURES = ['binary.txt', 'duplicate-of-sample-01.txt', 'empty.txt', 'not-utf8.txt', 'whitespace-only.txt'].map(fixture);

async function daftar(args: string[], io: Partial<CliIo> = {}): Promise<Result> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), ...io });
  return { code, out, err };
}

/** Parse stdout as the one JSON document --json promises. */
function json<T = unknown>(r: Result): T {
  return JSON.parse(r.out) as T;
}

async function newProject(): Promise<string> {
  const file = path.join(tempDir(), 'project.sqlite');
  expect((await daftar(['new', file])).code).toBe(0);
  return file;
}

async function sampleProject(): Promise<{ file: string; ids: Map<string, string> }> {
  const file = await newProject();
  const r = await daftar(['import', file, SAMPLES_DIR, '--json']);
  expect(r.code).toBe(0);
  const report = json<{ imported: { id: string; file: string }[] }>(r);
  return { file, ids: new Map(report.imported.map((i) => [path.basename(i.file), i.id])) };
}

/** Run a command that must not change the project file, and check that it did not. */
async function unchanged(file: string, args: string[]): Promise<Result> {
  const before = sha256File(file);
  const sides = sideFiles(file);
  const r = await daftar(args);
  expect(sha256File(file)).toBe(before);
  expect(sideFiles(file)).toEqual(sides);
  return r;
}

/** Files that are not sound Daftar projects, each with what the message must say. */
async function invalidProjects(): Promise<[string, RegExp][]> {
  const dir = tempDir();
  const text = path.join(dir, 'article.sqlite');
  fs.writeFileSync(text, 'خبر عادي، ليس مشروعاً\n');
  const plain = makePlainSqlite(path.join(dir, 'not-a-project.sqlite'));
  const future = await newProject();
  writeHeaderUInt32(future, 60, SCHEMA_VERSION + 1);
  const view = await newProject();
  tamper(view, (db) => db.exec('CREATE VIEW everything AS SELECT * FROM articles'));
  return [
    [text, /is not a SQLite database/],
    [plain, /is a SQLite database but not a Daftar project/],
    [future, /was made by a newer Daftar/],
    [view, /unexpected view "everything"/],
  ];
}

describe('daftar: usage', () => {
  it('--help lists every command and the exit codes, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await daftar(args);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^Usage: daftar <command> <project.sqlite>/);
      for (const c of COMMANDS) expect(r.out).toContain(`  ${c.name} `);
      expect(r.out).toContain('Exit codes: 0 ok; 1 usage error; 2 ');
    }
  });

  it('<command> --help prints that command\'s usage, exit 0, and does nothing else', async () => {
    for (const c of COMMANDS) {
      const r = await daftar([c.name, path.join(tempDir(), 'p.sqlite'), '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: daftar ${c.name} `));
      expect(r.out).toBe(c.help);
    }
    expect((await daftar(['help', 'import'])).out).toMatch(/^Usage: daftar import /);
    expect((await daftar(['new', 'x.sqlite', '-h'])).code).toBe(0);
    expect(fs.existsSync('x.sqlite')).toBe(false);
  });

  it('--version prints the version', async () => {
    const r = await daftar(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^daftar \S+\n$/);
  });

  it('no command, an unknown command or an unknown option: usage on stderr, exit 1', async () => {
    const none = await daftar([]);
    expect(none.code).toBe(1);
    expect(none.out).toBe('');
    expect(none.err).toMatch(/^Usage: daftar/);

    const unknown = await daftar(['frobnicate', 'p.sqlite']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toBe('');
    expect(unknown.err).toMatch(/^daftar: unknown command "frobnicate"\n\nUsage: daftar <command>/);

    expect((await daftar(['help', 'frobnicate'])).code).toBe(1);
    expect((await daftar(['--json'])).err).toMatch(/unknown option "--json" \(options go after the command\)/);

    const file = await newProject();
    const option = await unchanged(file, ['articles', file, '--frobnicate']);
    expect(option.code).toBe(1);
    expect(option.err).toMatch(/^daftar: Unknown option '--frobnicate'/);
    expect(option.err).toContain('Usage: daftar articles ');
  });

  it('missing or extra arguments and bad option values: exit 1 naming the problem', async () => {
    const file = await newProject();
    const cases: [string[], RegExp][] = [
      [['new'], /missing <project.sqlite>/],
      [['new', 'a.sqlite', 'b.sqlite'], /unexpected argument: b.sqlite/],
      [['import', file], /missing <file-or-folder>/],
      [['show', file], /missing <article-id>/],
      [['articles', file, '--limit', '0'], /--limit must be a whole number from 1 to/],
      [['articles', file, '--limit', 'ten'], /--limit must be a whole number/],
      [['articles', file, '--limit'], /Option '--limit <value>' argument missing/],
      [['import', file, SAMPLES_DIR, '--encoding', 'latin1'], /--encoding must be one of auto, utf-8, windows-1256, iso-8859-6, utf-16le, utf-16be, not "latin1"/],
      [['serve', '--port', '70000'], /--port must be a whole number from 0 to 65535/],
      [['serve', file, 'other.sqlite'], /unexpected arguments: other.sqlite/],
    ];
    for (const [args, message] of cases) {
      const r = await unchanged(file, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err).toContain(`Usage: daftar ${args[0]} `);
    }
    expect(fs.existsSync('a.sqlite')).toBe(false);
  });
});

describe('daftar new', () => {
  it('creates an empty project: JSON {path, schemaVersion}', async () => {
    const file = path.join(tempDir(), 'notebook.sqlite');
    const r = await daftar(['new', file, '--json']);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({ path: file, schemaVersion: SCHEMA_VERSION });
    expect(sideFiles(file)).toEqual([]);
    const check = json<{ ok: boolean; articles: number }>(await daftar(['check', file, '--json']));
    expect(check).toMatchObject({ ok: true, articles: 0 });
  });

  it('says what it made in human output, with an absolute path', async () => {
    const dir = tempDir();
    const r = await daftar(['new', path.relative(process.cwd(), path.join(dir, 'n.sqlite'))]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Created ${path.join(dir, 'n.sqlite')} (an empty Daftar project, schema v${SCHEMA_VERSION}).\n`);
  });

  it('refuses to overwrite any file: exit 2, the file untouched', async () => {
    const file = path.join(tempDir(), 'precious.sqlite');
    fs.writeFileSync(file, 'لا تلمس هذا الملف');
    const r = await unchanged(file, ['new', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`daftar: ${file} already exists; Daftar will not overwrite it.\n`);
    const project = await newProject();
    expect((await unchanged(project, ['new', project])).code).toBe(2);
  });
});

describe('daftar import', () => {
  it('imports a folder: JSON {imported, duplicates, failed}, exit 0', async () => {
    const file = await newProject();
    const r = await daftar(['import', file, SAMPLES_DIR, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const report = json<{ imported: { id: string; file: string; title: string }[]; duplicates: unknown[]; failed: unknown[] }>(r);
    expect(Object.keys(report)).toEqual(['imported', 'duplicates', 'failed']);
    expect(report.imported).toHaveLength(6);
    for (const i of report.imported) {
      expect(Object.keys(i)).toEqual(['id', 'file', 'title']);
      expect(i.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(path.isAbsolute(i.file)).toBe(true);
    }
    expect(report.imported[0].title).toBe('مجلس الأمن يدعو إلى تعاون دولي أوسع لمكافحة الإرهاب');
    expect(report.duplicates).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(sideFiles(file)).toEqual([]);
  });

  it('partial success: duplicates and failures reported, the rest imported, exit 3', async () => {
    const { file, ids } = await sampleProject();
    const dir = tempDir();
    const missing = path.join(dir, 'missing.txt');
    const fresh = path.join(dir, 'fresh.txt');
    fs.writeFileSync(fresh, 'خبر جديد: اجتماع وزاري في الرباط\n\nقال الوزير إن «التعاون مستمر».\n');
    const r = await daftar(['import', file, ...LEGACY_FIXTURES, missing, fresh, '--json']);
    expect(r.code).toBe(3);
    const report = json<{ imported: { file: string; title: string }[]; duplicates: unknown[]; failed: { file: string; error: string }[] }>(r);
    expect(report.imported).toEqual([
      // Windows-1256, detected
      { id: expect.any(String), file: fixture('not-utf8.txt'), title: 'بيان: التعاون الإقليمي ضروري لمواجهة الإرهاب' },
      { id: expect.any(String), file: fresh, title: 'خبر جديد: اجتماع وزاري في الرباط' },
    ]);
    expect(report.duplicates).toEqual([{ file: fixture('duplicate-of-sample-01.txt'), duplicateOf: ids.get('01-security-council-session.txt') }]);
    expect(report.failed.map((f) => [path.basename(f.file), f.error.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['missing.txt', 'no such file or'],
      ['binary.txt', 'the file looks binary'],
      ['empty.txt', 'the file is empty'],
      ['whitespace-only.txt', 'the file has no'],
    ]);
  });

  it('human output: a summary line, duplicates, and each failure as "file: error" on stderr', async () => {
    const { file } = await sampleProject();
    const r = await daftar(['import', file, ...LEGACY_FIXTURES, sample('../sample-articles/01-security-council-session.txt')]);
    expect(r.code).toBe(3);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('Imported 1 article into project.sqlite (2 duplicates, 3 failed).');
    expect(lines[1]).toMatch(/duplicate-of-sample-01.txt: already in the project \(article [0-9a-f-]{36}\), not imported again$/);
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${fixture('binary.txt')}: the file looks binary (it contains NUL bytes), not text`,
      `${fixture('empty.txt')}: the file is empty`,
      `${fixture('whitespace-only.txt')}: the file has no text (only white space)`,
    ]);
  });

  it('every input failed: exit 2, and nothing was added to the project', async () => {
    const { file } = await sampleProject();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'empty-folder'));
    const r = await daftar(['import', file, path.join(dir, 'nope'), path.join(dir, 'empty-folder'), fixture('empty.txt'), '--json']);
    expect(r.code).toBe(2);
    const report = json<{ imported: unknown[]; failed: { file: string; error: string }[] }>(r);
    expect(report.imported).toEqual([]);
    expect(report.failed).toEqual([
      { file: path.join(dir, 'nope'), error: 'no such file or folder' },
      { file: path.join(dir, 'empty-folder'), error: expect.stringContaining('the folder has no files Daftar can import') },
      { file: fixture('empty.txt'), error: 'the file is empty' },
    ]);
    const articles = json<unknown[]>(await daftar(['articles', file, '--json']));
    expect(articles).toHaveLength(6);
    expect(sideFiles(file)).toEqual([]);
  });

  it('--encoding windows-1256 reads an older Arabic file', async () => {
    const file = await newProject();
    const r = await daftar(['import', file, fixture('not-utf8.txt'), '--encoding', 'windows-1256', '--json']);
    expect(r.code).toBe(0);
    const [imported] = json<{ imported: { id: string; title: string }[] }>(r).imported;
    expect(imported.title).toBe('بيان: التعاون الإقليمي ضروري لمواجهة الإرهاب');
    const shown = json<{ encoding: string; text: string }>(await daftar(['show', file, imported.id, '--json']));
    expect(shown.encoding).toBe('windows-1256');
    expect(shown.text).toContain('«التنسيق بين الدول»');
  });

  it('refuses a project file that is not sound: exit 2 naming the file, the file byte-for-byte unchanged', async () => {
    for (const [file, message] of await invalidProjects()) {
      const r = await unchanged(file, ['import', file, SAMPLES_DIR, '--json']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(file);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace for an expected error
    }
  });

  it('a project that does not exist: exit 2 with a hint, and nothing is created', async () => {
    const file = path.join(tempDir(), 'typo.sqlite');
    const r = await daftar(['import', file, SAMPLES_DIR]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`daftar: ${file}: no such project file; create it first with \`daftar new ${file}\`.\n`);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('draws progress on a terminal only, and never with --json', async () => {
    const tty = await daftar(['import', await newProject(), SAMPLES_DIR], { stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.err).toContain('\r\x1b[KImporting: 6/6 files (6 imported, 0 duplicates, 0 failed');
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
    const piped = await daftar(['import', await newProject(), SAMPLES_DIR]);
    expect(piped.err).toBe('');
    const jsonTty = await daftar(['import', await newProject(), SAMPLES_DIR, '--json'], { stderrIsTTY: true });
    expect(jsonTty.err).toBe('');
  });
});

describe('daftar articles', () => {
  it('lists the articles read-only: JSON [{id, file, title, source, published, chars}]', async () => {
    const { file, ids } = await sampleProject();
    const r = await unchanged(file, ['articles', file, '--json']);
    expect(r.code).toBe(0);
    const list = json<{ id: string; file: string; title: string; chars: number }[]>(r);
    expect(list).toHaveLength(6);
    expect(list.map((a) => Object.keys(a))).toEqual(Array(6).fill(['id', 'file', 'title', 'source', 'published', 'chars']));
    expect(list.map((a) => a.file)).toEqual([...ids.keys()]);
    expect(list.map((a) => a.id)).toEqual([...ids.values()]);
    const emoji = list.find((a) => a.file === '06-youth-online-campaign.txt')!;
    expect(emoji.chars).toBe([...fs.readFileSync(sample('06-youth-online-campaign.txt'), 'utf8')].length);
  });

  it('--limit N, and a human listing', async () => {
    const { file } = await sampleProject();
    expect(json<unknown[]>(await daftar(['articles', file, '--limit', '2', '--json']))).toHaveLength(2);
    const r = await daftar(['articles', file, '--limit', '2']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^[0-9a-f-]{36} +\d+  مجلس الأمن يدعو إلى تعاون دولي أوسع لمكافحة الإرهاب  \[01-security-council-session.txt\]$/);
    expect(lines[2]).toBe('2 of 6 articles.');
    expect((await daftar(['articles', await newProject()])).out).toBe('0 articles.\n');
  });

  it('refuses an invalid project: exit 2, unchanged', async () => {
    for (const [file, message] of await invalidProjects()) {
      const r = await unchanged(file, ['articles', file, '--json']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
  });
});

describe('daftar show', () => {
  it('prints one article read-only: metadata, text, paragraphs in code points, highlights', async () => {
    const { file, ids } = await sampleProject();
    const id = ids.get('06-youth-online-campaign.txt')!;
    const r = await unchanged(file, ['show', file, id, '--json']);
    expect(r.code).toBe(0);
    const a = json<Record<string, unknown> & { text: string; paragraphs: { start: number; end: number }[] }>(r);
    expect(Object.keys(a).sort()).toEqual(
      ['author', 'batchId', 'chars', 'contentHash', 'encoding', 'file', 'folded', 'highlights', 'id', 'importedAt', 'origin', 'paragraphs', 'place', 'published', 'source', 'text', 'title', 'url'].sort(),
    );
    expect(a).toMatchObject({ id, file: '06-youth-online-campaign.txt', encoding: 'utf-8', highlights: [] });
    expect(a.text).toBe(fs.readFileSync(sample('06-youth-online-campaign.txt'), 'utf8'));
    expect(a.chars).toBe([...a.text].length);
    const lines = a.text.split('\n').filter((l) => l.trim() !== '');
    expect(a.paragraphs).toHaveLength(lines.length);
    a.paragraphs.forEach((p, i) => {
      expect(Object.keys(p)).toEqual(['start', 'end']);
      expect(sliceCodePoints(a.text, p.start, p.end)).toBe(lines[i]);
    });
  });

  it("lists the article's highlights with their offsets and quote", async () => {
    const { file, ids } = await sampleProject();
    const id = ids.get('01-security-council-session.txt')!;
    const db = openProject(file);
    try {
      const { start, end } = locateQuote(db, id, 'الإرهاب لا يعرف حدوداً');
      createHighlight(db, { articleId: id, start, end, note: 'اقتباس رئيسي' }, 'tester');
    } finally {
      closeProject(db);
    }
    const shown = json<{ text: string; highlights: { start: number; end: number; exact: string; note: string; anchor: string }[] }>(
      await unchanged(file, ['show', file, id, '--json']),
    );
    expect(shown.highlights).toHaveLength(1);
    const [h] = shown.highlights;
    expect(h).toMatchObject({ exact: 'الإرهاب لا يعرف حدوداً', note: 'اقتباس رئيسي', anchor: 'ok' });
    expect(sliceCodePoints(shown.text, h.start, h.end)).toBe(h.exact);
    expect((await daftar(['show', file, id])).out).toContain('\nhighlights: 1\n');
    expect(json<{ highlights: number }>(await daftar(['check', file, '--json'])).highlights).toBe(1);
  });

  it('human output: the title, metadata lines, then the text', async () => {
    const { file, ids } = await sampleProject();
    const id = ids.get('04-unodc-judicial-training.txt')!;
    const r = await daftar(['show', file, id]);
    expect(r.code).toBe(0);
    const [title, ...rest] = r.out.split('\n');
    expect(title).toBe('UNODC يطلق برنامجاً تدريبياً للقضاة والمدعين العامين في المنطقة');
    expect(rest[0]).toBe(`id:         ${id}`);
    expect(r.out).toContain('file:       04-unodc-judicial-training.txt\n');
    expect(r.out.endsWith(`\n\n${fs.readFileSync(sample('04-unodc-judicial-training.txt'), 'utf8')}`)).toBe(true);
  });

  it('an id that is not in the project: exit 2 with a message', async () => {
    const { file } = await sampleProject();
    const r = await unchanged(file, ['show', file, 'no-such-id', '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('daftar: No article with id no-such-id in this project.\n');
  });
});

describe('a project from an older Daftar', () => {
  const article = { id: 'a1b2c3d4-0000-4000-8000-000000000001', title: 'خبر قديم', text: 'خبر قديم\n\nقال المتحدث إن «الاجتماع ناجح».\n' };

  it('is read as it is by articles, show and check, and left unchanged', async () => {
    const file = makeOldProject(path.join(tempDir(), 'old.sqlite'), 1, article);
    expect(json<{ id: string }[]>(await unchanged(file, ['articles', file, '--json'])).map((a) => a.id)).toEqual([article.id]);
    const shown = json<{ text: string; highlights: unknown[] }>(await unchanged(file, ['show', file, article.id, '--json']));
    expect(shown).toMatchObject({ text: article.text, highlights: [] });
    const check = await unchanged(file, ['check', file, '--json']);
    expect(check.code).toBe(0);
    expect(json(check)).toMatchObject({ ok: true, schemaVersion: 1, articles: 1, highlights: 0 });
  });

  it('is refused by every command that writes (exit 2, naming `daftar upgrade`), and left unchanged', async () => {
    const file = makeOldProject(path.join(tempDir(), 'old.sqlite'), 1, article);
    const other = await newProject();
    for (const args of [
      ['import', file, sample('02-regional-border-conference.txt')],
      ['tag', file, '--kind', 'speaker', '--name', 'المتحدث'],
      ['annotate', file, article.id, '--quote', 'الاجتماع ناجح'],
      ['suggest', file, '--accept'],
      ['merge', file, other],
    ]) {
      const r = await unchanged(file, args);
      expect([args[0], r.code]).toEqual([args[0], 2]);
      expect(r.err).toContain(`was made by an older Daftar (schema v1; this Daftar uses v${SCHEMA_VERSION})`);
      expect(r.err).toContain(`daftar upgrade ${file}`);
    }
    expect(fs.readdirSync(path.dirname(file))).toEqual(['old.sqlite']);
  });

  it('`daftar upgrade` writes an upgraded copy beside it (the original byte-for-byte unchanged); --in-place upgrades it', async () => {
    const file = makeOldProject(path.join(tempDir(), 'old.sqlite'), 1, article);
    const r = await unchanged(file, ['upgrade', file, '--json']);
    expect(r.code).toBe(0);
    const copy = path.join(path.dirname(file), 'old (upgraded).sqlite');
    expect(json(r)).toEqual({ path: copy, from: 1, to: SCHEMA_VERSION });
    expect(json(await daftar(['check', copy, '--json']))).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION, articles: 1 });
    expect((await daftar(['import', copy, sample('02-regional-border-conference.txt')])).code).toBe(0);
    // A second copy gets the next free name; an --out that exists is refused.
    expect(json<{ path: string }>(await unchanged(file, ['upgrade', file, '--json'])).path).toBe(path.join(path.dirname(file), 'old (upgraded 2).sqlite'));
    expect((await unchanged(file, ['upgrade', file, '--out', copy])).code).toBe(2);

    const inPlace = await daftar(['upgrade', file, '--in-place']);
    expect(inPlace).toMatchObject({ code: 0, out: `Upgraded ${file} from schema v1 to v${SCHEMA_VERSION}.\n` });
    expect(json(await daftar(['check', file, '--json']))).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION, articles: 1 });
    expect(sideFiles(file)).toEqual([]);
    expect((await unchanged(file, ['upgrade', file])).out).toContain('nothing to upgrade');
  });
});

describe('daftar check', () => {
  it('a sound project: JSON {ok, schemaVersion, articles, highlights, problems}, exit 0, unchanged', async () => {
    const { file } = await sampleProject();
    const r = await unchanged(file, ['check', file, '--json']);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({ file, ok: true, schemaVersion: SCHEMA_VERSION, articles: 6, highlights: 0, problems: [] });
    const human = await daftar(['check', file]);
    expect(human.out).toBe(`${file}: ok (Daftar project, schema v${SCHEMA_VERSION}, 6 articles, 0 highlights).\n`);
  });

  it('problems: exit 2, each problem listed, the file unchanged', async () => {
    for (const [file, message] of await invalidProjects()) {
      const r = await unchanged(file, ['check', file, '--json']);
      expect(r.code).toBe(2);
      const report = json<{ ok: boolean; problems: string[] }>(r);
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatch(message);
    }
    const { file } = await sampleProject();
    tamper(file, (db) => db.prepare('UPDATE articles SET chars = 1 WHERE rowid = 1').run());
    const r = await unchanged(file, ['check', file]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(new RegExp(`^${file}: 1 problem found:\n  - article [0-9a-f-]{36} \\(01-security-council-session.txt\\): chars is 1 but the text has \\d+ code points\n$`));
  });
});

describe('daftar serve', () => {
  const built = fs.existsSync(path.join(DIST_NODE, '../renderer/index.html')) && fs.existsSync(path.join(DIST_NODE, 'import-worker.cjs'));

  it.skipIf(!built)('serves the project until stopped, prints {url, port}, then closes the file whole', async () => {
    const { file } = await sampleProject();
    let stop: (signal: string) => void = () => {};
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    let out = '';
    const running = run(['serve', file, '--json'], {
      stdout: (s) => (out += s),
      stderr: () => {},
      untilStopped: () => stopped,
    });
    for (let i = 0; i < 200 && out === ''; i++) await new Promise((r) => setTimeout(r, 10));
    const { url, port } = JSON.parse(out) as { url: string; port: number };
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[A-Za-z0-9_-]{16,}$`));
    // The token URL hands the token over as a cookie, then the page loads with it.
    const handOver = await fetch(url, { redirect: 'manual' });
    expect(handOver.status).toBe(303);
    const cookie = handOver.headers.get('set-cookie')!.split(';')[0];
    const page = await fetch(new URL(handOver.headers.get('location')!, url), { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    stop('SIGTERM');
    expect(await running).toBe(0);
    expect(sideFiles(file)).toEqual([]);
    expect(json<{ ok: boolean }>(await daftar(['check', file, '--json'])).ok).toBe(true);
  });

  it('refuses to serve an invalid project: exit 2, unchanged', async () => {
    const [[file, message]] = await invalidProjects();
    const r = await unchanged(file, ['serve', file, '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(built ? message : /not a renderer build/);
  });
});
