/**
 * Pasting an article in the in-memory test bridge (import.pastePreview, import.paste) with the
 * core's rules (electron/core/import/paste.ts): the title suggested from the first line, the
 * details checked by shared/text/article-meta and refused with the same reason, the same text
 * twice found as a duplicate. A test double for component tests only.
 */
import { DaftarError, type Article, type Handlers } from '../../../shared/contract/index';
import { checkArticleMeta, metaProblemsReason } from '../../../shared/text/article-meta';
import type { ArticleInput } from './test-bridge';

export type PasteMethod = 'import.pastePreview' | 'import.paste';

export function createPasteDouble(ctx: { requireOpen(): Article[]; add(input: ArticleInput): Article }): Pick<Handlers, PasteMethod> {
  const firstLine = (text: string) => text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  return {
    'import.pastePreview': async ({ text }) => ({ title: firstLine(text), published: null, place: null, source: null }),
    'import.paste': async (pasted) => {
      const articles = ctx.requireOpen();
      if (!pasted.text.trim()) throw DaftarError.because('invalid_input', 'paste_nothing_imported', { problem: { reason: 'paste_empty' } });
      const checked = checkArticleMeta({
        title: pasted.title?.trim() ? pasted.title : firstLine(pasted.text),
        source: pasted.source ?? '',
        published: pasted.published ?? '',
        place: pasted.place ?? '',
        url: pasted.url ?? '',
        author: pasted.author ?? '',
      });
      if (!checked.ok) throw DaftarError.because('invalid_input', 'paste_not_imported', { problems: metaProblemsReason(checked.problems) });
      const meta = checked.value;
      const duplicate = articles.find((a) => a.text === pasted.text);
      if (duplicate) return { id: null, duplicateOf: duplicate.id, title: meta.title };
      const article = ctx.add({ title: meta.title, text: pasted.text, source: meta.source, published: meta.published });
      Object.assign(article, { place: meta.place, url: meta.url, author: meta.author, origin: 'paste' });
      return { id: article.id, duplicateOf: null, title: article.title };
    },
  };
}
