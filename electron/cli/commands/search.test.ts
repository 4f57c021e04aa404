import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOldProject, sha256File, tempDir } from '../../../tests/fixtures/make-fixtures';
import { createHighlight, locateQuote } from '../../core/annotations/highlights';
import { createTag } from '../../core/annotations/tags';
import { fixtureProject } from '../../core/search/search-fixtures';
import { run } from '../run';

async function daftar(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

function project(): { file: string; ids: Record<string, string>; dir: string } {
  const dir = tempDir();
  const p = fixtureProject(dir);
  p.close();
  return { file: p.file, ids: p.ids, dir };
}

/** The fixture project with one quote (speaker, theme, note), for --scope. */
function projectWithQuote(): { file: string; ids: Record<string, string> } {
  const p = fixtureProject(tempDir());
  const speaker = createTag(p.db, { kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس'] }, 'me').id;
  const theme = createTag(p.db, { kind: 'theme', name: 'إرهاب' }, 'me').id;
  const at = locateQuote(p.db, p.ids['terror-conference'], 'الإرهاب لا دين له');
  createHighlight(p.db, { articleId: p.ids['terror-conference'], ...at, speakerId: speaker, themeIds: [theme], note: 'عن التطرف' }, 'me');
  p.close();
  return { file: p.file, ids: p.ids };
}

describe('daftar search', () => {
  it('--scope quotes and notes, --speaker and --theme, read-only', async () => {
    const { file, ids } = projectWithQuote();
    const before = sha256File(file);
    const quotes = await daftar(['search', file, 'الارهاب', '--scope', 'quotes', '--json']);
    expect(quotes.code).toBe(0);
    expect(JSON.parse(quotes.out)).toMatchObject([{ articleId: ids['terror-conference'], snippet: 'الإرهاب لا دين له', speaker: 'أنطونيو غوتيريش', themes: ['إرهاب'], hits: 1 }]);
    const human = await daftar(['search', file, 'speaker:غوتيريس', '--scope', 'quotes']);
    expect(human.out).toMatch(/\{أنطونيو غوتيريش, إرهاب\}/);
    expect(human.out).toMatch(/1 quote found/);
    const notes = await daftar(['search', file, 'التطرف', '--scope', 'notes', '--theme', 'إرهاب', '--json']);
    expect(JSON.parse(notes.out)).toMatchObject([{ snippet: 'عن التطرف', quote: 'الإرهاب لا دين له' }]);
    expect((await daftar(['search', file, 'الارهاب', '--speaker', 'غوتيريس', '--json'])).out).toContain(ids['terror-conference']);
    const bad = await daftar(['search', file, 'الارهاب', '--scope', 'everything']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--scope must be articles, quotes or notes/);
    const unknown = await daftar(['search', file, 'الارهاب', '--speaker', 'بان']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/No speaker named "بان"/);
    expect(sha256File(file)).toBe(before);
  });

  it('prints [{articleId, file, title, snippet, hits}] and leaves the project untouched', async () => {
    const { file, ids } = project();
    const before = sha256File(file);
    const r = await daftar(['search', file, 'الارهاب', '--limit', '1', '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out);
    expect(results).toEqual([
      { articleId: ids['terror-conference'], file: 'terror-conference.txt', title: 'مؤتمر دولي لمكافحة الإرهاب', snippet: expect.stringContaining('الإرهاب'), hits: 6 },
    ]);
    expect(sha256File(file)).toBe(before);
  });

  it('says on stderr what it did with a query it had to adjust', async () => {
    const { file } = project();
    const r = await daftar(['search', file, '"مجلس الأمن', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(1);
    expect(r.err).toMatch(/closing quote is missing/);
    const human = await daftar(['search', file, 'كوفيد']);
    expect(human.out).toMatch(/1 article found/);
    expect(human.out).toContain('كـوفيد');
  });

  it('runs a queries file in one process, timing each query', async () => {
    const { file, dir } = project();
    const queries = path.join(dir, 'queries.json');
    fs.writeFileSync(queries, JSON.stringify(['كوفيد', 'سوريا OR العراق', '-']));
    const r = await daftar(['search', file, '--queries-file', queries, '--json']);
    expect(r.code).toBe(0);
    const batch = JSON.parse(r.out) as { query: string; elapsedMs: number; results: unknown[] }[];
    expect(batch.map((b) => [b.query, b.results.length])).toEqual([
      ['كوفيد', 1],
      ['سوريا OR العراق', 1],
      ['-', 0],
    ]);
    expect(batch.every((b) => typeof b.elapsedMs === 'number' && b.elapsedMs >= 0)).toBe(true);
  });

  it('refuses a wrong command line with exit 1 and a bad input with exit 2', async () => {
    const { file, dir } = project();
    expect((await daftar(['search', file])).code).toBe(1);
    expect((await daftar(['search', file, 'a', 'b'])).err).toMatch(/quote a query of several words/);
    expect((await daftar(['search', file, 'a', '--limit', '0'])).code).toBe(1);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"not": "an array"}');
    expect((await daftar(['search', file, 'a', '--queries-file', bad])).code).toBe(1);
    const r = await daftar(['search', file, '--queries-file', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad} must hold a JSON array`);
    const missing = await daftar(['search', file, '--queries-file', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json cannot be read: ENOENT/);
  });

  it('explains that a project from before search has no index yet (exit 2, file unchanged)', async () => {
    const file = path.join(tempDir(), 'v1.sqlite');
    makeOldProject(file, 1, { id: '00000000-0000-4000-8000-000000000001', title: 'قديم', text: 'قديم\n\nنص عن الإرهاب' });
    const before = sha256File(file);
    const r = await daftar(['search', file, 'الإرهاب']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/has no search index yet/);
    expect(sha256File(file)).toBe(before);
  });
});
