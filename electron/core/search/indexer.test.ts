import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '../../../shared/search/analyze';
import { makeOldProject, tempDir } from '../../../tests/fixtures/make-fixtures';
import { insertArticle } from '../articles/articles';
import { closeProject, openProject, openProjectReadonly, probeProject } from '../db/open';
import { webDispatcher } from '../handlers/web-dispatch-fixture';
import { cliSearch, cliSearchBatch, parseQueriesFile } from './cli';
import { searchFacets } from './facets';
import { ANALYZER_META_KEY, ensureSearchIndex, indexAnalyzerVersion, searchIndexProblems, STALE_INDEX, unindexArticle } from './indexer';
import { searchArticles } from './search';
import { ARTICLES, fixtureProject } from './search-fixtures';

const ask = (db: Parameters<typeof searchArticles>[0], query: string, filters = {}) =>
  searchArticles(db, { query, limit: 20, offset: 0, filters }).results.map((r) => r.articleId);

describe('the search index lives and changes with the project', () => {
  it('upgrading a v6 project rebuilds its index in the lean layout (migration 7): words and prefixes are found', () => {
    const text = 'اجتماع طارئ\n\nناقش المجلس مكافحة الإرهاب والجماعات الإرهابية في المنطقة.\n';
    const file = makeOldProject(path.join(tempDir(), 'v6.sqlite'), 6, { id: 'old-6', title: 'اجتماع طارئ', text });
    const db = openProject(file, { upgrade: true });
    try {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_articles'").pluck().get() as string;
      expect(sql).toContain("tokenize='ascii'");
      expect(searchIndexProblems(db)).toEqual([]);
      expect(indexAnalyzerVersion(db)).toBe(ANALYZER_VERSION);
      for (const q of ['الارهاب', 'إرهابية', 'ارها*', 'الإرهابي*', '"مكافحة الإرهاب"', 'والجماعات']) expect(ask(db, q), q).toEqual(['old-6']);
      expect(ask(db, 'الإرهابيين*')).toEqual([]);
    } finally {
      closeProject(db);
    }
  });

  it('a new project with indexed articles passes the schema guard (FTS5 shadow tables included)', () => {
    const p = fixtureProject(tempDir());
    p.close();
    expect(probeProject(p.file).schemaVersion).toBeGreaterThanOrEqual(2);
    const db = openProjectReadonly(p.file);
    try {
      expect(ask(db, 'كوفيد')).toEqual([p.ids.covid]);
      expect(indexAnalyzerVersion(db)).toBe(ANALYZER_VERSION);
    } finally {
      closeProject(db);
    }
  });

  it('a project from before search (schema v1) gets its articles indexed when opened', () => {
    const file = path.join(tempDir(), 'v1.sqlite');
    const id = '00000000-0000-4000-8000-000000000001';
    makeOldProject(file, 1, { id, title: 'خبر قديم', text: 'خبر قديم\n\nتُعتبر مكافحةُ الإرهاب أولوية.' });

    const readonly = openProjectReadonly(file);
    expect(() => ask(readonly, 'الارهاب')).toThrow(/older Daftar and has no search index yet/);
    closeProject(readonly);

    const db = openProject(file, { upgrade: true });
    try {
      expect(ask(db, 'الارهاب')).toEqual([id]);
      expect(ask(db, 'تعتبر')).toEqual([id]);
      expect(indexAnalyzerVersion(db)).toBe(ANALYZER_VERSION);
    } finally {
      closeProject(db);
    }
    expect(() => probeProject(file)).not.toThrow();
  });

  it('an index built by another analyzer version is rebuilt before searching', () => {
    const p = fixtureProject(tempDir());
    try {
      // As an older Daftar would leave it: a different analyzer, and an index that no longer
      // meets today's queries (here: emptied).
      p.db.prepare('UPDATE project_meta SET value = ? WHERE key = ?').run('daftar-light10-0', ANALYZER_META_KEY);
      p.db.exec("INSERT INTO search_articles (search_articles) VALUES ('delete-all'); DELETE FROM search_article_docs;");
      expect(ask(p.db, 'كوفيد')).toEqual([]);
      expect(searchArticles(p.db, { query: 'كوفيد', limit: 5, offset: 0, filters: {} }).explanation).toMatch(/built by another version/);
      expect(ensureSearchIndex(p.db)).toBe(ARTICLES.length);
      expect(searchArticles(p.db, { query: 'كوفيد', limit: 5, offset: 0, filters: {} }).explanation).toBeUndefined();
      expect(ask(p.db, 'كوفيد')).toEqual([p.ids.covid]);
      expect(ensureSearchIndex(p.db)).toBe(0);
    } finally {
      p.close();
    }
  });

  it('an article is indexed with its insert, or neither happens', () => {
    const p = fixtureProject(tempDir(), []);
    try {
      p.db.exec("CREATE TEMP TRIGGER break_index BEFORE INSERT ON main.search_article_docs BEGIN SELECT RAISE(ABORT, 'index is broken'); END;");
      const text = 'نص عن الإرهاب';
      const article = { id: '00000000-0000-4000-8000-000000000009', title: 'نص', text, chars: text.length, contentHash: 'h', originalFile: 'x.txt', encoding: 'utf-8', batchId: null };
      expect(() => insertArticle(p.db, article)).toThrow(/index is broken/);
      expect(p.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
      p.db.exec('DROP TRIGGER temp.break_index');
      insertArticle(p.db, article);
      expect(ask(p.db, 'الإرهاب')).toEqual([article.id]);
    } finally {
      p.close();
    }
  });

  it('an article leaves the index before it can be deleted', () => {
    const p = fixtureProject(tempDir());
    try {
      const id = p.ids.covid;
      expect(() => p.db.prepare('DELETE FROM articles WHERE id = ?').run(id)).toThrow(/FOREIGN KEY/);
      expect(unindexArticle(p.db, id)).toBe(true);
      expect(ask(p.db, 'كوفيد')).toEqual([]);
      p.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
      expect(unindexArticle(p.db, id)).toBe(false);
      expect(searchArticles(p.db, { query: 'تعتبر', limit: 20, offset: 0, filters: {} }).total).toBe(1);
    } finally {
      p.close();
    }
  });

  it('reports articles missing from the index and a stale analyzer', () => {
    const p = fixtureProject(tempDir());
    try {
      expect(searchIndexProblems(p.db)).toEqual([]);
      expect(unindexArticle(p.db, p.ids.covid)).toBe(true);
      p.db.prepare('UPDATE project_meta SET value = ? WHERE key = ?').run('daftar-light10-0', ANALYZER_META_KEY);
      expect(searchIndexProblems(p.db)).toEqual([
        '1 article is missing from the search index',
        STALE_INDEX,
      ]);
      expect(ensureSearchIndex(p.db)).toBe(ARTICLES.length);
      expect(searchIndexProblems(p.db)).toEqual([]);
    } finally {
      p.close();
    }
  });

  it('keeps the filter copies in step when an article’s metadata changes', () => {
    const p = fixtureProject(tempDir());
    try {
      p.db.prepare('UPDATE articles SET source = ?, published = ? WHERE id = ?').run('France 24', '2020-02-02', p.ids.covid);
      expect(ask(p.db, 'كوفيد', { source: 'France 24' })).toEqual([p.ids.covid]);
      expect(ask(p.db, 'كوفيد', { source: 'BBC عربي' })).toEqual([]);
      expect(ask(p.db, 'كوفيد date:2020')).toEqual([p.ids.covid]);
    } finally {
      p.close();
    }
  });
});

describe('facets and the CLI form', () => {
  it('lists sources, batches and the date span', () => {
    const p = fixtureProject(tempDir());
    try {
      const f = searchFacets(p.db);
      expect(f.sources).toContainEqual({ source: 'Sky News عربية', articles: 2 });
      expect(f.batches).toHaveLength(3);
      expect(f.batches.map((b) => b.articles).sort()).toEqual([2, 2, 3]);
      expect(f.batches[0].inputs[0]).toMatch(/^\/imports\/b/);
      expect(f.published).toEqual({ first: '2017-11-30', last: '2019-02-01' });
    } finally {
      p.close();
    }
  });

  it('prints [{articleId, file, title, snippet, hits}] and times a batch of queries', () => {
    const p = fixtureProject(tempDir());
    try {
      const out = cliSearch(p.db, 'كوفيد', { limit: 5 });
      expect(out.results).toEqual([
        { articleId: p.ids.covid, file: 'covid.txt', title: 'كـوفيد-١٩ والاقتصاد', snippet: expect.stringContaining('كـوفيد'), hits: 2 },
      ]);
      const batch = cliSearchBatch(p.db, ['كوفيد', '"مجلس الأمن', 'ـــ']);
      expect(batch.map((b) => [b.query, b.results.length])).toEqual([
        ['كوفيد', 1],
        ['"مجلس الأمن', 1],
        ['ـــ', 0],
      ]);
      expect(batch.every((b) => b.elapsedMs >= 0 && b.elapsedMs < 5000)).toBe(true);
      expect(batch[1].explanation).toMatch(/closing quote/);
      expect(parseQueriesFile('q.json', '["a", "b"]')).toEqual(['a', 'b']);
      expect(() => parseQueriesFile('q.json', '{"a": 1}')).toThrow(/q.json must hold a JSON array/);
      expect(() => parseQueriesFile('q.json', '[1')).toThrow(/q.json is not valid JSON/);
    } finally {
      p.close();
    }
  });
});

describe('the contract methods, through the dispatcher', () => {
  it('search.query, search.hitsInArticle and search.facets answer envelopes; bad requests are refused', async () => {
    const dir = tempDir();
    const p = fixtureProject(dir);
    p.close();
    const { session, dispatch } = webDispatcher(dir);
    try {
      expect(await dispatch('search.query', { query: 'كوفيد' })).toMatchObject({ ok: false, error: { code: 'no_project' } });
      await session.open(p.file);
      const found = await dispatch('search.query', { query: 'كوفيد', filters: { dateFrom: '2018' } });
      expect(found).toMatchObject({ ok: true, result: { total: 1, results: [{ articleId: p.ids.covid, hits: 2 }] } });
      const hits = await dispatch('search.hitsInArticle', { articleId: p.ids.covid, query: 'كوفيد' });
      expect(hits).toMatchObject({ ok: true, result: { hits: [{ start: 0, end: 6 }, {}] } });
      expect(await dispatch('search.facets', {})).toMatchObject({ ok: true, result: { published: { first: '2017-11-30' } } });
      expect(await dispatch('search.query', { query: 'x'.repeat(10_001) })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(await dispatch('search.query', { query: 'x', filters: { dateFrom: 'May' } })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request', message: expect.stringMatching(/filters\.dateFrom/) },
      });
      const long = await dispatch('search.query', { query: 'الإرهاب '.repeat(625) });
      expect(long).toMatchObject({ ok: true, result: { explanation: expect.stringMatching(/first 32 words/) } });
    } finally {
      await session.close();
    }
  });
});

describe('what the index holds', () => {
  it('stores index forms, never raw Arabic with diacritics', () => {
    const p = fixtureProject(tempDir());
    p.close();
    const db = new Database(p.file, { readonly: true });
    try {
      // The index's vocabulary, read through a temporary fts5vocab table.
      db.exec("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search_articles, 'row')");
      const terms = db.prepare('SELECT term FROM temp.v').pluck().all() as string[];
      expect(terms.length).toBeGreaterThan(50);
      expect(terms.filter((t) => /[\u064B-\u065F\u0640أإآةى]/.test(t))).toEqual([]);
      expect(terms).toContain('ارهاب');
      expect(terms).toContain('كوفيد');
    } finally {
      db.close();
    }
  });
});
