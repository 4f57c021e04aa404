import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../../tests/fixtures/import/make-import-fixtures';
import { extractHtml } from './html';

const page = (body: string, head = '') => Buffer.from(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

describe('extractHtml', () => {
  it('takes the article: paragraphs one per line, metadata from the page, no script, style, nav or footer', () => {
    const a = extractHtml(fs.readFileSync(importFixture('article.html')), 'auto');
    const lines = a.text.trimEnd().split('\n');
    // The headline stays the first line, as in a text file; the byline follows.
    expect(lines[0]).toBe('وزراء الداخلية العرب يبحثون أمن الحدود');
    expect(lines[1]).toMatch(/^بقلم سلمى الحداد/);
    expect(lines).toContain('لا أمن من دون تنمية، ولا تنمية من دون أمن.');
    expect(lines.some((l) => l.startsWith('تونس – اجتمع وزراء الداخلية العرب'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ومن المنتظر أن يصدر الاجتماع/);
    for (const absent of ['سكربت', 'alert', 'steal', 'color: red', 'الرئيسية', 'الأكثر قراءة', 'جميع الحقوق محفوظة', 'بريدك', 'اشترك']) {
      expect(a.text).not.toContain(absent);
    }
    expect(a).toMatchObject({
      title: 'وزراء الداخلية العرب يبحثون أمن الحدود',
      source: 'صحيفة الأفق',
      author: 'سلمى الحداد',
      published: '2023-03-14',
      url: 'https://alofuq.example/news/border-security',
      encoding: 'utf-8',
    });
  });

  it('falls back to <title> without the site name, then <h1>, and to <time datetime>', () => {
    const body = `<article><h1>عنوان من الصفحة</h1><time datetime="2021-06-01T08:00">الثلاثاء</time><p>${'فقرة طويلة من نص المقال. '.repeat(20)}</p></article>`;
    const withTitle = extractHtml(page(body, '<title>عنوان النافذة - الموقع</title><meta property="og:site_name" content="الموقع">'), 'auto');
    expect(withTitle.title).toBe('عنوان النافذة');
    expect(withTitle.published).toBe('2021-06-01');
    expect(extractHtml(page(body), 'auto').title).toBe('عنوان من الصفحة');
  });

  it('reads a page that declares windows-1256 and is in it; trusts valid UTF-8 over a wrong declaration', () => {
    const text = 'خبر قصير عن الاقتصاد';
    const cp1256 = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1256"></head><body><p>'),
      Buffer.from([0xce, 0xc8, 0xd1, 0x20, 0xde, 0xd5, 0xed, 0xd1]), // خبر قصير
      Buffer.from('</p></body></html>'),
    ]);
    const a = extractHtml(cp1256, 'auto');
    expect(a.text).toBe('خبر قصير\n');
    expect(a.encoding).toBe('windows-1256');
    const wrong = Buffer.from(`<html><head><meta charset="windows-1256"></head><body><p>${text}</p></body></html>`);
    expect(extractHtml(wrong, 'auto')).toMatchObject({ text: `${text}\n`, encoding: 'utf-8' });
  });

  it('survives hostile pages: 20,000 levels of nesting, a huge page, no text at all', () => {
    const deep = page(`${'<div>'.repeat(20_000)}<p>نص في العمق</p>${'</div>'.repeat(20_000)}`);
    expect(extractHtml(deep, 'auto').text).toContain('نص في العمق');
    const paragraphs = Array.from({ length: 30_000 }, (_, i) => `<p>الفقرة رقم ${i} من صفحة كبيرة جداً.</p>`).join('');
    const big = page(`<script>${'x'.repeat(2_000_000)}</script>${paragraphs}`);
    expect(big.length).toBeGreaterThan(3_000_000);
    const a = extractHtml(big, 'auto');
    expect(a.text).toContain('الفقرة رقم 29999 من صفحة كبيرة جداً.');
    expect(a.text).not.toContain('xxxx');
    expect(() => extractHtml(page('<script>alert("نص")</script><style>p { color: red }</style>'), 'auto')).toThrow('the page has no article text');
  }, 20_000);
});
