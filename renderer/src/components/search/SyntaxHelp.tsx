/** The query language in a short table, in the UI language (examples stay Arabic). */
import { useTranslation } from 'react-i18next';

const ROWS = [
  ['الإرهاب مكافحة', 'search.syntaxWords'],
  ['"مجلس الأمن"', 'search.syntaxPhrase'],
  ['سوريا OR العراق', 'search.syntaxOr'],
  ['الإرهاب -داعش', 'search.syntaxNot'],
  ['اقتصاد*', 'search.syntaxPrefix'],
  ['مصدر:الجزيرة', 'search.syntaxSource'],
  ['date:2018-03..2018-06', 'search.syntaxDate'],
  ['متحدث:غوتيريش', 'searching.syntaxSpeaker'],
  ['موضوع:الأمن', 'searching.syntaxTheme'],
] as const;

export function SyntaxTable() {
  const { t } = useTranslation();
  return (
    <table className="search-syntax" data-testid="search-syntax">
      <thead>
        <tr>
          <th scope="col">{t('search.syntax')}</th>
          <th scope="col">{t('search.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([example, key]) => (
          <tr key={key}>
            <td>
              <code dir="auto">{example}</code>
            </td>
            <td>{t(key)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A disclosure with the table, for when results already fill the panel. */
export function SyntaxHelp() {
  const { t } = useTranslation();
  return (
    <details className="search-help" data-testid="search-help">
      <summary>{t('search.help')}</summary>
      <SyntaxTable />
    </details>
  );
}
