/** The library's sort and filters (articles.list) and editing an article's metadata, with undo. */
import { describe, expect, it } from 'vitest';
import { addArticle, tempProject } from '../../../tests/unit/temp-project';
import type { WritableDb } from '../db/handles';
import { historyState, redo, undo } from '../history/operations';
import { beginBatch } from '../import/import-files';
import { searchArticles } from '../search/search';
import { getArticle, listArticles } from './articles';
import { updateArticleMeta } from './update-meta';

function setMeta(db: WritableDb, id: string, meta: { source?: string | null; published?: string | null; batch?: string | null }): void {
  db.prepare('UPDATE articles SET source = ?, published = ?, batch_id = ? WHERE id = ?').run(meta.source ?? null, meta.published ?? null, meta.batch ?? null, id);
}

function library(db: WritableDb) {
  const a = addArticle(db, 'بيان الوزارة حول الموازنة\nنص أول عن الموازنة العامة.');
  const b = addArticle(db, 'أخبار الحدود\nنص ثان عن المعابر الحدودية.');
  const c = addArticle(db, 'تقرير عن المياه\nنص ثالث عن السدود والأنهار.');
  const d = addArticle(db, 'مقال بلا مصدر\nنص رابع بلا تاريخ ولا مصدر.');
  const batch = beginBatch(db, ['/data/x'], 'files');
  setMeta(db, a, { source: 'وكالة أ', published: '2018-03-05', batch });
  setMeta(db, b, { source: 'وكالة ب', published: '2018-06-30', batch });
  setMeta(db, c, { source: 'وكالة أ', published: '2019-01-02' });
  return { a, b, c, d, batch };
}

const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title);

describe('listArticles: sort and filters', () => {
  it('sorts by date newest first with undated last, either way round', () => {
    const { db } = tempProject();
    const { a, b, c, d } = library(db);
    expect(listArticles(db, { sort: 'published' }).items.map((i) => i.id)).toEqual([c, b, a, d]);
    expect(listArticles(db, { sort: 'published', direction: 'asc' }).items.map((i) => i.id)).toEqual([a, b, c, d]);
    expect(listArticles(db, { sort: 'source' }).items.map((i) => i.source)).toEqual(['وكالة أ', 'وكالة أ', 'وكالة ب', null]);
    expect(titles(listArticles(db, { sort: 'title', direction: 'desc' }))[0]).toBe('مقال بلا مصدر');
  });

  it('filters by source, date span (a month prefix includes the whole month) and batch, with the matching total', () => {
    const { db } = tempProject();
    const { a, b, c, batch } = library(db);
    expect(listArticles(db, { filters: { source: 'وكالة أ' }, sort: 'published' })).toMatchObject({ total: 2, items: [{ id: c }, { id: a }] });
    expect(listArticles(db, { filters: { dateFrom: '2018-03', dateTo: '2018-06' }, sort: 'published' }).items.map((i) => i.id)).toEqual([b, a]);
    expect(listArticles(db, { filters: { dateTo: '2018' } }).total).toBe(2);
    expect(listArticles(db, { filters: { batchId: batch } }).total).toBe(2);
    expect(listArticles(db, { filters: { source: 'وكالة ب', dateFrom: '2019' } })).toEqual({ total: 0, items: [] });
  });

  it('pages through the filtered list', () => {
    const { db } = tempProject();
    library(db);
    const first = listArticles(db, { sort: 'published', limit: 2, offset: 0 });
    const second = listArticles(db, { sort: 'published', limit: 2, offset: 2 });
    expect(first.total).toBe(4);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(4);
  });
});

describe('updateArticleMeta', () => {
  const edit = (id: string, patch: Partial<Record<'title' | 'source' | 'published' | 'place' | 'url' | 'author', string>>) => ({
    id, title: 'بيان الوزارة حول الموازنة', source: '', published: '', place: '', url: '', author: '', ...patch,
  });

  it('saves the metadata (an Arabic date as ISO), keeps the text, and is undone and redone', () => {
    const { db } = tempProject();
    const { a } = library(db);
    const text = getArticle(db, a).text;
    const saved = updateArticleMeta(db, edit(a, { title: 'الموازنة الجديدة', source: 'صحيفة الأمس', published: '٤ نوفمبر ٢٠٢٤', place: 'عمّان', url: 'https://example.org/a', author: 'سلمى' }), 'tester');
    expect(saved).toMatchObject({ title: 'الموازنة الجديدة', source: 'صحيفة الأمس', published: '2024-11-04', place: 'عمّان', url: 'https://example.org/a', author: 'سلمى', text });
    expect(historyState(db).undo?.label).toBe('Edit details of “الموازنة الجديدة”');
    undo(db);
    expect(getArticle(db, a)).toMatchObject({ title: 'بيان الوزارة حول الموازنة', source: 'وكالة أ', published: '2018-03-05', place: null, url: null, text });
    redo(db);
    expect(getArticle(db, a)).toMatchObject({ title: 'الموازنة الجديدة', published: '2024-11-04' });
  });

  it('keeps the search index in step with the title, through undo too', () => {
    const { db } = tempProject();
    const { a } = library(db);
    const find = (q: string) => searchArticles(db, { query: q, limit: 10, offset: 0, filters: {} }).results.map((r) => r.articleId);
    expect(find('الفسيفساء')).toEqual([]);
    updateArticleMeta(db, edit(a, { title: 'الفسيفساء' }), 'tester');
    expect(find('الفسيفساء')).toEqual([a]);
    undo(db);
    expect(find('الفسيفساء')).toEqual([]);
  });

  it('refuses an empty title, an unreadable date or a bad URL and changes nothing', () => {
    const { db } = tempProject();
    const { a } = library(db);
    const before = getArticle(db, a);
    expect(() => updateArticleMeta(db, edit(a, { title: '  ' }), 't')).toThrow(/title: an article needs a title/);
    expect(() => updateArticleMeta(db, edit(a, { published: 'قريبا' }), 't')).toThrow(/published: not a date Daftar can read/);
    expect(() => updateArticleMeta(db, edit(a, { url: 'javascript:alert(1)' }), 't')).toThrow(/url: not a web address/);
    // With its reason, so the UI says the field and the problem in its language.
    let refused: unknown;
    try {
      updateArticleMeta(db, edit(a, { title: '', url: 'ftp://x' }), 't');
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      reason: 'meta_not_saved',
      params: {
        title: 'بيان الوزارة حول الموازنة',
        problems: {
          reason: 'meta_problem_more',
          params: {
            first: { reason: 'meta_field_problem', params: { field: { reason: 'meta_field_title' }, problem: { reason: 'meta_title_empty' } } },
            rest: { reason: 'meta_field_problem', params: { field: { reason: 'meta_field_url' }, problem: { reason: 'meta_url_invalid' } } },
          },
        },
      },
    });
    expect(getArticle(db, a)).toEqual(before);
    expect(historyState(db).undo).toBeNull();
  });

  it('records nothing when nothing changed', () => {
    const { db } = tempProject();
    const { d } = library(db);
    updateArticleMeta(db, edit(d, { title: 'مقال بلا مصدر' }), 't');
    expect(historyState(db).undo).toBeNull();
  });
});
