/** A .qdpx exported by Daftar comes back as the same quotes; hostile .qdpx files are refused. */
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { listQuotes } from '../annotations/highlights';
import { listTags } from '../annotations/tags';
import type { AnyDb } from '../db/handles';
import { exportQuotes } from '../export/export-quotes';
import { fillNotebook } from '../export/notebook-fixture';
import { importQdpx } from './qdpx-import';

/** Quotes as a reader compares them: no ids. */
function quotes(db: AnyDb) {
  return listQuotes(db)
    .map((q) => ({ exact: q.exact, start: q.start, end: q.end, speaker: q.speaker, themes: [...q.themes].sort(), note: q.note, by: q.createdBy }))
    .sort((a, b) => a.start - b.start || a.exact.localeCompare(b.exact));
}

async function exported(): Promise<{ db: ReturnType<typeof tempProject>['db']; file: string }> {
  const { db } = tempProject();
  fillNotebook(db);
  const file = path.join(tempDir(), 'notebook.qdpx');
  await exportQuotes(db, { format: 'qdpx', path: file });
  return { db, file };
}

function qdpx(files: Record<string, string>): string {
  const file = path.join(tempDir(), 'hostile.qdpx');
  fs.writeFileSync(file, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
  return file;
}

describe('importQdpx', () => {
  it('round-trips a Daftar export into a new project: same quotes, offsets, speakers, themes and notes', async () => {
    const { db: source, file } = await exported();
    const { db } = tempProject();
    const report = importQdpx(db, file, 'مستورد');
    expect(report.notImported).toEqual([]);
    expect(report.articles).toEqual({ added: 2, matched: 0 });
    expect(report.highlights).toMatchObject({ added: 8, skipped: [] });
    expect(quotes(db)).toEqual(quotes(source));
    const tags = listTags(db);
    expect(tags.filter((t) => t.kind === 'speaker').map((t) => t.name).sort()).toEqual(['أنطونيو غوتيريش', 'سعيد الأحمد'].sort());
    const byName = new Map(tags.map((t) => [t.name, t]));
    expect(byName.get('تمويل الإرهاب')!.parentId).toBe(byName.get('الإرهاب')!.id);
    expect(byName.get('الإرهاب')).toMatchObject({ parentId: byName.get('الأمن')!.id, color: '#ff8f8f' });
    expect(db.prepare('SELECT text FROM notes WHERE article_id IS NOT NULL').pluck().all()).toEqual(['ملاحظة على المقال كله']);
  });

  it('imported back into the project it came from, changes nothing', async () => {
    const { db, file } = await exported();
    const before = quotes(db);
    const report = importQdpx(db, file, 'سلمى');
    expect(report.articles).toEqual({ added: 0, matched: 2 });
    expect(report.highlights).toMatchObject({ added: 0, matched: 8 });
    expect(report.notes).toEqual({ added: 0, conflicts: [] });
    expect(quotes(db)).toEqual(before);
  });

  it('refuses files that are not REFI-QDA, and skips selections outside their text', () => {
    const { db } = tempProject();
    const notZip = path.join(tempDir(), 'x.qdpx');
    fs.writeFileSync(notZip, 'ليس ملفاً مضغوطاً');
    expect(() => importQdpx(db, notZip, 'a')).toThrow(/x\.qdpx is not a REFI-QDA project \(\.qdpx is a zip file\)/);
    expect(() => importQdpx(db, qdpx({ 'other.txt': 'x' }), 'a')).toThrow(/has no project\.qde inside/);
    const bomb = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x"/>';
    expect(() => importQdpx(db, qdpx({ 'project.qde': bomb }), 'a')).toThrow(/declares a DOCTYPE/);
    // Each refusal carries its reason, so the app's dialog says it in Arabic too.
    const reasonOf = (file: string) => {
      try {
        importQdpx(db, file, 'a');
      } catch (error) {
        return (error as { reason?: string }).reason;
      }
      return 'accepted';
    };
    expect(reasonOf(qdpx({ 'project.qde': bomb }))).toBe('qdpx_doctype');
    expect(reasonOf(qdpx({ 'project.qde': '<Project name="x"><Sources>' }))).toBe('qdpx_bad_xml');
    expect(reasonOf(qdpx({ 'project.qde': '<?xml version="1.0"?><Other/>' }))).toBe('qdpx_no_project_element');
    const outside = qdpx({
      'project.qde': `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>
  <TextSource guid="11111111-1111-4111-8111-111111111111" name="خبر" plainTextPath="internal://11111111-1111-4111-8111-111111111111.txt">
    <PlainTextSelection guid="22222222-2222-4222-8222-222222222222" startPosition="0" endPosition="4"/>
    <PlainTextSelection guid="33333333-3333-4333-8333-333333333333" startPosition="5" endPosition="500"/>
  </TextSource>
  <TextSource guid="44444444-4444-4444-8444-444444444444" name="خارج" plainTextPath="internal://../../etc/passwd"/>
</Sources></Project>`,
      'sources/11111111-1111-4111-8111-111111111111.txt': 'خبر قصير عن الأمن.',
    });
    const report = importQdpx(db, outside, 'a');
    expect(report.highlights.added).toBe(1);
    expect(report.notImported).toEqual([
      expect.stringMatching(/^selection 5–500 in "خبر": .*not inside the article/),
      'source "خارج": no plain text in the file',
    ]);
  });
});
