/** Renders the whole app over a test bridge, as main.tsx does over the real one. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { createClient } from '../api/client';
import { Root } from '../components/Root';
import { createI18n, type Language } from '../i18n/index';
import { createStores } from '../state/stores';
import { createTestBridge, type TestBridgeOptions } from './test-bridge';

export function renderApp(options: TestBridgeOptions & { language?: Language } = {}) {
  const test = createTestBridge(options);
  // Fast polling keeps import tests short; the behaviour is the same as at 250 ms.
  const stores = createStores(createClient(test.bridge), { pollMs: 5, refreshMs: 20 });
  const i18n = createI18n(options.language ?? 'en');
  const user = userEvent.setup();
  // Stop import polling when the test ends (cleanup in setup.ts unmounts the tree).
  onTestFinished(() => stores.dispose());
  const view = render(<Root stores={stores} i18n={i18n} />);
  return { ...view, test, stores, i18n, user };
}
