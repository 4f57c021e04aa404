#!/usr/bin/env node
/**
 * `npm start`: build, then run Daftar as a desktop app when Electron's binary is installed, or
 * in web mode (`daftar serve`, open the printed URL in a browser) when it is not.
 *
 * The Electron package installs without its binary on machines that cannot download it, and
 * require('electron') then tries to download it; so the binary is looked for on disk
 * (node_modules/electron/path.txt names it under node_modules/electron/dist/) and electron is
 * never required here.
 *
 * Environment:
 *   DAFTAR_SKIP_BUILD=1   do not run `npm run build` first
 *   DAFTAR_WEB=1          web mode even when Electron is installed
 *   ELECTRON_OVERRIDE_DIST_PATH   a folder holding an Electron binary (as electron's own index.js)
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nativeBuildIsCurrent } from './electron-native.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const WEB_MODE_MESSAGE =
  "Electron's binary is not installed on this machine (run `npx install-electron --no` on an online machine to get it), " +
  'so Daftar is starting in web mode: open the URL below in your browser.';

/** The Electron executable if it is installed, else null. Reads files only; never runs anything. */
export function electronBinary(root, env = {}) {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return fs.existsSync(binary) ? binary : null;
  }
  if (!relative) return null;
  const binary = path.join(root, 'node_modules', 'electron', 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}

/**
 * What `npm start` does on this machine:
 *   { mode: 'electron', electron, needsNative }  needsNative: .electron-native must be (re)built first
 *   { mode: 'web', reason }                      reason: the sentence to print
 */
export function decideLaunch(root, env = {}) {
  if (env.DAFTAR_WEB === '1') return { mode: 'web', reason: 'DAFTAR_WEB=1, so Daftar is starting in web mode: open the URL below in your browser.' };
  const electron = electronBinary(root, env);
  if (!electron) return { mode: 'web', reason: WEB_MODE_MESSAGE };
  return { mode: 'electron', electron, needsNative: !nativeBuildIsCurrent(root) };
}

/** The child's environment: ELECTRON_RUN_AS_NODE would make Electron behave as plain Node. */
export function childEnv(env) {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = env;
  return rest;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  return result.status === 0;
}

/** Runs the app in the foreground: signals are passed on and its exit code becomes ours. */
function runForeground(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: childEnv(process.env) });
  // Ctrl+C in the terminal reaches the child directly (same process group); forwarding SIGINT
  // too would make it see two. SIGTERM and SIGHUP come to us alone, so they are passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`start: could not run ${command}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startWeb(reason) {
  console.log(reason);
  runForeground(process.execPath, [path.join(ROOT, 'bin', 'daftar.cjs'), 'serve', ...process.argv.slice(2)]);
}

function main() {
  if (process.env.DAFTAR_SKIP_BUILD !== '1' && !run('npm', ['run', 'build'])) {
    process.stderr.write('start: `npm run build` failed; see above.\n');
    process.exit(1);
  }
  const decision = decideLaunch(ROOT, process.env);
  if (decision.mode === 'web') return startWeb(decision.reason);

  if (decision.needsNative && !run(process.execPath, [path.join(ROOT, 'scripts', 'electron-native.mjs')], { shell: false })) {
    return startWeb(
      'better-sqlite3 could not be built for Electron (see above), so Daftar is starting in web mode: open the URL below in your browser.',
    );
  }
  runForeground(decision.electron, [ROOT, ...process.argv.slice(2)]);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main();
}
