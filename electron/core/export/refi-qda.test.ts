/**
 * REFI-QDA .qdpx and .qdc: unzipped and parsed back, selections checked against the source
 * text in code points, and the XML validated with xmllint against ../shared's Project.xsd.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { exportQuotes } from './export-quotes';
import { ANALYST, COUNCIL_TEXT, fillNotebook, MINISTER_TEXT } from './notebook-fixture';
import { QDA_CODEBOOK_NS, QDA_PROJECT_NS, speakersParentGuid } from './refi-qda';

const XSD = path.resolve(__dirname, '../../../../shared/standards/refi-qda/Project.xsd');
const HAVE_XMLLINT = spawnSync('xmllint', ['--version']).status === 0 && fs.existsSync(XSD);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['Code', 'TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'User'].includes(name),
});

// Parsed XML/JSON, checked field by field below.
type X = Record<string, any>;

async function qdpx(filters = {}) {
  const { db } = tempProject();
  const nb = fillNotebook(db);
  const dir = tempDir();
  const out = path.join(dir, 'notebook.qdpx');
  const result = await exportQuotes(db, { format: 'qdpx', path: out, filters });
  const files = unzipSync(fs.readFileSync(out));
  const xml = strFromU8(files['project.qde']!);
  return { nb, result, files, xml, project: parser.parse(xml).Project as X, dir };
}

function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function allCodes(codes: X[]): X[] {
  return codes.flatMap((c) => [c, ...allCodes(c.Code ?? [])]);
}

describe('REFI-QDA project (.qdpx)', () => {
  it('zips project.qde with every article as UTF-8 text under sources/', async () => {
    const { files, project, result } = await qdpx();
    expect(result.rows).toBe(8);
    expect(Object.keys(files).sort()).toEqual(['project.qde', ...project.Sources.TextSource.map((s: X) => `sources/${s.guid}.txt`)].sort());
    const texts = project.Sources.TextSource.map((s: X) => strFromU8(files[`sources/${s.guid}.txt`]!));
    expect(texts.sort()).toEqual([COUNCIL_TEXT, MINISTER_TEXT].sort());
    for (const s of project.Sources.TextSource) expect(s.plainTextPath).toBe(`internal://${s.guid}.txt`);
    expect(project.xmlns).toBe(QDA_PROJECT_NS);
  });

  it.skipIf(!HAVE_XMLLINT)('is valid against Project.xsd (xmllint)', async () => {
    const { xml, dir } = await qdpx();
    const file = path.join(dir, 'project.qde');
    fs.writeFileSync(file, xml);
    const check = xmllint(file);
    expect(check.output).toContain('validates');
    expect(check.status).toBe(0);
    // The check itself can fail: a selection without its required end position does not validate.
    fs.writeFileSync(file, xml.replace(/ endPosition="\d+"/, ''));
    expect(xmllint(file).status).not.toBe(0);
  });

  it('puts selections at code-point offsets that cut the quote out of the source file', async () => {
    const { files, project } = await qdpx();
    let n = 0;
    for (const s of project.Sources.TextSource) {
      const cps = [...strFromU8(files[`sources/${s.guid}.txt`]!)];
      for (const sel of s.PlainTextSelection ?? []) {
        const quote = cps.slice(Number(sel.startPosition), Number(sel.endPosition)).join('');
        expect(sel.name.startsWith(quote.slice(0, 20).replace(/\s+/g, ' ').trim())).toBe(true);
        n++;
      }
    }
    expect(n).toBe(8);
    // The emoji before the minister's quote: code points, not UTF-16 units.
    const minister = project.Sources.TextSource.find((s: X) => s.name === 'وزير الداخلية: الحدود آمنة');
    const sel = minister.PlainTextSelection[0];
    expect(Number(sel.startPosition)).toBe([...MINISTER_TEXT.slice(0, MINISTER_TEXT.indexOf('«الحدود'))].length);
  });

  it('makes speakers codes under a non-codable parent and keeps the theme tree with colours', async () => {
    const { project, nb } = await qdpx();
    const top = project.CodeBook.Codes.Code as X[];
    const speakers = top.find((c) => c.guid === speakersParentGuid())!;
    expect(speakers).toMatchObject({ name: 'المتحدثون', isCodable: 'false' });
    expect(speakers.Code.map((c: X) => c.name).sort()).toEqual(['أنطونيو غوتيريش', 'سعيد الأحمد'].sort());
    expect(speakers.Code.find((c: X) => c.guid === nb.speakers.guterres).Description).toContain('الأمين العام');
    const security = top.find((c) => c.guid === nb.themes.security)!;
    expect(security).toMatchObject({ name: 'الأمن', isCodable: 'true', color: '#f4c542' });
    expect(security.Code[0]).toMatchObject({ guid: nb.themes.terrorism, color: '#ff8f8f' });
    expect(security.Code[0].Code[0]).toMatchObject({ guid: nb.themes.financing, name: 'تمويل الإرهاب' });
    // Every coding points at a code that exists; every NoteRef at a note that exists.
    const codes = new Set(allCodes(top).map((c) => c.guid));
    const notes = new Set((project.Notes.Note as X[]).map((n) => n.guid));
    const sels = (project.Sources.TextSource as X[]).flatMap((s) => s.PlainTextSelection ?? []);
    const financing = sels.find((s) => s.guid === nb.quotes.financing)!;
    expect(financing.Coding.map((c: X) => c.CodeRef.targetGUID).sort()).toEqual([nb.speakers.guterres, nb.themes.financing, nb.themes.borders].sort());
    for (const s of sels) for (const c of s.Coding ?? []) expect(codes.has(c.CodeRef.targetGUID)).toBe(true);
    const refs = [...sels, ...project.Sources.TextSource].flatMap((x: X) => x.NoteRef ?? []).map((r: X) => r.targetGUID);
    expect(refs.length).toBe(4); // three quote notes and the article note
    for (const r of refs) expect(notes.has(r)).toBe(true);
    const note = (project.Notes.Note as X[]).find((n) => n.guid === sels.find((s) => s.guid === nb.quotes.doesNotKnowBorders)!.NoteRef[0].targetGUID)!;
    expect(note.PlainTextContent).toBe('اقتباس محوري، قارن مع بيان 2025\nسطر ثانٍ فيه "علامات تنصيص"');
  });

  it('lists the analysts as users with GUIDs that the selections refer to', async () => {
    const { project } = await qdpx();
    const users = project.Users.User as X[];
    expect(users.map((u) => u.name)).toEqual([ANALYST]);
    expect(users[0].guid).toMatch(GUID);
    for (const s of project.Sources.TextSource as X[]) for (const sel of s.PlainTextSelection ?? []) expect(sel.creatingUser).toBe(users[0].guid);
  });

  it('with a filter, carries only the quoted articles and the chosen quotes', async () => {
    const { project, result } = await qdpx({ speaker: 'سعيد الأحمد' });
    expect(result.rows).toBe(1);
    expect(project.Sources.TextSource).toHaveLength(1);
    expect(project.Sources.TextSource[0].PlainTextSelection).toHaveLength(1);
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  it('holds the codes in the codebook namespace, and the same codes validate inside a project', async () => {
    const { db } = tempProject();
    fillNotebook(db);
    const dir = tempDir();
    const out = path.join(dir, 'codebook.qdc');
    const result = await exportQuotes(db, { format: 'qdc', path: out, lang: 'en' });
    expect(result.rows).toBe(6);
    const xml = fs.readFileSync(out, 'utf8');
    const book = parser.parse(xml).CodeBook as X;
    expect(book.xmlns).toBe(QDA_CODEBOOK_NS);
    const names = allCodes(book.Codes.Code).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Speakers', 'Security', 'Terrorism', 'تمويل الإرهاب', 'Borders', 'أنطونيو غوتيريش']));
    if (HAVE_XMLLINT) {
      // No Codebook.xsd ships with ../shared: the codebook schema's CodeType is the project's
      // without NoteRef, so the same <Codes> must validate inside a <Project>.
      const codes = xml.slice(xml.indexOf('<Codes>'), xml.lastIndexOf('</Codes>') + '</Codes>'.length);
      const wrapped = path.join(dir, 'wrapped.qde');
      fs.writeFileSync(wrapped, `<?xml version="1.0" encoding="UTF-8"?><Project xmlns="${QDA_PROJECT_NS}" name="x"><CodeBook>${codes}</CodeBook></Project>`);
      const check = xmllint(wrapped);
      expect(check.output).toContain('validates');
      expect(check.output).not.toContain('NoteRef');
    }
  });
});
