import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/fixtures/make-fixtures';
import { docxEntries, makeDocx, makeZip } from '../../../../tests/fixtures/import/make-import-fixtures';
import { extractDocx } from './docx';
import { checkZip } from './zip-check';

function write(name: string, bytes: Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('extractDocx', () => {
  it('gives the paragraphs in document order, right-to-left ones included', async () => {
    const file = write(
      'statement.docx',
      makeDocx([
        { text: 'بيان صحفي حول الأمن الإقليمي', rtl: true, heading: true },
        { text: 'أكد الوزير أن التعاون بين دول المنطقة «ضرورة لا خيار».', rtl: true },
        { text: 'Geneva, 3 May 2022', rtl: false },
        { text: 'وختم بالقول إن الاجتماع المقبل سيعقد في عمّان.', rtl: true },
      ]),
    );
    const doc = await extractDocx(file);
    expect(doc.text).toBe(
      'بيان صحفي حول الأمن الإقليمي\nأكد الوزير أن التعاون بين دول المنطقة «ضرورة لا خيار».\nGeneva, 3 May 2022\nوختم بالقول إن الاجتماع المقبل سيعقد في عمّان.\n',
    );
  });

  it('refuses a corrupt .docx, a file that is not a ZIP, and an empty document, each with its reason', async () => {
    const good = makeDocx([{ text: 'نص' }]);
    const corrupt = Buffer.from(good);
    const doc = corrupt.indexOf('word/document.xml') + 'word/document.xml'.length;
    corrupt.fill(0xff, doc, doc + 40); // garble the document's compressed bytes
    await expect(extractDocx(write('corrupt.docx', corrupt))).rejects.toThrow(/^the .docx could not be read \(it may be damaged or not a Word document\)/);
    await expect(extractDocx(write('text.docx', Buffer.from('ليس مستند وورد')))).rejects.toThrow('the file is not a valid .docx (it is not a ZIP archive)');
    const notWord = makeZip([{ name: 'readme.txt', data: 'مرحبا' }]);
    await expect(extractDocx(write('other.docx', notWord))).rejects.toThrow(/could not be read/);
    await expect(extractDocx(write('empty.docx', makeDocx([])))).rejects.toThrow('the document has no text');
  });

  it('refuses a zip bomb before unpacking anything', async () => {
    // Declared sizes: an entry that says it unpacks to 2 GB.
    const liar = makeZip([...docxEntries([{ text: 'نص' }]), { name: 'word/media/huge.bin', data: 'x', declaredSize: 2_000_000_000 }]);
    await expect(extractDocx(write('bomb.docx', liar))).rejects.toThrow(/would unpack to more than 100 MB \(a "zip bomb"\?\); it was not opened/);
    // And a real one: 101 MB of zeros deflate to about 100 KB.
    const real = makeZip([...docxEntries([{ text: 'نص' }]), { name: 'word/media/zeros.bin', data: Buffer.alloc(101 * 1024 * 1024) }]);
    expect(real.length).toBeLessThan(1024 * 1024);
    expect(() => checkZip(real)).toThrow(/zip bomb/);
    expect(() => checkZip(makeZip(Array.from({ length: 6000 }, (_, i) => ({ name: `f${i}`, data: '' }))))).toThrow(/holds 6000 files/);
  }, 20_000);
});
