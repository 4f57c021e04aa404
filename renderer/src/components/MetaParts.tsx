/**
 * A line of metadata parts (source · date · file …). Each part is isolated (<bdi>) so a Latin
 * file name or a date does not reorder its neighbours, and the separators stand OUTSIDE the
 * parts: a separator drawn inside an isolated left-to-right part (a date) would sit on the
 * wrong side of it in right-to-left text, doubling up on one side and missing on the other.
 */
import { Fragment } from 'react';

/** A part's text, or its text with a fixed direction (file names read left to right: "تصدير.csv row 2"). */
export type MetaPart = string | { text: string; dir: 'ltr' | 'rtl' };

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
            <bdi className={partClassName} dir={part.dir}>
              {part.text}
            </bdi>
          )}
        </Fragment>
      ))}
    </>
  );
}
