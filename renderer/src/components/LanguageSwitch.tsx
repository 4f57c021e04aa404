/** Switches the UI between Arabic and English; the choice is remembered (see i18n/index.ts). */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = currentLanguage(i18n) === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      lang={other}
      title={t('lang.label')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t(`lang.${other}`)}
    </button>
  );
}
