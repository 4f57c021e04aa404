/**
 * What the search box looks through: the articles, the quotes, or the notes. Radio buttons,
 * so the arrow keys move between them as everywhere else (and in RTL the right way round).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchScope } from '../../../../shared/contract/index';
import { useSearch } from '../../state/context';

const SCOPES = [
  ['articles', 'searching.scopeArticles'],
  ['quotes', 'searching.scopeQuotes'],
  ['notes', 'searching.scopeNotes'],
] as const satisfies readonly (readonly [SearchScope, string])[];

export function ScopeSwitch() {
  const { t } = useTranslation();
  const name = useId();
  const scope = useSearch((s) => s.scope);
  const setScope = useSearch((s) => s.setScope);
  return (
    <fieldset className="search-scope" data-testid="search-scope">
      <legend className="visually-hidden">{t('searching.scope')}</legend>
      {SCOPES.map(([value, label]) => (
        <label key={value} className="search-scope-option">
          <input
            type="radio"
            name={name}
            value={value}
            data-testid={`search-scope-${value}`}
            checked={scope === value}
            onChange={() => void setScope(value)}
          />
          <span>{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
