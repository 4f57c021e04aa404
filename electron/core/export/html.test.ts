/** The printable quote sheet: self-contained, right-to-left, every text escaped, no scripts. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempProject } from '../../../tests/unit/temp-project';
import { createHighlight, locateQuote } from '../annotations/highlights';
import { exportQuotes } from './export-quotes';
import { escapeHtml } from './html';
import { fillNotebook, insertFixtureArticle } from './notebook-fixture';

describe('html quote sheet', () => {
  it('is one right-to-left page with the quotes, speakers, themes, articles, dates and notes, and nothing that runs', async () => {
    const { db } = tempProject();
    fillNotebook(db);
    const hostile = insertFixtureArticle(db, 'عنوان <script>alert(1)</script>\n\nقال أحدهم <img src=x onerror=alert(1)> ثم سكت.');
    createHighlight(db, { articleId: hostile, ...locateQuote(db, hostile, '<img src=x onerror=alert(1)>'), note: '</style><script>x()</script>' }, 'سلمى');
    const out = path.join(tempDir(), 'sheet.html');
    expect(await exportQuotes(db, { format: 'html', path: out, projectName: 'دفتر <الفريق>' })).toEqual({ path: out, rows: 9 });
    const html = fs.readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('Noto Naskh Arabic');
    expect(html).toContain('@page');
    expect(html).toContain('<h1>ورقة الاقتباسات — <bdi>دفتر &lt;الفريق&gt;</bdi></h1>');
    expect(html).toContain('9 اقتباسات');
    expect(html).toContain('<blockquote dir="auto">«الإرهاب لا يعرف حدوداً، ولا دين له»</blockquote>');
    expect(html).toContain('أنطونيو غوتيريش — الأمين العام — الأمم المتحدة');
    expect(html).toContain('الأمن › الإرهاب › تمويل الإرهاب | الحدود');
    expect(html).toContain('<dd dir="auto">2026-03-10</dd>');
    expect(html).toContain('غير منسوب');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;x()&lt;/script&gt;');
    // Nothing that could run or load: no script element, no handler attribute, no URL fetched.
    const tags = html.match(/<[^>]+>/g) ?? [];
    const names = new Set(tags.map((t) => /^<\/?([!\w-]+)/.exec(t)![1]!.toLowerCase()));
    expect([...names].sort()).toEqual(
      ['!doctype', 'article', 'bdi', 'blockquote', 'body', 'dd', 'dl', 'dt', 'h1', 'head', 'header', 'html', 'main', 'meta', 'p', 'style', 'title'].sort(),
    );
    expect(tags.filter((t) => /\son\w+=|src=|href=/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/i);
  });

  it('in English, left to right; filters apply', async () => {
    const { db } = tempProject();
    fillNotebook(db);
    const out = path.join(tempDir(), 'sheet.html');
    expect(await exportQuotes(db, { format: 'html', path: out, lang: 'en', filters: { speaker: 'غوتيريس' } })).toMatchObject({ rows: 2 });
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('2 quotes');
    expect(html).toContain('<dt>Speaker</dt>');
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
