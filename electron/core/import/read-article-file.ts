/**
 * One file, one article: .txt and .md (decoded as found), .html/.htm (the page's article),
 * .docx (the document's paragraphs). Collections (.csv, .jsonl) are read elsewhere
 * (formats/collection.ts): they hold many articles.
 */
import path from 'node:path';
import type { Encoding } from '../../../shared/contract/imports';
import { extractDocx } from './formats/docx';
import { extractHtml } from './formats/html';
import type { ArticleDraft } from './prepare-article';
import { readImportFile, readTextFile } from './read-text-file';

export async function readArticleFile(file: string, encoding: Encoding): Promise<ArticleDraft> {
  const base = { label: file, originalFile: path.basename(file) };
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const page = extractHtml(readImportFile(file), encoding);
    return { ...base, ...page, emptyReason: 'page_no_text' };
  }
  if (ext === '.docx') {
    const doc = await extractDocx(file);
    // A .docx has no text encoding to record: its XML is always Unicode.
    return { ...base, text: doc.text, encoding: null, emptyReason: 'document_no_text' };
  }
  const decoded = readTextFile(file, encoding);
  return { ...base, text: decoded.text, encoding: decoded.encoding, emptyReason: 'file_blank' };
}
