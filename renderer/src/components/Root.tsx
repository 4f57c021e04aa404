/** Providers around the App: the i18n instance and the stores (tests pass their own). */
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { StoresProvider } from '../state/context';
import type { Stores } from '../state/stores';
import { App } from './App';

export function Root({ stores, i18n }: { stores: Stores; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </I18nextProvider>
  );
}
