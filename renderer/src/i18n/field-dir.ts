/**
 * The `dir` of a text field whose text may be in either language. Once something is typed it
 * takes its own direction (dir="auto"); while empty it keeps the UI's. An empty field with
 * dir="auto" is left to right in Chromium, so an Arabic placeholder ("ابحث في المقالات…
 * (Ctrl+K)") started at the left edge with its ellipsis and shortcut on the wrong sides.
 */
export function fieldDir(value: string): 'auto' | undefined {
  return value ? 'auto' : undefined;
}
