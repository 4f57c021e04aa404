import fs from 'node:fs';
import path from 'node:path';
import { englishOf, reasoned, type Reasoned } from '../../../shared/contract/reasons';

/**
 * File types the importer reads. Others found inside folders are skipped silently.
 * .csv and .jsonl are collections (one article per row), also gzipped.
 */
export const IMPORTABLE_EXTENSIONS = [
  '.txt', '.md', '.html', '.htm', '.docx', '.csv', '.jsonl', '.ndjson', '.csv.gz', '.jsonl.gz', '.ndjson.gz',
] as const;

export interface CollectedFiles {
  files: string[];
  failed: ({ file: string; error: string } & Partial<Reasoned>)[];
}

function importable(file: string): boolean {
  const name = path.basename(file).toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((ext) => name.endsWith(ext) && name.length > ext.length);
}

/**
 * Expand the analyst's choice (files and folders) into the files to import, in a stable
 * order. A path that does not exist, a file of a type we cannot read, or a folder with
 * nothing to import is reported as failed; the rest of the batch goes on.
 */
export function collectImportFiles(inputs: string[]): CollectedFiles {
  const files: string[] = [];
  const failed: CollectedFiles['failed'] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const abs = path.resolve(f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      failed.push(failedAs(input, reasoned('import_no_such_path')));
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(input).filter(importable).sort((a, b) => a.localeCompare(b));
      if (!found.length) failed.push(failedAs(input, reasoned('import_folder_has_nothing', { kinds: IMPORTABLE_EXTENSIONS.join(', ') })));
      found.forEach(add);
    } else if (!importable(input)) {
      const kinds = IMPORTABLE_EXTENSIONS.join(', ');
      const extension = path.extname(input);
      failed.push(failedAs(input, extension ? reasoned('import_unsupported_format', { extension, kinds }) : reasoned('import_unsupported_no_extension', { kinds })));
    } else {
      add(input);
    }
  }
  return { files, failed };
}

function walk(dir: string, depth = 0): string[] {
  if (depth > 32) return [];
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    // Hidden files and folders (.git, .DS_Store) and Word's lock files (~$report.docx).
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full, depth + 1));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** A path that cannot be imported, as a row of the report: English text and catalogued reason. */
function failedAs(file: string, why: Reasoned): CollectedFiles['failed'][number] {
  return { file, error: englishOf(why), ...why };
}
