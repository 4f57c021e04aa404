/**
 * The isolates the UI puts around names and paths for display (isolate.ts) must not travel
 * with a copy: a path copied from an error message would not paste as that path into a shell
 * or a file dialog. A copy of the UI's text drops them. A copy from inside an article's text
 * (what was imported, which may hold isolates of its own) and from text fields is left alone.
 */
const ISOLATE = /[\u2066-\u2069]/;

export function withoutIsolates(text: string): string {
  return text.replace(new RegExp(ISOLATE.source, 'g'), '');
}

/** Listen for copies on the document; returns the function that stops listening. */
export function installCleanCopy(doc: Document): () => void {
  const onCopy = (event: ClipboardEvent) => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const target = event.target instanceof Element ? event.target : (event.target as Node | null)?.parentElement;
    if (target?.closest('input, textarea, .reader-body')) return;
    const text = selection.toString();
    if (!ISOLATE.test(text)) return;
    event.clipboardData.setData('text/plain', withoutIsolates(text));
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy);
  return () => doc.removeEventListener('copy', onCopy);
}
