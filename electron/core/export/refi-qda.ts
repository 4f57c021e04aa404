/**
 * REFI-QDA exchange (https://www.qdasoftware.org, schema in ../shared/standards/refi-qda), so
 * that ATLAS.ti, MAXQDA, NVivo and QualCoder users can take the work further:
 * - .qdpx: a zip holding project.qde (XML valid against Project.xsd) and sources/<guid>.txt,
 *   each article as UTF-8 plain text. A quote is a PlainTextSelection whose start/end positions
 *   count Unicode code points from 0 — exactly Daftar's own offsets, so nothing is converted.
 * - .qdc: the codebook alone (namespace urn:QDA-XML:codebook:1.0).
 * Speakers become codes under a non-codable parent code "المتحدثون" (Speakers); themes keep
 * their tree and colours; notes become Notes referenced from their selection or source; the
 * analysts become Users.
 */
import { strToU8, zipSync } from 'fflate';
import { XMLBuilder } from 'fast-xml-parser';
import type { Tag } from '../../../shared/contract/annotations';
import type { SheetLanguage } from '../../../shared/contract/exports';
import { APP_VERSION } from '../version';
import { guidFor } from './guid';
import type { ExportArticle } from './project-data';
import type { QuoteSheetRow } from './quote-rows';

export const QDA_PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const QDA_CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const ORIGIN = `Daftar ${APP_VERSION}`;

type Node = Record<string, unknown>;

/** Characters XML 1.0 cannot carry at all (C0 controls but TAB/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Attribute values are one line: a parser would turn newlines into spaces anyway. */
function attr(text: string, max = 200): string {
  const one = xmlText(text).replace(/\s+/g, ' ').trim();
  const cps = [...one];
  return cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : one;
}

/** xsd:dateTime; Daftar stores ISO 8601 already, a damaged value is left out rather than sent. */
function dateTime(value: string | null | undefined): string | undefined {
  return value && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value).toISOString() : undefined;
}

const userGuid = (name: string) => guidFor(name, 'daftar-user');

interface CodebookOptions {
  /** Which label names a code: the Arabic or English label where the tag has one, else its name. */
  lang: SheetLanguage;
}

function codeName(t: Tag, lang: SheetLanguage): string {
  return attr((lang === 'en' ? t.labelEn : t.labelAr) || t.name);
}

function speakerDescription(t: Tag): string | undefined {
  const parts = [t.role, t.organisation, t.aliases.length ? `(${t.aliases.join('، ')})` : null, t.description].filter(Boolean);
  return parts.length ? xmlText(parts.join(' — ')) : undefined;
}

/** The Codes element: the speakers' parent code, then the theme tree. Null when there are no tags. */
export function codesNode(tags: Tag[], options: CodebookOptions): Node | null {
  const speakers = tags.filter((t) => t.kind === 'speaker');
  const themes = tags.filter((t) => t.kind === 'theme');
  const children = new Map<string | null, Tag[]>();
  const themeIds = new Set(themes.map((t) => t.id));
  for (const t of themes) {
    const parent = t.parentId && themeIds.has(t.parentId) ? t.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const themeCode = (t: Tag, depth: number): Node => {
    const node: Node = { '@_guid': guidFor(t.id), '@_name': codeName(t, options.lang), '@_isCodable': 'true' };
    if (t.color) node['@_color'] = t.color;
    if (t.description) node.Description = xmlText(t.description);
    const kids = depth < 64 ? (children.get(t.id) ?? []) : [];
    if (kids.length) node.Code = kids.map((k) => themeCode(k, depth + 1));
    return node;
  };
  const codes: Node[] = [];
  if (speakers.length) {
    codes.push({
      '@_guid': speakersParentGuid(),
      '@_name': options.lang === 'en' ? 'Speakers' : 'المتحدثون',
      '@_isCodable': 'false',
      Description: options.lang === 'en' ? 'Who said the quote (Daftar speakers)' : 'قائل الاقتباس (متحدثو دفتر)',
      Code: speakers.map((s) => {
        const node: Node = { '@_guid': guidFor(s.id), '@_name': codeName(s, options.lang), '@_isCodable': 'true' };
        if (s.color) node['@_color'] = s.color;
        const d = speakerDescription(s);
        if (d) node.Description = d;
        return node;
      }),
    });
  }
  codes.push(...(children.get(null) ?? []).map((t) => themeCode(t, 0)));
  return codes.length ? { Code: codes } : null;
}

export function speakersParentGuid(): string {
  return guidFor('speakers', 'daftar-code');
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  // Otherwise isCodable="true" is written as a bare attribute, which is not XML.
  suppressBooleanAttributes: false,
});

