/**
 * .docx: the document's paragraphs, in document order (right-to-left paragraphs are only
 * displayed right to left; their order in the file is the reading order). mammoth turns
 * the document into simple HTML (a <p> or <h1> per paragraph), which we read line by line.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { ImportFileError, readImportFile } from '../read-text-file';
import { blockLines, type WalkNode } from './html-text';
import { checkZip } from './zip-check';

export interface DocxArticle {
  text: string;
}

export async function extractDocx(file: string): Promise<DocxArticle> {
  const bytes = readImportFile(file);
  checkZip(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw ImportFileError.because('docx_unreadable', { detail: reason });
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: WalkNode } };
  const lines = blockLines(document.body);
  if (!lines.length) throw ImportFileError.because('document_no_text');
  return { text: lines.join('\n') + '\n' };
}
