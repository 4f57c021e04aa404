/**
 * The `daftar search` command's output (DESIGN.md's CLI contract), as core functions so the
 * CLI only parses arguments and prints:
 *   daftar search P QUERY [--limit N] --json      → [{articleId, file, title, snippet, hits}]
 *   daftar search P --queries-file F --json       → [{query, elapsedMs, results}]
 */
import { DaftarError } from '../../../shared/contract/errors';
import { MAX_QUERY_CHARS } from '../../../shared/contract/search';
import type { AnyDb } from '../db/handles';
import { searchArticles } from './search';

export interface CliSearchResult {
  articleId: string;
  file: string | null;
  title: string;
  /** The text around the first hit (original, diacritised). */
  snippet: string;
  hits: number;
}

export interface CliSearchOutput {
  results: CliSearchResult[];
  total: number;
  /** What the parser ignored or reinterpreted (for stderr in human mode). */
  explanation?: string;
}

export function cliSearch(db: AnyDb, query: string, limit = 20): CliSearchOutput {
  if (query.length > MAX_QUERY_CHARS) {
    throw new DaftarError('invalid_input', `The query is ${query.length} characters long; at most ${MAX_QUERY_CHARS} are accepted.`);
  }
  const response = searchArticles(db, { query, limit, offset: 0, filters: {} });
  return {
    results: response.results.map((r) => ({ articleId: r.articleId, file: r.file, title: r.title, snippet: r.snippet.text, hits: r.hits })),
    total: response.total,
    ...(response.explanation ? { explanation: response.explanation } : {}),
  };
}

export interface CliBatchEntry {
  query: string;
  /** Milliseconds inside this process around the search itself (parse, FTS, results). */
  elapsedMs: number;
  results: CliSearchResult[];
  explanation?: string;
}

/** The queries-file form: a JSON array of query strings, run one after the other. */
export function parseQueriesFile(file: string, json: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new DaftarError('invalid_input', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value) || !value.every((q) => typeof q === 'string')) {
    throw new DaftarError('invalid_input', `${file} must hold a JSON array of query strings, e.g. ["الإرهاب", "\\"مجلس الأمن\\""].`);
  }
  return value as string[];
}

export function cliSearchBatch(db: AnyDb, queries: string[], limit = 20): CliBatchEntry[] {
  return queries.map((query) => {
    const started = process.hrtime.bigint();
    const out = cliSearch(db, query, limit);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    return { query, elapsedMs: Math.round(elapsedMs * 1000) / 1000, results: out.results, ...(out.explanation ? { explanation: out.explanation } : {}) };
  });
}
