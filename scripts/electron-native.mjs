#!/usr/bin/env node
/**
 * `npm run electron:native`: builds better-sqlite3 for Electron's ABI into
 * .electron-native/better_sqlite3.node, without touching node_modules.
 *
 * Why: one node_modules holds one ABI. node_modules/better-sqlite3 is built for Node (tests, the
 * CLI, web mode); Electron needs a build against its own headers. electron/core/db/native.ts
 * loads .electron-native/better_sqlite3.node when running under Electron, and the packaged app
 * ships that file (electron-builder.yml).
 *
 * How: copy node_modules/better-sqlite3 (without its build/) to .electron-native/build/, run
 * node-gyp there with --runtime=electron --target=<installed electron> --dist-url=<Electron's
 * headers>, copy build/Release/better_sqlite3.node up, and record which Electron it is for in
 * .electron-native/build-info.json (scripts/start.mjs rebuilds when that no longer matches).
 *
 * Needs: a C++ toolchain (python3, make, g++ / Xcode / MSVC) and, the first time for each
 * Electron version, the network: Electron's headers are downloaded from
 * https://electronjs.org/headers into .electron-native/gyp. Offline, the script stops before
 * building and says so; with the headers already there it works offline.
 *
 * Environment: npm passes its config to node-gyp as npm_config_* variables. A machine-wide
 * `nodedir` (set on some machines to build against the system Node) would make node-gyp use
 * Node's headers and produce a module Electron refuses to load, so those variables are removed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HEADERS_URL = 'https://electronjs.org/headers';
export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';
export const BUILD_INFO_FILE = 'build-info.json';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Versions the native build must match: the installed Electron and better-sqlite3. */
export function wantedBuild(root) {
  const electronPkg = path.join(root, 'node_modules', 'electron', 'package.json');
  const sqlitePkg = path.join(root, 'node_modules', 'better-sqlite3', 'package.json');
  if (!fs.existsSync(electronPkg)) throw new Error(`Electron is not in node_modules (${electronPkg} is missing); run npm install.`);
  if (!fs.existsSync(sqlitePkg)) throw new Error(`better-sqlite3 is not in node_modules (${sqlitePkg} is missing); run npm install.`);
  return {
    electron: readJson(electronPkg).version,
    betterSqlite3: readJson(sqlitePkg).version,
    platform: process.platform,
    arch: process.arch,
  };
}

/**
 * Whether .electron-native holds a build for the installed Electron and better-sqlite3 on this
 * platform. A missing or unreadable build-info.json counts as "no".
 */
export function nativeBuildIsCurrent(root) {
  const dir = path.join(root, NATIVE_DIR);
  if (!fs.existsSync(path.join(dir, NATIVE_FILE))) return false;
  try {
    const have = readJson(path.join(dir, BUILD_INFO_FILE));
    const want = wantedBuild(root);
    return Object.keys(want).every((key) => have[key] === want[key]);
  } catch {
    return false;
  }
}

/** The environment for node-gyp: npm's build-target settings removed (see the header). */
export function gypEnv(env) {
  const drop = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|devdir|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !drop.test(key)));
}

/**
 * Where node-gyp may be, best first: the project's own (hoisted from @electron/rebuild), then
 * the one npm bundles, found from npm's own path when run through npm, or beside node.
 */
export function nodeGypCandidates(root, env = process.env, execPath = process.execPath) {
  const candidates = [];
  try {
    candidates.push(createRequire(path.join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally
  }
  if (env.npm_execpath) {
    candidates.push(path.join(path.dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const nodeDir = path.dirname(execPath);
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates;
}

export function findNodeGyp(root, env = process.env, execPath = process.execPath) {
  return nodeGypCandidates(root, env, execPath).find((p) => fs.existsSync(p)) ?? null;
}

/** node-gyp leaves this file once a version's headers are fully in the devdir. */
export function headersCached(devdir, electronVersion) {
  return fs.existsSync(path.join(devdir, electronVersion, 'installVersion'));
}

async function headersReachable(electronVersion) {
  const url = `${HEADERS_URL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`;
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) });
    return response.ok ? null : `${url} answered ${response.status}`;
  } catch (error) {
    return `${url} could not be reached (${error.cause?.code ?? error.message})`;
  }
}

function fail(message) {
  process.stderr.write(`electron-native: ${message}\n`);
  process.exit(1);
}

export async function main(root = ROOT) {
  let want;
  try {
    want = wantedBuild(root);
  } catch (error) {
    fail(error.message);
  }
  const nativeDir = path.join(root, NATIVE_DIR);
  if (nativeBuildIsCurrent(root)) {
    console.log(`electron-native: ${path.join(NATIVE_DIR, NATIVE_FILE)} is already built for Electron ${want.electron}.`);
    return;
  }
  const nodeGyp = findNodeGyp(root);
  if (!nodeGyp) fail(`node-gyp was not found (looked in: ${nodeGypCandidates(root).join(', ')}). Install it with npm install -g node-gyp.`);

  const devdir = path.join(nativeDir, 'gyp');
  if (!headersCached(devdir, want.electron)) {
    const problem = await headersReachable(want.electron);
    if (problem) {
      fail(
        `Electron ${want.electron}'s headers are needed to build better-sqlite3 for Electron, and ${problem}. ` +
          'Run `npm run electron:native` once on a machine with network access (the headers are then kept in .electron-native/gyp).',
      );
    }
  }

  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const work = path.join(nativeDir, 'build', 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(work), { recursive: true });
  // Without build/ (Node's build must stay where it is) and node_modules/ (not needed to compile).
  fs.cpSync(source, work, {
    recursive: true,
    filter: (file) => {
      const rel = path.relative(source, file).split(path.sep)[0];
      return rel !== 'build' && rel !== 'node_modules';
    },
  });

  console.log(`electron-native: building better-sqlite3 ${want.betterSqlite3} for Electron ${want.electron} (${want.platform}-${want.arch}) with ${nodeGyp}`);
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${want.electron}`,
    `--arch=${want.arch}`,
    `--dist-url=${HEADERS_URL}`,
    '--runtime=electron',
    `--devdir=${devdir}`,
    '--jobs=max',
  ];
  const result = spawnSync(process.execPath, args, { cwd: work, stdio: 'inherit', env: gypEnv(process.env) });
  if (result.error) fail(`could not run node-gyp: ${result.error.message}`);
  if (result.status !== 0) fail(`node-gyp failed (exit ${result.status}); see its output above. ${work} is left for inspection.`);

  const built = path.join(work, 'build', 'Release', NATIVE_FILE);
  if (!fs.existsSync(built)) fail(`node-gyp finished but ${built} is missing.`);
  fs.copyFileSync(built, path.join(nativeDir, NATIVE_FILE));
  fs.writeFileSync(path.join(nativeDir, BUILD_INFO_FILE), `${JSON.stringify({ ...want, builtAt: new Date().toISOString() }, null, 2)}\n`);
  fs.rmSync(path.join(nativeDir, 'build'), { recursive: true, force: true });
  console.log(`electron-native: wrote ${path.join(NATIVE_DIR, NATIVE_FILE)} for Electron ${want.electron}.`);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  await main();
}
