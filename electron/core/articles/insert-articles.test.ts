import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/make-fixtures';
import { contentHash } from '../import/prepare-article';
import { closeProject, createProject } from '../db/open';
import { searchIndexProblems } from '../search/indexer';
import { searchArticles } from '../search/search';
import { insertArticles, type NewArticle } from './articles';

const article = (id: string, text: string): NewArticle => ({
  id, title: text.split('\n')[0], text, chars: [...text].length, contentHash: contentHash(text), originalFile: `${id}.txt`, encoding: 'utf-8', batchId: null,
});

describe('insertArticles: a batch in one transaction, without a savepoint per article', () => {
  it('writes every article with its index entry', () => {
    const db = createProject(path.join(tempDir(), 'p.sqlite'));
    try {
      insertArticles(db, [article('a', 'خبر أول\n\nناقش المجلس الإرهاب.'), article('b', 'خبر ثان\n\nالاقتصاد العالمي ينمو.')]);
      expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
      expect(searchArticles(db, { query: 'الارهاب', limit: 5, offset: 0, filters: {} }).results.map((r) => r.articleId)).toEqual(['a']);
      expect(searchIndexProblems(db)).toEqual([]);
    } finally {
      closeProject(db);
    }
  });

  it('is all or none: a failing article leaves neither the others nor their index entries', () => {
    const db = createProject(path.join(tempDir(), 'p.sqlite'));
    try {
      insertArticles(db, [article('a', 'خبر أول\n\nنص.')]);
      // The third reuses an id: the whole batch is refused.
      expect(() => insertArticles(db, [article('b', 'خبر ثان\n\nالإرهاب.'), article('c', 'خبر ثالث\n\nالإرهاب أيضا.'), article('a', 'مكرر\n\nنص آخر.')])).toThrow();
      expect(db.prepare('SELECT id FROM articles').pluck().all()).toEqual(['a']);
      expect(searchArticles(db, { query: 'الارهاب', limit: 5, offset: 0, filters: {} }).total).toBe(0);
      expect(searchIndexProblems(db)).toEqual([]);
    } finally {
      closeProject(db);
    }
  });
});
