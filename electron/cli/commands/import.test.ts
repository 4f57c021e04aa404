/** `daftar import` flags of the import engine: --column and the wider --encoding. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { run } from '../run';

async function daftar(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function project(): Promise<{ file: string; dir: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'p.sqlite');
  expect((await daftar(['new', file])).code).toBe(0);
  return { file, dir };
}

describe('daftar import --column', () => {
  it('maps named columns to fields, and reports failed rows with exit 3', async () => {
    const { file, dir } = await project();
    const csv = path.join(dir, 'export.csv');
    fs.writeFileSync(csv, 'kop,matn\nعنوان أول,نص الخبر الأول\nعنوان ثان,\n');
    const r = await daftar(['import', file, csv, '--column', 'body=matn', '--column', 'title=kop', '--json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.out);
    expect(report.imported).toEqual([{ id: expect.any(String), file: `${csv} row 2`, title: 'عنوان أول' }]);
    expect(report.failed).toEqual([{ file: `${csv} row 3`, error: 'empty body' }]);
    const human = await daftar(['import', (await project()).file, csv]);
    expect(human.err).toContain(`${csv}: no column holds the article text: expected one named body, text, content, النص or المحتوى (found: "kop", "matn")`);
    expect(human.code).toBe(2);
  });

  it.each([
    [['--column', 'body'], '--column must be FIELD=NAME (e.g. body=text), not "body"'],
    [['--column', 'speaker=x'], '--column: unknown field "speaker"; fields are title, body, date, source, url, author, abstract'],
    [['--column', 'body=a', '--column', 'body=b'], '--column: body is given twice'],
  ])('refuses %j with a usage error', async (flags, message) => {
    const { file, dir } = await project();
    const r = await daftar(['import', file, dir, ...flags]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
  });

  it('accepts the new encodings', async () => {
    const { file, dir } = await project();
    const txt = path.join(dir, 'old.txt');
    fs.writeFileSync(txt, Buffer.from([0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5, 0x20, 0xd9, 0xe4, 0xea, 0xe3, 0xe5]));
    const r = await daftar(['import', file, txt, '--encoding', 'iso-8859-6', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).imported[0].title).toBe('السلام عليكم');
  });
});
