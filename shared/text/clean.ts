/**
 * How imported text is stored: NFC, LF line ends, no BOM, no NUL. This is done once at import;
 * after that the text is immutable and every offset refers to this form.
 */
export function cleanImportedText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '')
    .normalize('NFC');
}

/** A title from the first non-blank line, shortened for display. */
export function titleFromText(text: string, fallback: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const title = line || fallback;
  return [...title].length > 300 ? [...title].slice(0, 299).join('') + '…' : title;
}
