/**
 * window.daftarFiles: the one thing the page may ask besides the contract — the path of a
 * file dropped on it. Since Electron 32, File.path is gone; webUtils.getPathForFile (callable
 * only in the preload) gives it. The page then imports by path, as if the files had been
 * chosen in the system dialog. A file that has no path (made in the page) gives ''.
 */
export interface FilePaths<F> {
  pathsFor(files: F[]): string[];
}

export function makeFilePaths<F>(getPathForFile: (file: F) => string): FilePaths<F> {
  return Object.freeze({
    pathsFor(files: F[]): string[] {
      if (!Array.isArray(files)) return [];
      return files.map((file) => {
        try {
          return getPathForFile(file) || '';
        } catch {
          return '';
        }
      });
    },
  });
}
