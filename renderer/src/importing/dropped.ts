/**
 * What was dropped on the library: in Electron, the files' paths (the preload's
 * window.daftarFiles asks webUtils); in a browser, the files themselves, with dropped folders
 * walked through webkitGetAsEntry (a DataTransfer's `files` lists a folder as one empty file).
 */
import type { DroppedFile } from '../api/upload';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload/file-paths.ts); absent in web mode. */
    daftarFiles?: { pathsFor(files: File[]): string[] };
  }
}

export type Dropped = { kind: 'paths'; paths: string[] } | { kind: 'files'; files: DroppedFile[] };

/** Folders deeper than this are not walked (as the importer's own folder walk). */
const MAX_DEPTH = 32;

export async function readDrop(data: DataTransfer): Promise<Dropped> {
  const files = [...data.files];
  const paths = window.daftarFiles?.pathsFor(files).filter(Boolean) ?? [];
  if (paths.length > 0) return { kind: 'paths', paths };

  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  // A synthetic drop (and some browsers) give no entries: take the files as they are.
  if (entries.length === 0 || entries.some((e) => e === null)) return { kind: 'files', files: files.map((file) => ({ name: file.name, file })) };
  const out: DroppedFile[] = [];
  for (const entry of entries) await walk(entry!, '', out, 0);
  return { kind: 'files', files: out };
}

async function walk(entry: FileSystemEntry, prefix: string, out: DroppedFile[], depth: number): Promise<void> {
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  // Hidden files (.DS_Store, .git) as the importer's folder walk skips them.
  if (prefix && (entry.name.startsWith('.') || entry.name.startsWith('~$'))) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ name, file });
  } else if (entry.isDirectory && depth < MAX_DEPTH) {
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child, name, out, depth + 1);
  }
}

/** readEntries answers in batches (100 in Chromium) until it answers an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Collections the mapping dialog may be needed for. */
export function isCollectionName(name: string): boolean {
  return /\.(csv|jsonl|ndjson)(\.gz)?$/i.test(name);
}
