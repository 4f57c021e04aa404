import { describe, expect, it } from 'vitest';
import { fieldDir } from './field-dir';
import { isolate, isolateLtr, startsIsolated } from './isolate';

describe('bidi isolation helpers', () => {
  it('wrap a value in a first-strong or a left-to-right isolate, closed by PDI', () => {
    expect(isolate('António Guterres')).toBe('\u2068António Guterres\u2069');
    expect(isolateLtr('أرشيف.sqlite')).toBe('\u2066أرشيف.sqlite\u2069');
    expect(startsIsolated(isolateLtr('a.txt') + ' ليس')).toBe(true);
    expect(startsIsolated(isolate('a') + ' ليس')).toBe(true);
    expect(startsIsolated('ليس ' + isolate('a'))).toBe(false);
  });

  it('give a text field dir="auto" only once it holds text', () => {
    expect(fieldDir('')).toBeUndefined();
    expect(fieldDir('مياه')).toBe('auto');
  });
});
