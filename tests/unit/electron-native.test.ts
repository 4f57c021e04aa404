// The parts of scripts/electron-native.mjs that can run without Electron's headers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findNodeGyp, gypEnv, headersCached, nodeGypCandidates, wantedBuild } from '../../scripts/electron-native.mjs';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-native-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('gypEnv', () => {
  it("removes npm settings that would point node-gyp at Node's headers instead of Electron's", () => {
    const env = gypEnv({
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_arch: 'ia32',
      npm_config_jobs: '4',
      PATH: '/usr/bin',
    });
    expect(env).toEqual({ npm_config_jobs: '4', PATH: '/usr/bin' });
  });
});

describe('node-gyp lookup', () => {
  it("finds the project's own node-gyp first", () => {
    const found = findNodeGyp(path.resolve(__dirname, '../..'), {}, process.execPath);
    expect(found).toMatch(/node-gyp[\\/]bin[\\/]node-gyp\.js$/);
    expect(fs.existsSync(found!)).toBe(true);
  });

  it("falls back to the node-gyp npm bundles, found from npm's own path", () => {
    const npmCli = path.join(tmp, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
    const bundled = path.join(tmp, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    fs.mkdirSync(path.dirname(bundled), { recursive: true });
    fs.writeFileSync(bundled, '');
    expect(nodeGypCandidates(tmp, { npm_execpath: npmCli }, '/nowhere/bin/node')).toContain(bundled);
    expect(findNodeGyp(tmp, { npm_execpath: npmCli }, '/nowhere/bin/node')).toBe(bundled);
    expect(findNodeGyp(tmp, {}, '/nowhere/bin/node')).toBeNull();
  });
});

describe('wantedBuild / headersCached', () => {
  it('names the missing package clearly', () => {
    expect(() => wantedBuild(tmp)).toThrow(/Electron is not in node_modules .*electron[\\/]package\.json is missing/);
  });

  it('reads the installed versions', () => {
    for (const [name, version] of [['electron', '45.4.1'], ['better-sqlite3', '12.11.1']]) {
      fs.mkdirSync(path.join(tmp, 'node_modules', name), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'node_modules', name, 'package.json'), JSON.stringify({ version }));
    }
    expect(wantedBuild(tmp)).toEqual({ electron: '45.4.1', betterSqlite3: '12.11.1', platform: process.platform, arch: process.arch });
  });

  it('counts headers as cached only once node-gyp finished installing them', () => {
    fs.mkdirSync(path.join(tmp, '45.4.1', 'include', 'node'), { recursive: true });
    expect(headersCached(tmp, '45.4.1')).toBe(false);
    fs.writeFileSync(path.join(tmp, '45.4.1', 'installVersion'), '11');
    expect(headersCached(tmp, '45.4.1')).toBe(true);
  });
});
