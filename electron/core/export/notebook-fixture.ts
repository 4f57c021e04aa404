/**
 * A small annotated notebook for the export, share and merge tests, written for Daftar (no
 * corpus text): Arabic quotes with guillemets, commas, double quotes and an emoji before a
 * quote (so code points and UTF-16 differ), a speaker with aliases, a three-level theme tree,
 * notes with newlines, and hostile text that a spreadsheet would run as a formula.
 * Only imported by tests.
 */
import { randomUUID } from 'node:crypto';
import { codePointLength } from '../../../shared/text/codepoints';
import { createHighlight, locateQuote } from '../annotations/highlights';
import { createTag } from '../annotations/tags';
import { insertArticle } from '../articles/articles';
import type { WritableDb } from '../db/handles';
import { contentHash } from '../import/import-files';

export const COUNCIL_TEXT = [
  'مجلس الأمن يبحث التعاون لمكافحة الإرهاب',
  '',
  'قال الأمين العام أنطونيو غوتيريش إن «الإرهاب لا يعرف حدوداً، ولا دين له» في كلمته أمام المجلس.',
  'وأضاف غوتيريس أن تمويل الإرهاب، عبر العملات الرقمية، "تحدٍّ جديد" يتطلب تنسيقاً.',
  'وكتب أحد المعلقين: =HYPERLINK("http://evil.example/x","اضغط") ثم \u200F=cmd|\' /C calc\'!A0 وأيضاً +1 و-2+3 و@SUM(A1)',
  'نهاية.',
].join('\n');

export const MINISTER_TEXT = [
  'وزير الداخلية: الحدود آمنة',
  '',
  '😀 أكد وزير الداخلية سعيد الأحمد أن «الحدود آمنة بالكامل» وأن التعاون مع دول الجوار مستمر.',
].join('\n');

/** Text of a quote whose cell a spreadsheet would run, as it appears in COUNCIL_TEXT. */
export const HOSTILE_QUOTES = ['=HYPERLINK("http://evil.example/x","اضغط")', "\u200F=cmd|' /C calc'!A0", '+1', '-2+3', '@SUM(A1)'];

export const ANALYST = 'سلمى';

export function insertFixtureArticle(
  db: WritableDb,
  text: string,
  meta: { id?: string; source?: string; published?: string; url?: string; file?: string } = {},
): string {
  const id = meta.id ?? randomUUID();
  insertArticle(db, {
    id, title: text.split('\n')[0]!, text, chars: codePointLength(text), contentHash: contentHash(text),
    source: meta.source ?? null, published: meta.published ?? null, url: meta.url ?? null,
    originalFile: meta.file ?? null, encoding: 'utf-8', batchId: null,
  });
  return id;
}

export interface Notebook {
  council: string;
  minister: string;
  speakers: { guterres: string; minister: string };
  themes: { security: string; terrorism: string; financing: string; borders: string };
  quotes: { doesNotKnowBorders: string; financing: string; bordersSafe: string; hostile: string[] };
}

/** Fill `db` (an empty project) with the notebook; returns the ids. */
export function fillNotebook(db: WritableDb, actor = ANALYST): Notebook {
  const council = insertFixtureArticle(db, COUNCIL_TEXT, {
    source: 'وكالة الأنباء', published: '2026-03-10', url: 'https://example.org/news/council?id=1&lang=ar', file: 'council.txt',
  });
  const minister = insertFixtureArticle(db, MINISTER_TEXT, {
    source: 'صحيفة الشرق', published: '2025-12-01', url: 'javascript:alert(1)', file: 'minister.txt',
  });
  const guterres = createTag(db, {
    kind: 'speaker', name: 'أنطونيو غوتيريش', aliases: ['غوتيريس', 'Antonio Guterres'], role: 'الأمين العام', organisation: 'الأمم المتحدة',
  }, actor).id;
  const ministerSpeaker = createTag(db, { kind: 'speaker', name: 'سعيد الأحمد', role: 'وزير الداخلية', organisation: 'وزارة الداخلية' }, actor).id;
  const security = createTag(db, { kind: 'theme', name: 'الأمن', labelEn: 'Security', color: '#f4c542' }, actor).id;
  const terrorism = createTag(db, { kind: 'theme', name: 'الإرهاب', labelEn: 'Terrorism', parentId: security, color: '#ff8f8f' }, actor).id;
  const financing = createTag(db, { kind: 'theme', name: 'تمويل الإرهاب', parentId: terrorism }, actor).id;
  const borders = createTag(db, { kind: 'theme', name: 'الحدود', labelEn: 'Borders' }, actor).id;
  const at = (articleId: string, quote: string) => locateQuote(db, articleId, quote);
  const doesNotKnowBorders = createHighlight(db, {
    articleId: council, ...at(council, '«الإرهاب لا يعرف حدوداً، ولا دين له»'), speakerId: guterres, themeIds: [terrorism],
    note: 'اقتباس محوري، قارن مع بيان 2025\nسطر ثانٍ فيه "علامات تنصيص"',
  }, actor).id;
  const financingQuote = createHighlight(db, {
    articleId: council, ...at(council, 'تمويل الإرهاب، عبر العملات الرقمية، "تحدٍّ جديد"'), speakerId: guterres, themeIds: [financing, borders],
  }, actor).id;
  const hostile = HOSTILE_QUOTES.map((q, i) =>
    createHighlight(db, { articleId: council, ...at(council, q), note: i === 0 ? '@SUM(1+1)' : null }, actor).id,
  );
  const bordersSafe = createHighlight(db, {
    articleId: minister, ...at(minister, '«الحدود آمنة بالكامل»'), speakerId: ministerSpeaker, themeIds: [borders], note: 'تصريح رسمي',
  }, actor).id;
  // A note on the article itself (the UI writes these; no core helper yet).
  const now = new Date().toISOString();
  db.prepare('INSERT INTO notes (id, highlight_id, article_id, text, created_by, created_at, updated_by, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), council, 'ملاحظة على المقال كله', actor, now, actor, now);
  return {
    council, minister,
    speakers: { guterres, minister: ministerSpeaker },
    themes: { security, terrorism, financing, borders },
    quotes: { doesNotKnowBorders, financing: financingQuote, bordersSafe, hostile },
  };
}
