/**
 * The one catalogue of the reasons the core gives: a stable key per message, with its English
 * text as a template of {{params}}. The core builds its English message from here (so the CLI
 * prints exactly what it always printed), and sends the key and params with it; the renderer
 * translates by key (renderer/src/i18n/sections/errors.ts has the Arabic for every key, checked
 * by a test to use the same params) and falls back to the English message for anything without
 * a key. A param may itself be a reason (a file problem inside "FILE: problem."), so the
 * translation nests the same way the English does.
 *
 * Keys are flat snake_case (i18next would read dots as nesting). Add a key here, use it in the
 * core with `reasoned`/DaftarError.because, then add its Arabic: the compiler asks for it.
 */
import { z } from 'zod';

export const REASONS = {
  // ---- requests the contract refuses (shared/contract/dispatch.ts)
  request_unknown_method: 'Unknown method "{{method}}".',
  request_invalid: 'Bad request for {{method}}{{field}}: {{problem}}.',
  request_field: ' ({{field}})',
  // The contract's own messages for a field (shared/contract/*.ts use these texts).
  request_path_needed: 'a path is needed',
  request_name_blank: 'a name cannot be empty or only spaces',
  request_colour: 'a colour is written #rrggbb',
  request_date: 'a date is written YYYY-MM-DD',
  request_date_prefix: 'a date such as 2018, 2018-03 or 2018-03-05',
  // zod's own (English) messages, translated by kind: the message keeps zod's words.
  request_name_too_long: 'a name may have at most {{max}} characters',
  request_note_too_long: 'a note may have at most {{max}} characters',
  request_query_too_long: 'a search query of at most {{max}} characters',
  request_upload_name: 'a file name or a relative path inside a dropped folder',
  request_value_needed: 'a value is needed',
  request_too_big: 'too big: at most {{max}}',
  request_too_small: 'too small: at least {{min}}',
  request_wrong_value: 'not an accepted value',
  internal_failure: 'Something went wrong in {{method}}: {{detail}}',
  no_project: 'No project is open. Create or open a project first.',
  request_not_delivered: '{{method}} failed before reaching Daftar: {{detail}}',
  dialogs_desktop_only: 'File dialogs are only available in the desktop app; type a path instead.',

  // ---- opening and creating a project (core/db/open.ts, core/project/*)
  file_missing: '{{file}}: no such file.',
  folder_missing: '{{file}}: the folder {{dir}} does not exist.',
  project_is_folder: '{{file}} is a folder, not a project file.',
  project_empty: '{{file}} is empty (0 bytes), not a Daftar project.',
  project_too_large: '{{file}} is {{size}} GB, larger than any Daftar project.',
  project_not_sqlite: '{{file}} is not a SQLite database, so not a Daftar project.',
  project_foreign_sqlite: "{{file}} is a SQLite database but not a Daftar project (its application id is not Daftar's).",
  project_newer: '{{file}} was made by a newer Daftar (schema v{{version}}; this Daftar reads up to v{{supported}}). Update Daftar to open it.',
  project_newer_short: '{{file}} was made by a newer Daftar (schema v{{version}}).',
  project_newer_migrate: 'The project is from a newer Daftar (schema v{{version}}).',
  project_no_schema: '{{file}} has no Daftar schema.',
  project_not_daftar: '{{file}} is not a Daftar project.',
  project_damaged: '{{file}} is damaged (SQLite quick_check: {{detail}}).',
  project_foreign_schema: '{{file}} has a schema Daftar did not make: {{detail}}.',
  project_cannot_open: '{{file}} cannot be opened: {{detail}}.',
  project_cannot_open_writing: '{{file}} cannot be opened for writing: {{detail}}.',
  project_unreadable: '{{file}} cannot be read: {{detail}}.',
  project_exists: '{{file}} already exists; Daftar will not overwrite it.',
  project_outdated: '{{file}} was made by an older Daftar (schema v{{version}}; this Daftar uses v{{supported}}). It is not changed without your consent: `daftar upgrade {{file}}` writes an upgraded copy beside it (or open it in the Daftar app, which offers to).',
  lock_here: '{{file}} is already open in this Daftar.',
  lock_elsewhere: '{{file}} is open in another Daftar. Close it there first.',
  lock_held: '{{file}} is open in {{holder}} (process {{pid}} on {{host}}{{user}}, since {{since}}). Close it there first; commands that only read it still work. If that Daftar is no longer running, delete {{lock}}.',
  lock_holder_app: 'another Daftar window',
  lock_holder_command: 'the command "daftar {{command}}"',
  lock_holder_user: ', user {{user}}',
  lock_cannot_write_beside: '{{file}}: Daftar cannot write beside it in {{dir}} ({{detail}}), so it cannot open it for writing.',
  lock_cannot_mark: '{{file}}: cannot mark the project as open ({{detail}}).',
  upgrade_too_many_copies: '{{file}}: too many upgraded copies beside it; move some away first.',
  upgrade_not_needed: "{{file}} is already at this Daftar's schema (v{{version}}); it needs no upgrade.",
  upgrade_target_is_project: '{{file}} is the project itself; use --in-place to upgrade it there.',
  upgrade_failed: '{{file}}: the upgraded copy could not be written ({{detail}}); the project is unchanged.',

  // ---- export, copies, merge and its undo (core/export, core/project/share|restore, core/merge)
  write_failed: '{{file}}: could not be written ({{detail}}).',
  write_target_is_folder: '{{file}} is a folder; give a file name to write to.',
  write_target_exists: '{{file}} already exists; Daftar will not overwrite it (use --force to replace it).',
  export_needs_upgrade:
    'This project was made by an older Daftar and has no quotes yet; upgrade it first (`daftar upgrade`, or open it in Daftar), then export.',
  copy_is_project: '{{file}} is the open project itself; choose another name for the copy.',
  copy_failed: '{{file}}: the copy could not be written ({{detail}}).',
  merge_self: "{{file}} is this project itself; choose a colleague's project to merge.",
  merge_failed: '{{file}} could not be merged ({{detail}}); nothing was changed.',
  merge_quote_not_found: "the quoted text is not in this project's copy of the article",
  restore_not_snapshot: '{{snapshot}} is not a snapshot of {{file}} taken before a merge; nothing was changed.',
  restore_other_project: '{{snapshot}} belongs to another project than {{file}}; nothing was changed.',
  restore_in_use: '{{file}} is still in use ({{side}} beside it); nothing was changed.',
  restore_failed: '{{file}}: the snapshot could not be put back ({{detail}}); the project is unchanged.',
  qdpx_too_large: '{{file}} would unpack to more than {{max}} MB; not imported.',
  qdpx_not_zip: '{{file}} is not a REFI-QDA project (.qdpx is a zip file): {{detail}}.',
  qdpx_no_project: '{{file}} has no project.qde inside; it is not a REFI-QDA project.',
  qdpx_doctype: '{{file}}: project.qde declares a DOCTYPE, which REFI-QDA never needs; not imported.',
  qdpx_bad_xml: '{{file}}: project.qde is not well-formed XML ({{detail}}).',
  qdpx_no_project_element: '{{file}}: project.qde has no <Project> element.',

  // ---- import: a whole request refused (core/import, handlers/import-handlers.ts)
  file_problem: '{{file}}: {{problem}}.',
  not_a_collection: '{{file}}: not a .csv or .jsonl collection.',
  paste_nothing_imported: 'Nothing was imported: {{problem}}.',
  import_running: 'An import is already running; wait for it or cancel it first.',
  import_running_paste: 'An import is running; paste again when it has finished.',
  upload_gone: 'This upload is no longer open (it was imported, discarded or replaced); drop the files again.',
  upload_empty: 'No files were received for this import.',
  upload_too_large: 'it is larger than {{max}} MB; import it by its path instead',
  upload_too_many: 'more than {{max}} files were dropped at once',
  upload_total_too_large: 'the dropped files are larger than {{max}} GB together',
  upload_store_failed: 'it could not be stored for import ({{detail}})',

  // ---- import: one file (or row) fails, the batch goes on (ImportReport.failed)
  import_no_such_path: 'no such file or folder',
  import_folder_has_nothing: 'the folder has no files Daftar can import ({{kinds}})',
  import_unsupported_format: 'Daftar cannot import {{extension}} files yet ({{kinds}})',
  import_unsupported_no_extension: 'Daftar cannot import files without an extension yet ({{kinds}})',
  import_unreadable: 'could not be read: {{detail}}',
  file_empty: 'the file is empty',
  file_blank: 'the file has no text (only white space)',
  file_too_large: 'the file is {{size}} MB; articles over {{max}} MB are not imported',
  file_binary: 'the file looks binary (it contains NUL bytes), not text',
  file_not_utf8: 'the file is not valid UTF-8',
  file_not_utf8_later: 'the file is not valid UTF-8 past its start; import it again with the encoding set',
  file_no_encoding:
    'the file is not valid UTF-8 and does not read as Arabic in Windows-1256 or ISO-8859-6; if you know its encoding, import it again with the encoding set',
  file_no_encoding_guess:
    'the file is not valid UTF-8 and does not read as Arabic in Windows-1256 or ISO-8859-6 (it looks most like {{guess}}); if you know its encoding, import it again with the encoding set',
  collection_no_encoding:
    'the file is not valid UTF-8 and does not read as Arabic in Windows-1256 or ISO-8859-6; import it again with the encoding set',
  page_no_text: 'the page has no article text',
  document_no_text: 'the document has no text',
  paste_empty: 'the pasted text is empty (only white space)',
  row_empty_body: 'empty body',
  docx_unreadable: 'the .docx could not be read (it may be damaged or not a Word document): {{detail}}',
  docx_not_zip: 'the file is not a valid .docx (it is not a ZIP archive)',
  docx_zip64: 'the .docx is a ZIP64 archive, which a Word document never needs; it was not opened',
  docx_too_many_files: 'the .docx holds {{count}} files, more than a Word document has; it was not opened',
  docx_zip_broken: 'the .docx is damaged (its ZIP directory is broken)',
  docx_zip_bomb: 'the .docx would unpack to more than {{max}} MB (a "zip bomb"?); it was not opened',
  gz_damaged: 'the .gz file is damaged ({{detail}})',
  csv_broken_start: 'the CSV is broken near its start: {{detail}}',
  csv_broken_after_row: 'the CSV is broken after row {{row}}: {{detail}}; the rows before it were read',
  csv_broken_after_row_line: 'the CSV is broken after row {{row}} (line {{line}}): {{detail}}; the rows before it were read',
  jsonl_first_lines_not_objects: 'the first lines are not JSON objects',
  jsonl_line_not_json: 'not valid JSON ({{detail}})',
  jsonl_line_not_object: 'not a JSON object',
  jsonl_line_too_long: 'line {{line}} is longer than {{max}} MB; the lines before it were read',
  collection_no_body: 'no {{what}} holds the article text: expected one named {{expected}}, النص or المحتوى (found: {{found}}); name it with --column body=NAME',
  collection_word_column: 'column',
  collection_word_key: 'key',
  collection_no_such_column: 'there is no {{what}} "{{wanted}}" for {{field}} (found: {{found}})',

  // ---- an article's details as typed (shared/text/article-meta.ts: editing and pasting)
  meta_not_saved: 'The details of “{{title}}” were not saved: {{problems}}.',
  paste_not_imported: 'The pasted article was not imported: {{problems}}.',
  meta_field_problem: '{{field}}: {{problem}}',
  meta_problem_more: '{{first}}; {{rest}}',
  meta_field_title: 'title',
  meta_field_source: 'source',
  meta_field_published: 'published',
  meta_field_place: 'place',
  meta_field_url: 'url',
  meta_field_author: 'author',
  meta_title_empty: 'an article needs a title',
  meta_date_unreadable: 'not a date Daftar can read; write it as 2024-11-04 or 4 نوفمبر 2024',
  meta_url_invalid: 'not a web address; it must start with http:// or https://',

  // ---- work on a worker thread (core/jobs, core/import/import-jobs.ts) and what waits for it
  job_stopped: 'the {{job}} stopped unexpectedly (exit {{code}})',
  job_failed: 'the {{job}} failed: {{detail}}',
  job_import: 'import',
  job_export: 'export',
  job_merge: 'merge',
  check_failed: '{{file}} could not be checked: {{detail}}',
  check_stopped: '{{file}} could not be checked (the check stopped, exit {{code}}).',
  check_timed_out: '{{file}} could not be checked within {{seconds}} seconds (it may be very large or damaged); it was not opened and nothing was changed.',
  merge_running: 'A merge is running; wait for it to finish (or cancel it), then try again.',
  merge_already_running: 'A merge is already running; wait for it to finish or cancel it.',
  merge_wait_for_import: 'An import is running; merge when it has finished.',

  // ---- reading and annotating (core/articles, core/annotations, core/suggest)
  article_not_found: 'No article with id {{id}} in this project.',
  highlight_not_found: 'No highlight with id {{id}}; it may have been deleted.',
  tag_not_found: 'No speaker or theme with id {{id}}.',
  tag_not_found_deleted: 'No speaker or theme with id {{id}}; it may have been deleted.',
  speaker_gone: 'That speaker no longer exists (it may have been deleted or merged); choose another.',
  theme_gone: 'One of the themes no longer exists (it may have been deleted or merged).',
  selection_outside: 'The selection {{start}}–{{end}} is not inside the article "{{title}}" (0–{{chars}}); select some of its text.',
  selection_blank: 'The selection is only white space; select some words.',
  speaker_exists: 'A speaker named "{{name}}" already exists (it matches "{{typed}}").',
  theme_exists: 'A theme named "{{name}}" already exists (it matches "{{typed}}").',
  theme_parent_not_theme: 'Only themes can be placed under other themes.',
  speaker_expected: 'A theme was given where a speaker is expected.',
  theme_expected: 'A speaker was given where a theme is expected.',
  theme_inside_itself: '"{{name}}" is inside this theme already; a theme cannot be placed under itself or its own sub-themes.',
  tag_merge_self: 'A speaker or theme cannot be merged into itself.',
  tag_merge_kinds: 'A speaker can only be merged with a speaker, a theme with a theme.',
  tag_merge_inside: '"{{target}}" is inside "{{source}}"; merge it the other way round.',
  search_failed: 'Could not search for “{{query}}”. Try simpler words.',
  speaker_is_theme: '"{{name}}" is a theme, not a speaker.',
  span_outside: 'The span {{start}}–{{end}} is not inside the article "{{title}}" (0–{{chars}}).',
} as const;

