/**
 * Rejected suggestions (migration 5). A rejection is keyed by the statement's place (article,
 * code-point start/end) and a sha256 of the text there, so it meets only the same words: after
 * a merge into a copy of the article with other offsets or other diacritics it simply does not
 * apply, rather than hiding another statement. Rejecting and restoring are operations in the
 * log (undo brings a rejected suggestion back).
 */
import { createHash } from 'node:crypto';
import { sliceCodePoints } from '../../../shared/anchors/quote-selector';
import { DaftarError } from '../../../shared/contract/errors';
import type { RejectSuggestion, SuggestionSpan } from '../../../shared/contract/suggest';
import type { AnyDb, WritableDb } from '../db/handles';
import { hasTable } from '../db/schema';
import { recordOperation, type ChangeRecorder } from '../history/operations';

/** The hash a rejection keeps of its span's text. */
export function spanHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** "start:end", the key of a span within one article. */
export function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}

/** The span's text and hash, after checking it lies inside the article. */
function spanOf(db: AnyDb, { articleId, start, end }: SuggestionSpan): { text: string; hash: string } {
  const a = db.prepare('SELECT text, chars, title FROM articles WHERE id = ?').get(articleId) as
    | { text: string; chars: number; title: string }
    | undefined;
  if (!a) throw DaftarError.because('not_found', 'article_not_found', { id: articleId });
  if (!(start >= 0 && end > start && end <= a.chars)) {
    throw DaftarError.because('invalid_input', 'span_outside', { start, end, title: a.title, chars: a.chars });
  }
  const text = sliceCodePoints(a.text, start, end);
  return { text, hash: spanHash(text) };
}

/** The rejected spans of an article whose text still matches (keys from spanKey). */
export function rejectedSpans(db: AnyDb, articleId: string): Set<string> {
  // A project opened read-only is not migrated: an older one has no rejections yet.
  if (!hasTable(db, 'suggestion_rejections')) return new Set();
  const rows = db.prepare('SELECT start_cp, end_cp, text_hash FROM suggestion_rejections WHERE article_id = ?').all(articleId) as {
    start_cp: number;
    end_cp: number;
    text_hash: string;
  }[];
  if (rows.length === 0) return new Set();
  const text = (db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined) ?? '';
  const out = new Set<string>();
  for (const r of rows) if (spanHash(sliceCodePoints(text, r.start_cp, r.end_cp)) === r.text_hash) out.add(spanKey(r.start_cp, r.end_cp));
  return out;
}

export function rejectSuggestion(db: WritableDb, input: RejectSuggestion, actor: string): { changed: boolean } {
  const { hash } = spanOf(db, input);
  const key = { article_id: input.articleId, start_cp: input.start, end_cp: input.end, text_hash: hash };
  return recordOperation(db, 'reject suggestion', actor, (rec) => {
    rec.track('suggestion_rejections', key);
    const { changes } = db
      .prepare(
        `INSERT INTO suggestion_rejections (article_id, start_cp, end_cp, text_hash, speaker, cue, rejected_by, rejected_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(input.articleId, input.start, input.end, hash, input.speaker ?? null, input.cue ?? null, actor, new Date().toISOString());
    return { changed: changes > 0 };
  });
}

/** Remove the rejection of a span inside an operation already being recorded (also used by accept). */
export function clearRejection(db: WritableDb, rec: ChangeRecorder, span: SuggestionSpan, hash: string): boolean {
  const key = { article_id: span.articleId, start_cp: span.start, end_cp: span.end, text_hash: hash };
  rec.track('suggestion_rejections', key);
  const { changes } = db
    .prepare('DELETE FROM suggestion_rejections WHERE article_id = ? AND start_cp = ? AND end_cp = ? AND text_hash = ?')
    .run(span.articleId, span.start, span.end, hash);
  return changes > 0;
}

export function unrejectSuggestion(db: WritableDb, span: SuggestionSpan, actor: string): { changed: boolean } {
  const { hash } = spanOf(db, span);
  return recordOperation(db, 'restore suggestion', actor, (rec) => ({ changed: clearRejection(db, rec, span, hash) }));
}

/** The hash of a span's text, for callers that already checked the span (accept). */
export function hashOfSpan(db: AnyDb, span: SuggestionSpan): string {
  return spanOf(db, span).hash;
}
