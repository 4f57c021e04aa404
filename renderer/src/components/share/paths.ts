/** Default destinations beside the open project, in the project path's own separator style. */

export function splitPath(projectPath: string): { dir: string; stem: string; sep: string } {
  const sep = projectPath.includes('\\') && !projectPath.includes('/') ? '\\' : '/';
  const cut = projectPath.lastIndexOf(sep);
  const dir = cut >= 0 ? projectPath.slice(0, cut) : '';
  const base = cut >= 0 ? projectPath.slice(cut + 1) : projectPath;
  const dot = base.lastIndexOf('.');
  return { dir, stem: dot > 0 ? base.slice(0, dot) : base, sep };
}

/** "/home/a/notes.sqlite", "quotes.csv" → "/home/a/notes quotes.csv" style names beside the project. */
export function besideProject(projectPath: string, name: (stem: string) => string): string {
  const { dir, stem, sep } = splitPath(projectPath);
  return `${dir}${dir ? sep : ''}${name(stem)}`;
}

/** Give `path` the extension `ext` (replacing the one it has, if any). */
export function withExtension(path: string, ext: string): string {
  const sep = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return `${dot > sep + 1 ? path.slice(0, dot) : path}.${ext}`;
}

/** The file name at the end of a path. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
