// scripts/start.mjs decides between the desktop app and web mode from what is on disk; these
// tests lay out real folders the way npm and `npx install-electron` leave them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_INFO_FILE, NATIVE_DIR, NATIVE_FILE } from '../../scripts/electron-native.mjs';
import { childEnv, decideLaunch, electronBinary, WEB_MODE_MESSAGE } from '../../scripts/start.mjs';

let root: string;

function write(rel: string, content: string) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** node_modules as npm leaves it: electron's package without a binary, better-sqlite3. */
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-start-'));
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '45.4.1' }));
  write('node_modules/better-sqlite3/package.json', JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function installElectronBinary() {
  write('node_modules/electron/path.txt', 'electron');
  return write('node_modules/electron/dist/electron', '#!/bin/sh\n');
}

function writeNativeBuild(electron = '45.4.1') {
  write(`${NATIVE_DIR}/${NATIVE_FILE}`, 'native');
  write(
    `${NATIVE_DIR}/${BUILD_INFO_FILE}`,
    JSON.stringify({ electron, betterSqlite3: '12.11.1', platform: process.platform, arch: process.arch }),
  );
}

describe('decideLaunch', () => {
  it('chooses web mode, with the one-sentence reason, when the Electron package has no binary', () => {
    expect(decideLaunch(root, {})).toEqual({ mode: 'web', reason: WEB_MODE_MESSAGE });
    expect(WEB_MODE_MESSAGE).toMatch(/not installed.*npx install-electron --no.*web mode.*URL/);
  });

  it('chooses web mode when path.txt names a binary that is not there', () => {
    write('node_modules/electron/path.txt', 'electron');
    expect(decideLaunch(root, {}).mode).toBe('web');
  });

  it('chooses Electron when the binary is installed, asking for the native build when missing', () => {
    const binary = installElectronBinary();
    expect(decideLaunch(root, {})).toEqual({ mode: 'electron', electron: binary, needsNative: true });
  });

  it('does not rebuild a native module made for the installed Electron', () => {
    installElectronBinary();
    writeNativeBuild();
    expect(decideLaunch(root, {})).toMatchObject({ mode: 'electron', needsNative: false });
  });

  it('rebuilds when the native module was made for another Electron, or its record is unreadable', () => {
    installElectronBinary();
    writeNativeBuild('44.0.0');
    expect(decideLaunch(root, {})).toMatchObject({ needsNative: true });
    write(`${NATIVE_DIR}/${BUILD_INFO_FILE}`, '{not json');
    expect(decideLaunch(root, {})).toMatchObject({ needsNative: true });
  });

  it('honours DAFTAR_WEB=1 and ELECTRON_OVERRIDE_DIST_PATH', () => {
    installElectronBinary();
    expect(decideLaunch(root, { DAFTAR_WEB: '1' }).mode).toBe('web');
    const elsewhere = write('other-electron/electron', '#!/bin/sh\n');
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.dirname(elsewhere) })).toBe(elsewhere);
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'nowhere') })).toBeNull();
  });
});

describe('childEnv', () => {
  it('drops ELECTRON_RUN_AS_NODE so Electron starts as an app', () => {
    expect(childEnv({ ELECTRON_RUN_AS_NODE: '1', PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin' });
  });
});
