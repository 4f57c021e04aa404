import { describe, expect, it } from 'vitest';
import { fieldDir } from './field-dir';
import { isolate, isolateLtr, isolatePath, startsIsolated } from './isolate';

describe('bidi isolation helpers', () => {
  it('wrap a value in a first-strong or a left-to-right isolate, closed by PDI', () => {
    expect(isolate('António Guterres')).toBe('\u2068António Guterres\u2069');
    expect(isolateLtr('أرشيف.sqlite')).toBe('\u2066أرشيف.sqlite\u2069');
    expect(startsIsolated(isolateLtr('a.txt') + ' ليس')).toBe(true);
    expect(startsIsolated(isolate('a') + ' ليس')).toBe(true);
    expect(startsIsolated('ليس ' + isolate('a'))).toBe(false);
  });

  it('isolate each part of a path on its own, inside one left-to-right isolate', () => {
    const [L, P] = ['\u2066', '\u2069'];
    expect(isolatePath('/tmp/مشاريع/أرشيف.sqlite')).toBe(`${L}/${L}tmp${P}/${L}مشاريع${P}/${L}أرشيف.sqlite${P}${P}`);
    expect(isolatePath('C:\\Users\\سارة')).toBe(`${L}${L}C:${P}\\${L}Users${P}\\${L}سارة${P}${P}`);
    expect(isolatePath('أرشيف.sqlite')).toBe(`${L}أرشيف.sqlite${P}`);
    // Nothing but the isolates is added: taking them out gives the path.
    expect(isolatePath('/a//b/').replace(/[\u2066\u2069]/g, '')).toBe('/a//b/');
  });

  it('give a text field dir="auto" only once it holds text', () => {
    expect(fieldDir('')).toBeUndefined();
    expect(fieldDir('مياه')).toBe('auto');
  });
});
