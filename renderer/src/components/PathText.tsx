/**
 * A path or file name as markup: left to right (as file systems write them, so "أرشيف.sqlite"
 * keeps its extension after the name), and each part between the slashes in its own <bdi>, so
 * two Arabic folders in a row keep their order instead of forming one right-to-left run with
 * the slash moved inside it. The text is the path unchanged (copying it gives the path).
 */
import { PATH_SEPARATORS } from '../i18n/isolate';

export function PathText({ path, className, testId }: { path: string; className?: string; testId?: string }) {
  const parts = path.split(PATH_SEPARATORS);
  return (
    <bdi dir="ltr" className={className} data-testid={testId}>
      {parts.length === 1
        ? path
        : parts.map((part, i) =>
            // Odd indices are the separators the split kept.
            i % 2 === 1 || part === '' ? (
              part
            ) : (
              <bdi key={i} dir="ltr">
                {part}
              </bdi>
            ),
          )}
    </bdi>
  );
}
