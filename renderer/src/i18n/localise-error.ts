/**
 * The one way the UI shows a message that came from the core: by its reason key in the UI's
 * language (i18n/sections/errors.ts), with its params; the English message when it has no key
 * (or a key this renderer cannot fill). Values such as file names, paths and titles are
 * isolated (i18n/isolate.ts) so a Latin path inside an Arabic sentence keeps its own order and
 * does not scramble the words around it; files and paths always read left to right.
 */
import type { TFunction } from 'i18next';
import { REASONS, templateParams, type ReasonKey, type Reasoned, type ReasonParams } from '../../../shared/contract/reasons';
import { isolate, isolatePath, startsIsolated } from './isolate';

/**
 * The reasons' params that hold a file, a folder or a path (shared/contract/reasons.ts): laid
 * out left to right, so "أخبار.csv" does not turn into "csv.أخبار" inside an Arabic sentence.
 */
const PATH_PARAMS = new Set(['file', 'dir', 'snapshot', 'lock', 'extension']);

/** Anything with a message and perhaps a reason: a ClientError, a stored ShownError, a report row. */
interface WithReason {
  message?: string;
  error?: string;
  reason?: ReasonKey;
  params?: ReasonParams;
}

export function localiseError(error: unknown, t: TFunction): string {
  if (error === null || error === undefined) return '';
  if (typeof error === 'string') return error;
  const e = error as WithReason;
  const english = typeof e.message === 'string' ? e.message : typeof e.error === 'string' ? e.error : String(error);
  if (!e.reason) return english;
  const said = localiseReason({ reason: e.reason, params: e.params }, t);
  return said === null ? english : leadingMark(said, t);
}

/** A reason in the UI's language, or null when its params do not fill its text. */
export function localiseReason(why: Reasoned, t: TFunction): string | null {
  if (!Object.prototype.hasOwnProperty.call(REASONS, why.reason)) return null;
  const values: Record<string, string> = {};
  for (const name of templateParams(REASONS[why.reason])) {
    const v = why.params?.[name];
    if (v === undefined) return null;
    if (typeof v === 'number') values[name] = String(v);
    // Text with letters (names, paths, titles) is isolated; bare figures such as 50,000 need not be.
    else if (typeof v === 'string') values[name] = PATH_PARAMS.has(name) ? isolatePath(v) : /\p{L}/u.test(v) ? isolate(v) : v;
    else {
      const inner = localiseReason(v, t);
      if (inner === null) return null;
      values[name] = inner;
    }
  }
  return t(`errors.reason.${why.reason}`, values);
}

/**
 * Message elements take their direction from their text (dir="auto", since an untranslated
 * message is English), and the first strong letter of "‹/tmp/notes.sqlite› ليس…" is the
 * path's: a sentence that opens with a value gets the language's mark before it.
 */
function leadingMark(text: string, t: TFunction): string {
  return startsIsolated(text) ? `${t('errors.mark')}${text}` : text;
}
