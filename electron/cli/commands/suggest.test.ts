import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle, tempDir, tempProject } from '../../../tests/unit/temp-project';
import { listQuotes } from '../../core/annotations/highlights';
import { createTag } from '../../core/annotations/tags';
import { closeProject, openProject, openProjectReadonly } from '../../core/db/open';
import { rejectSuggestion } from '../../core/suggest/reject';
import { suggestionsFor } from '../../core/suggest/suggest';
import { run } from '../run';

async function daftar(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** Articles written for this test. */
const ONE = 'خبر أول\n\nقال مدير الميناء عادل منصور إن السفن ستعود للعمل. وأضاف أن «الأرصفة جاهزة تماما».';
const TWO = 'خبر ثان\n\nوقالت وزارة النقل في بيان إن الطرق ستفتح غدا.';

function project() {
  const { db, file } = tempProject();
  const one = addArticle(db, ONE, 'one');
  const two = addArticle(db, TWO, 'two');
  const port = createTag(db, { kind: 'speaker', name: 'عادل منصور' }, 'analyst');
  closeProject(db);
  return { file, one, two, port };
}

describe('daftar suggest', () => {
  it('prints [{articleId, file, start, end, text, speaker, cue, …}] for every article, read-only', async () => {
    const { file, one, two, port } = project();
    const before = fs.readFileSync(file);
    const { code, out, err } = await daftar(['suggest', file, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows.map((r) => [r.articleId, r.file, r.text, r.speaker, r.speakerId, r.cue])).toEqual([
      [one, 'one.txt', 'السفن ستعود للعمل', 'عادل منصور', port.id, 'قال'],
      [one, 'one.txt', '«الأرصفة جاهزة تماما»', 'عادل منصور', port.id, 'وأضاف'],
      [two, 'two.txt', 'الطرق ستفتح غدا', 'وزارة النقل', null, 'وقالت'],
    ]);
    for (const r of rows) {
      expect(Object.keys(r).slice(0, 7)).toEqual(['articleId', 'file', 'start', 'end', 'text', 'speaker', 'cue']);
      const text = r.articleId === one ? ONE : TWO;
      expect([...text].slice(r.start as number, r.end as number).join('')).toBe(r.text);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const only = await daftar(['suggest', file, two, '--json']);
    expect((JSON.parse(only.out) as unknown[]).length).toBe(1);
    const human = await daftar(['suggest', file]);
    expect(human.out).toMatch(/3 suggestions\.\n$/);
    expect(human.out).toContain('وزارة النقل (new)');
  });

  it('--accept creates highlights and new speakers, and skips what is already highlighted', async () => {
    const { file } = project();
    const first = await daftar(['suggest', file, '--accept', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ accepted: 3, skipped: 0, speakersCreated: 1 });
    const db = openProjectReadonly(file);
    try {
      expect(listQuotes(db).map((q) => [q.exact, q.speaker])).toEqual([
        ['السفن ستعود للعمل', 'عادل منصور'],
        ['«الأرصفة جاهزة تماما»', 'عادل منصور'],
        ['الطرق ستفتح غدا', 'وزارة النقل'],
      ]);
    } finally {
      closeProject(db);
    }
    const again = await daftar(['suggest', file, '--accept']);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Accepted 0 suggestions .* skipped 3/);
  });

  it('exits 2 for an invalid project or an unknown article, 1 for extra arguments', async () => {
    const bad = path.join(tempDir(), 'not-a-project.sqlite');
    fs.writeFileSync(bad, 'this is not a database');
    const invalid = await daftar(['suggest', bad, '--json']);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/not-a-project\.sqlite/);
    const { file } = project();
    expect((await daftar(['suggest', file, 'no-such-id', '--json'])).code).toBe(2);
    expect((await daftar(['suggest', file, 'a', 'b'])).code).toBe(1);
    expect((await daftar(['suggest'])).code).toBe(1);
  });

  it('leaves rejected suggestions out (also from --accept), lists them with --include-rejected', async () => {
    const { file, one } = project();
    const db = openProject(file);
    const [, second] = suggestionsFor(db, one);
    rejectSuggestion(db, { articleId: one, start: second!.start, end: second!.end }, 'analyst');
    closeProject(db);
    const rows = JSON.parse((await daftar(['suggest', file, '--json'])).out) as { text: string }[];
    expect(rows.map((r) => r.text)).toEqual(['السفن ستعود للعمل', 'الطرق ستفتح غدا']);
    const all = JSON.parse((await daftar(['suggest', file, one, '--include-rejected', '--json'])).out) as { rejected: boolean }[];
    expect(all.map((r) => r.rejected)).toEqual([false, true]);
    expect((await daftar(['suggest', file, one, '--include-rejected'])).out).toContain('[rejected]');
    expect((await daftar(['suggest', file, '--accept', '--include-rejected'])).code).toBe(1);
    const before = fs.readFileSync(file);
    expect((await daftar(['suggest', file, 'no-such-id', '--accept'])).code).toBe(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(JSON.parse((await daftar(['suggest', file, '--accept', '--json'])).out)).toMatchObject({ accepted: 2 });
  });
});
