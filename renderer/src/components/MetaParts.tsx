/**
 * A line of metadata parts (source · date · file …). Each part is isolated (<bdi>) so a Latin
 * file name or a date does not reorder its neighbours, and the separators stand OUTSIDE the
 * parts: a separator drawn inside an isolated left-to-right part (a date) would sit on the
 * wrong side of it in right-to-left text, doubling up on one side and missing on the other.
 */
import { Fragment } from 'react';
import { PathText } from './PathText';

/** A part's text (in its own direction), or a file's path (left to right, part by part: PathText). */
export type MetaPart = string | { path: string };

export function MetaParts({ parts, partClassName }: { parts: readonly MetaPart[]; partClassName: string }) {
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span className="meta-separator" aria-hidden="true">
              ·
            </span>
          )}
          {typeof part === 'string' ? (
            <bdi className={partClassName}>{part}</bdi>
          ) : (
            <PathText path={part.path} className={partClassName} />
          )}
        </Fragment>
      ))}
    </>
  );
}