export type ReasonKey = keyof typeof REASONS;

// Every text must stay a literal type (one string, no `+`): a widened `string` would let
// `reasoned` accept any params for it. This line stops compiling when one is widened.
type WidenedText = { [K in ReasonKey]: string extends (typeof REASONS)[K] ? K : never }[ReasonKey];
const everyTextIsLiteral: [WidenedText] extends [never] ? true : WidenedText = true;
void everyTextIsLiteral;
export const REASON_KEYS = Object.keys(REASONS) as ReasonKey[];

/** A reason with the values its text names; a value may be a reason itself (translated too). */
export interface Reasoned {
  reason: ReasonKey;
  params?: ReasonParams;
}
export type ReasonParam = string | number | Reasoned;
export type ReasonParams = { [name: string]: ReasonParam };

/** The {{names}} a template uses, as a type: `reasoned` asks for exactly these. */
type ParamNames<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | ParamNames<Rest> : never;
export type ParamsOf<K extends ReasonKey> = { [P in ParamNames<(typeof REASONS)[K]>]: ReasonParam };

/** The params argument of a reason: none when its text names none, else exactly its names. */
export type ParamsArg<K extends ReasonKey> = [ParamNames<(typeof REASONS)[K]>] extends [never] ? [] : [ParamsOf<K>];

