/**
 * The `daftar search` command's output (DESIGN.md's CLI contract), as core functions so the
 * CLI only parses arguments and prints:
 *   daftar search P QUERY [--limit N] --json      → [{articleId, file, title, snippet, hits}]
 *   daftar search P QUERY --scope quotes --json   → [{highlightId, articleId, file, title, speaker, themes, snippet, hits}]
 *   daftar search P QUERY --scope notes --json    → [{noteId, highlightId, articleId, file, title, quote, speaker, themes, snippet, hits}]
 *   daftar search P --queries-file F --json       → [{query, elapsedMs, results}]
 */
import { DaftarError } from '../../../shared/contract/errors';
import { MAX_QUERY_CHARS, type SearchFilters, type SearchResult, type SearchScope } from '../../../shared/contract/search';
import { requireTagByName } from '../annotations/tags';
import type { AnyDb } from '../db/handles';
import { search } from './search';

export interface CliSearchResult {
  articleId: string;
  file: string | null;
  title: string;
  /** The text around the first hit (original, diacritised). */
  snippet: string;
  hits: number;
}

/** --scope quotes: a quote with its speaker and themes (names). */
export interface CliQuoteResult extends CliSearchResult {
  highlightId: string;
  speaker: string | null;
  themes: string[];
}

/** --scope notes: a note, the quote it is on (if any) and that quote's speaker and themes. */
export interface CliNoteResult extends CliSearchResult {
  noteId: string;
  highlightId: string | null;
  quote: string | null;
  speaker: string | null;
  themes: string[];
}

export interface CliSearchOutput {
  results: (CliSearchResult | CliQuoteResult | CliNoteResult)[];
  total: number;
  /** What the parser ignored or reinterpreted (for stderr in human mode). */
  explanation?: string;
}

export interface CliSearchOptions {
  limit?: number;
  scope?: SearchScope;
  /** A speaker's name or alias (exact, after normalisation), as `daftar quotes --speaker`. */
  speaker?: string;
  /** A theme's name; its sub-themes count too. */
  theme?: string;
}

function toCli(r: SearchResult): CliSearchResult | CliQuoteResult | CliNoteResult {
  const common = { articleId: r.articleId, file: r.file, snippet: r.snippet.text, hits: r.hits };
  switch (r.kind) {
    case 'article':
      return { ...common, title: r.title };
    case 'quote':
      return { highlightId: r.highlightId, ...common, title: r.articleTitle, speaker: r.speaker?.name ?? null, themes: r.themes.map((t) => t.name) };
    case 'note':
      return {
        noteId: r.noteId,
        highlightId: r.highlightId,
        ...common,
        title: r.articleTitle,
        quote: r.quote,
        speaker: r.speaker?.name ?? null,
        themes: r.themes.map((t) => t.name),
      };
  }
}

/** The panel filters the CLI's flags stand for (a name nobody has is an error, not "no results"). */
export function cliFilters(db: AnyDb, options: CliSearchOptions): SearchFilters {
  return {
    ...(options.speaker !== undefined ? { speakerId: requireTagByName(db, 'speaker', options.speaker).id } : {}),
    ...(options.theme !== undefined ? { themeId: requireTagByName(db, 'theme', options.theme).id } : {}),
  };
}

export function cliSearch(db: AnyDb, query: string, options: CliSearchOptions = {}): CliSearchOutput {
  if (query.length > MAX_QUERY_CHARS) {
    throw new DaftarError('invalid_input', `The query is ${query.length} characters long; at most ${MAX_QUERY_CHARS} are accepted.`);
  }
  const response = search(db, { query, limit: options.limit ?? 20, offset: 0, filters: cliFilters(db, options), scope: options.scope ?? 'articles' });
  return {
    results: response.results.map(toCli),
    total: response.total,
    ...(response.explanation ? { explanation: response.explanation } : {}),
  };
}

export interface CliBatchEntry {
  query: string;
  /** Milliseconds inside this process around the search itself (parse, FTS, results). */
  elapsedMs: number;
  results: CliSearchOutput['results'];
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

export function cliSearchBatch(db: AnyDb, queries: string[], options: CliSearchOptions = {}): CliBatchEntry[] {
  return queries.map((query) => {
    const started = process.hrtime.bigint();
    const out = cliSearch(db, query, options);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    return { query, elapsedMs: Math.round(elapsedMs * 1000) / 1000, results: out.results, ...(out.explanation ? { explanation: out.explanation } : {}) };
  });
}
