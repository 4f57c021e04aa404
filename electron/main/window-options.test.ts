import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

describe('mainWindowOptions', () => {
  const preloadPath = path.resolve('/app/dist/node/preload.cjs');

  it('starts hidden (shown when ready) with the secure webPreferences', () => {
    const options = mainWindowOptions({ preloadPath, devTools: false });
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ preload: preloadPath, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(options).not.toHaveProperty('icon');
  });

  it('sets the icon only when given', () => {
    expect(mainWindowOptions({ preloadPath, devTools: true, iconPath: '/app/icon.png' }).icon).toBe('/app/icon.png');
  });
});