/** A reason with its params checked against its template at compile time. */
export function reasoned<K extends ReasonKey>(reason: K, ...params: ParamsArg<K>): Reasoned {
  return params[0] ? { reason, params: params[0] } : { reason };
}

export function isReasonKey(value: unknown): value is ReasonKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REASONS, value);
}

/** The names a template uses, in order, without repeats (tests compare languages with it). */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))];
}

/**
 * Fill a template's {{names}} in one pass (a value holding "{{x}}" is not filled again);
 * a name without a value stays visible rather than vanishing silently.
 */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => value(name) ?? whole);
}

/** The English text of a reason: what the core's message and the CLI say. */
export function englishOf(why: Reasoned): string {
  return fillTemplate(REASONS[why.reason], (name) => {
    const v = why.params?.[name];
    if (v === undefined) return undefined;
    return typeof v === 'object' ? englishOf(v) : String(v);
  });
}

/**
 * The contract's own messages for a field (zod's `message` argument): the English text, kept
 * with its reason so the dispatcher can send the reason of a refused field (found by the text
 * zod reports). Use it for every custom message in shared/contract/*.ts.
 */
const CONTRACT_MESSAGES = new Map<string, Reasoned>();

export function contractMessage<K extends ReasonKey>(reason: K, ...params: ParamsArg<K>): string {
  const why = reasoned(reason, ...params);
  const text = englishOf(why);
  CONTRACT_MESSAGES.set(text, why);
  return text;
}

/** The reason of a contract message, by the text zod reported for a field. */
export function contractMessageReason(text: string): Reasoned | undefined {
  return CONTRACT_MESSAGES.get(text);
}

/** The wire form (ImportReport rows, merge reports, error envelopes), validated like the rest. */
export const ReasonKeySchema = z.enum(REASON_KEYS as [ReasonKey, ...ReasonKey[]]);
export const ReasonedSchema: z.ZodType<Reasoned> = z.lazy(() =>
  z.object({ reason: ReasonKeySchema, params: ReasonParamsSchema.optional() }),
);
export const ReasonParamsSchema: z.ZodType<ReasonParams> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), z.number(), ReasonedSchema])),
);
