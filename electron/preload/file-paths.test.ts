import { describe, expect, it } from 'vitest';
import { makeFilePaths } from './file-paths';

// Electron cannot run here: a stand-in for webUtils.getPathForFile, as make-bridge.test.ts does for IPC.
describe('makeFilePaths (window.daftarFiles)', () => {
  const onDisk = new Map<object, string>();
  const dropped = { name: 'بيان.txt' };
  const madeInPage = { name: 'blob.txt' };
  onDisk.set(dropped, '/home/analyst/أخبار/بيان.txt');
  const getPathForFile = (file: object) => {
    const p = onDisk.get(file);
    if (p === undefined) throw new TypeError('not a File from the disk');
    return p;
  };

  it('gives each dropped file its path, and "" for a file with none', () => {
    expect(makeFilePaths(getPathForFile).pathsFor([dropped, madeInPage])).toEqual(['/home/analyst/أخبار/بيان.txt', '']);
  });

  it('answers nothing for what is not a list, and cannot be changed by the page', () => {
    const api = makeFilePaths(getPathForFile);
    expect(api.pathsFor('x' as unknown as object[])).toEqual([]);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