function document(root: string, body: Node): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, [root]: body }) as string;
}

/** The .qdc codebook: every speaker and theme, whatever the quote filter. */
export function buildCodebook(tags: Tag[], options: CodebookOptions): string {
  const codes = codesNode(tags, options) ?? { Code: [] };
  return document('CodeBook', { '@_xmlns': QDA_CODEBOOK_NS, '@_origin': ORIGIN, Codes: codes });
}

export interface QdpxInput {
  projectName: string;
  tags: Tag[];
  articles: ExportArticle[];
  rows: QuoteSheetRow[];
  lang: SheetLanguage;
}

/** project.qde and its source files; `buildQdpx` zips them. */
export function buildProjectXml(input: QdpxInput): { xml: string; sources: Map<string, string> } {
  const users = new Map<string, string>();
  const user = (name: string) => {
    if (!users.has(name)) users.set(name, userGuid(name));
    return users.get(name)!;
  };
  const notes: Node[] = [];
  const noteNode = (id: string, name: string, n: { text: string; createdBy: string; createdAt: string; updatedBy: string; updatedAt: string }) => {
    const node: Node = { '@_guid': guidFor(id), '@_name': attr(name, 80), '@_creatingUser': user(n.createdBy) };
    const created = dateTime(n.createdAt);
    if (created) node['@_creationDateTime'] = created;
    node['@_modifyingUser'] = user(n.updatedBy);
    const modified = dateTime(n.updatedAt);
    if (modified) node['@_modifiedDateTime'] = modified;
    node.PlainTextContent = xmlText(n.text);
    notes.push(node);
    return { '@_targetGUID': guidFor(id) };
  };
  const byArticle = new Map<string, QuoteSheetRow[]>();
  for (const r of input.rows) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r]);
  const sources = new Map<string, string>();
  const textSources: Node[] = input.articles.map((a) => {
    const guid = guidFor(a.id);
    sources.set(`sources/${guid}.txt`, a.text);
    const node: Node = { '@_guid': guid, '@_name': attr(a.title || a.file || a.id), '@_plainTextPath': `internal://${guid}.txt` };
    const created = dateTime(a.importedAt);
    if (created) node['@_creationDateTime'] = created;
    const about = [a.source, a.author, a.published, a.url, a.file].filter(Boolean).join(' — ');
    if (about) node.Description = xmlText(about);
    const selections = (byArticle.get(a.id) ?? []).map((r) => {
      const sel: Node = {
        '@_guid': guidFor(r.quoteId),
        '@_name': attr(r.quote, 120),
        '@_startPosition': r.start,
        '@_endPosition': r.end,
        '@_creatingUser': user(r.analyst),
      };
      const c = dateTime(r.created);
      if (c) sel['@_creationDateTime'] = c;
      const m = dateTime(r.updated);
      if (m) sel['@_modifiedDateTime'] = m;
      const codeIds = [r.speakerId, ...r.themeIds].filter((x): x is string => !!x);
      if (codeIds.length) {
        sel.Coding = codeIds.map((codeId) => ({
          '@_guid': guidFor(`${r.quoteId}/${codeId}`, 'daftar-coding'),
          '@_creatingUser': user(r.analyst),
          CodeRef: { '@_targetGUID': guidFor(codeId) },
        }));
      }
      if (r.note) {
        sel.NoteRef = noteNode(`${r.quoteId}/note`, r.quote, {
          text: r.note, createdBy: r.analyst, createdAt: r.created, updatedBy: r.analyst, updatedAt: r.updated,
        });
      }
      return sel;
    });
    if (selections.length) node.PlainTextSelection = selections;
    if (a.note) node.NoteRef = noteNode(a.note.id, a.title, a.note);
    return node;
  });
  const body: Node = {
    '@_xmlns': QDA_PROJECT_NS,
    '@_name': attr(input.projectName),
    '@_origin': ORIGIN,
    '@_creationDateTime': new Date().toISOString(),
  };
  // Users first in the schema's sequence, but only known once sources and notes are built.
  const codes = codesNode(input.tags, { lang: input.lang });
  if (users.size) body.Users = { User: [...users].map(([name, guid]) => ({ '@_guid': guid, '@_name': attr(name) })) };
  if (codes) body.CodeBook = { Codes: codes };
  if (textSources.length) body.Sources = { TextSource: textSources };
  if (notes.length) body.Notes = { Note: notes };
  return { xml: document('Project', body), sources };
}

export function buildQdpx(input: QdpxInput): Uint8Array {
  const { xml, sources } = buildProjectXml(input);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) };
  for (const [name, text] of sources) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}
