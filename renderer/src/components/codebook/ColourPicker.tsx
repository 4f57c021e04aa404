/** The theme colour: one click on a palette swatch, or any colour through the native picker. */
import { useTranslation } from 'react-i18next';
import { THEME_PALETTE } from './palette';
import { isolateLtr } from '../../i18n/isolate';

export function ColourPicker({ value, onChange }: { value: string; onChange: (colour: string) => void }) {
  const { t } = useTranslation();
  const custom = !(THEME_PALETTE as readonly string[]).includes(value.toLowerCase());
  return (
    <fieldset className="colour-picker">
      <legend>{t('codebook.colour')}</legend>
      <div className="swatches" role="radiogroup" aria-label={t('codebook.colour')}>
        {THEME_PALETTE.map((colour) => (
          <button
            key={colour}
            type="button"
            role="radio"
            aria-checked={value.toLowerCase() === colour}
            aria-label={t('codebook.swatch', { color: colour })}
            // "#2f6f6a", not "2f6f6a#", in a right-to-left tooltip.
            title={isolateLtr(colour)}
            className="swatch-button"
            style={{ background: colour }}
            onClick={() => onChange(colour)}
          />
        ))}
        <label className={custom ? 'custom-colour chosen' : 'custom-colour'} title={t('codebook.customColour')}>
          <span className="visually-hidden">{t('codebook.customColour')}</span>
          <input type="color" value={value} data-testid="colour-input" onChange={(e) => onChange(e.target.value)} />
        </label>
      </div>
    </fieldset>
  );
}
