import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it('has no reload or developer tools in a packaged app', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = roles(buildMenuTemplate({ platform, isPackaged: true }));
      expect(all, platform).not.toContain('reload');
      expect(all, platform).not.toContain('forceReload');
      expect(all, platform).not.toContain('toggleDevTools');
      expect(all, platform).toContain('copy');
      expect(all, platform).toContain('zoomIn');
    }
  });

  it('offers reload and developer tools in development', () => {
    const all = roles(buildMenuTemplate({ platform: 'linux', isPackaged: false }));
    expect(all).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows each platform: app menu on macOS, Quit in File elsewhere', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', isPackaged: true });
    expect(mac[0].role).toBe('appMenu');
    const linux = buildMenuTemplate({ platform: 'linux', isPackaged: true });
    expect(linux.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu']);
    expect(roles([linux[0]])).toEqual(['quit']);
  });

  it('has only built-in roles: no item reaches into the renderer or the project', () => {
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        expect(item.click).toBeUndefined();
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(buildMenuTemplate({ platform: 'linux', isPackaged: false }));
    walk(buildMenuTemplate({ platform: 'darwin', isPackaged: false }));
  });
});
