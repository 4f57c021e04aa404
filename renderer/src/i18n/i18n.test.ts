import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { createI18n } from './index';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const arabic = leaves(ar);
  const english = leaves(en as Tree);

  it('Arabic and English have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...arabic.keys()].sort());
  });

  it('every string is non-empty and uses the same {{placeholders}} in both languages', () => {
    for (const [key, text] of arabic) {
      expect(text.trim(), `ar ${key}`).not.toBe('');
      expect(english.get(key)?.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('defaults to Arabic, right to left, and remembers a switch to English', async () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(i18n.t('start.newProject')).toBe(ar.start.newProject);
    await i18n.changeLanguage('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(createI18n().language).toBe('en');
  });
});
