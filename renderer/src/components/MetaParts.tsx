/**
 * A line of metadata parts (source · date · file …). Each part is isolated (<bdi>) so a Latin
 * file name or a date does not reorder its neighbours, and the separators stand OUTSIDE the
 * parts: a separator drawn inside an isolated left-to-right part (a date) would sit on the
 * wrong side of it in right-to-left text, doubling up on one side and missing on the other.
 */
import { Fragment } from 'react';

export function MetaParts({ parts, partClassName }: { parts: readonly string[]; partClassName: string }) {
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span className="meta-separator" aria-hidden="true">
              ·
            </span>
          )}
          <bdi className={partClassName}>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
