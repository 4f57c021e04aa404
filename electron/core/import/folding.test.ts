import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFolded } from '../../../shared/text/boilerplate';
import { importFixture } from '../../../tests/fixtures/import/make-import-fixtures';

// shared/text/boilerplate.ts on fixture text written for Daftar, modelled on the seed articles'
// cases (../shared/corpus/seeds: 001 repeats its body, 003 its headline and captions, 000 has a
// language menu and a Persian footer).
const paragraphsOf = (name: string): string[] =>
  fs.readFileSync(importFixture(name), 'utf8').split('\n').filter((l) => l.trim() !== '');

describe('detectFolded on the seed-like fixtures', () => {
  it('folds the second copy of a body printed twice, and keeps the first', () => {
    const ps = paragraphsOf('repeated-body.txt');
    expect(ps).toHaveLength(7);
    expect(detectFolded(ps)).toEqual([{ start: 4, end: 7, reason: 'repeated' }]);
  });

  it('folds a headline repeated under the photo and a caption repeated around its credit', () => {
    const ps = paragraphsOf('caption.txt');
    // 0 menu, 1 headline, 2 caption, 3 credit, 4 caption again, 5 headline again, 6-7 body
    expect(detectFolded(ps)).toEqual([{ start: 4, end: 6, reason: 'repeated' }]);
  });

  it('folds a language menu, "read more" and a Persian footer under an Arabic article', () => {
    const ps = paragraphsOf('persian-footer.txt');
    expect(ps[0]).toContain('English');
    expect(ps.at(-1)).toContain('فارسی');
    expect(detectFolded(ps)).toEqual([
      { start: 0, end: 1, reason: 'boilerplate' },
      { start: 5, end: 9, reason: 'boilerplate' },
      { start: 9, end: 10, reason: 'other-language' },
    ]);
  });

});
