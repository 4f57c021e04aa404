/**
 * `daftar tag`, `tags`, `annotate` and `quotes` in-process: JSON shapes, lookups by any alias
 * and by theme with descendants, and refusals that exit 2 and write nothing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR, sha256File, tempDir } from '../../tests/fixtures/make-fixtures';
import { run } from './run';

async function daftar(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err, json: () => JSON.parse(out) };
}

async function project() {
  const file = path.join(tempDir(), 'p.sqlite');
  expect((await daftar(['new', file])).code).toBe(0);
  const r = await daftar(['import', file, SAMPLES_DIR, '--json']);
  const imported = r.json().imported as { id: string; file: string }[];
  const id = imported.find((i) => i.file.endsWith('01-security-council-session.txt'))!.id;
  return { file, id };
}

describe('tag, tags, annotate, quotes', () => {
  it('creates tags, annotates by quote and by offsets, and filters quotes by alias and theme tree', async () => {
    const { file, id } = await project();
    const speaker = await daftar(['tag', file, '--kind', 'speaker', '--name', 'أنطونيو غوتيريش', '--alias', 'غوتيريس', '--alias', 'Antonio Guterres', '--role', 'الأمين العام', '--json']);
    expect(speaker.code).toBe(0);
    expect(speaker.json()).toMatchObject({ kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'] });
    expect((await daftar(['tag', file, '--kind', 'theme', '--name', 'الأمن', '--color', '#aa3344'])).code).toBe(0);
    expect((await daftar(['tag', file, '--kind', 'theme', '--name', 'تمويل الإرهاب', '--parent', 'الامن'])).code).toBe(0);

    const byQuote = await daftar(['annotate', file, id, '--quote', '«الإرهاب لا يعرف حدوداً', '--speaker', 'Antonio Guterres', '--theme', 'تمويل الإرهاب', '--note', 'افتتاح الجلسة', '--json']);
    expect(byQuote.code).toBe(0);
    const h = byQuote.json();
    expect(h.exact).toBe('«الإرهاب لا يعرف حدوداً');
    expect(h.anchor).toBe('ok');
    // The same passage again by its offsets, and a second occurrence of a repeated word.
    const byOffsets = await daftar(['annotate', file, id, '--start', String(h.start), '--end', String(h.end), '--json']);
    expect(byOffsets.json().exact).toBe(h.exact);
    const second = await daftar(['annotate', file, id, '--quote', 'غوتيريش', '--occurrence', '2', '--json']);
    expect(second.code).toBe(0);
    expect(second.json().start).toBeGreaterThan(h.end);

    const bySpelling = await daftar(['quotes', file, '--speaker', 'غوتيريس', '--json']);
    expect(bySpelling.json()).toHaveLength(1);
    expect(bySpelling.json()[0]).toMatchObject({ speaker: 'أنطونيو غوتيريش', themes: ['تمويل الإرهاب'], note: 'افتتاح الجلسة' });
    expect((await daftar(['quotes', file, '--theme', 'الأمن', '--json'])).json()).toHaveLength(1);
    expect((await daftar(['quotes', file, '--article', id, '--json'])).json()).toHaveLength(3);

    const tags = (await daftar(['tags', file, '--json'])).json();
    expect(tags.speakers[0].count).toBe(1);
    expect(tags.themes.map((t: { path: string }) => t.path)).toEqual(['الأمن', 'الأمن › تمويل الإرهاب']);
    const human = await daftar(['tags', file]);
    expect(human.out).toContain('غوتيريس');
  });

  it('refuses a missing quote, unknown tags, duplicate names and bad offsets with exit 2 and writes nothing', async () => {
    const { file, id } = await project();
    expect((await daftar(['tag', file, '--kind', 'speaker', '--name', 'غوتيريش'])).code).toBe(0);
    const before = sha256File(file);
    const cases = [
      ['annotate', file, id, '--quote', 'نص غير موجود في المقال'],
      ['annotate', file, id, '--quote', 'غوتيريش', '--occurrence', '99'],
      ['annotate', file, id, '--quote', 'غوتيريش', '--speaker', 'شخص مجهول'],
      ['annotate', file, id, '--quote', 'غوتيريش', '--theme', 'موضوع مجهول'],
      ['annotate', file, id, '--start', '10', '--end', '999999'],
      ['annotate', file, 'no-such-article', '--quote', 'غوتيريش'],
      ['tag', file, '--kind', 'speaker', '--name', 'غوتيريش'],
      ['tag', file, '--kind', 'theme', '--name', '   '],
      ['tag', file, '--kind', 'theme', '--name', 'x', '--color', 'red'],
      ['quotes', file, '--speaker', 'شخص مجهول'],
    ];
    for (const args of cases) {
      const r = await daftar(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.length, args.join(' ')).toBeGreaterThan(10);
    }
    expect((await daftar(['quotes', file, '--json'])).json()).toEqual([]);
    expect((await daftar(['tags', file, '--json'])).json().speakers).toHaveLength(1);
    expect(sha256File(file)).toBe(before);
  });

  it('rejects wrong usage with exit 1', async () => {
    const { file, id } = await project();
    for (const args of [
      ['annotate', file, id],
      ['annotate', file, id, '--quote', 'x', '--start', '1', '--end', '2'],
      ['annotate', file, id, '--start', '1'],
      ['annotate', file, id, '--start', '1', '--end', '2', '--occurrence', '2'],
      ['tag', file, '--kind', 'person', '--name', 'x'],
      ['tag', file, '--kind', 'speaker'],
      ['tag', file, '--kind', 'speaker', '--name', 'x', '--parent', 'y'],
    ]) {
      expect((await daftar(args)).code, args.join(' ')).toBe(1);
    }
  });
});
