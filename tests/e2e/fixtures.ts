import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLES = path.join(ROOT, 'resources', 'sample-articles');
export const SCREENS = path.join(ROOT, 'test-results', 'screens');

export interface DaftarServer {
  /** The URL with its access token, as `daftar serve` prints it. */
  url: string;
  origin: string;
  /** A temp folder for project files and inputs, removed after the test. */
  dir: string;
  process: ChildProcess;
}

/** Start `daftar serve` on a free port with its own config folder; stop it after the test. */
export async function startServer(args: string[] = []): Promise<DaftarServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-e2e-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/daftar.cjs'), 'serve', ...args, '--port', '0', '--json'], {
    env: { ...process.env, DAFTAR_CONFIG_DIR: path.join(dir, 'config'), HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`daftar serve did not print its URL in time: ${stderr}`)), 15_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).url as string);
      }
    });
    child.on('exit', (code) => reject(new Error(`daftar serve exited (${code}): ${stderr}`)));
  });
  return { url, origin: new URL(url).origin, dir, process: child };
}

export async function stopServer(server: DaftarServer): Promise<void> {
  if (server.process.exitCode === null) {
    const exited = new Promise((r) => server.process.once('exit', r));
    server.process.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(server.dir, { recursive: true, force: true });
}

export const test = base.extend<{ server: DaftarServer }>({
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await stopServer(server);
  },
});

export async function screenshot(page: import('@playwright/test').Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENS, { recursive: true });
  const file = path.join(SCREENS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Call the application's contract from the page (with its session cookie), as the UI does; throws the application's message. */
export async function api<T>(page: Page, method: string, body: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([m, b]) => {
      const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
      return res.json();
    },
    [method, body] as const,
  );
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.result as T;
}

/** Search from the Search tab and wait until the engine has answered and the panel shows it. */
export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByTestId('search-input');
  await box.fill(query);
  const answered = page.waitForResponse((r) => r.url().includes('/api/search.query'));
  await box.press('Enter');
  await answered;
  await expect(page.getByTestId('search-panel')).toHaveAttribute('aria-busy', 'false');
}

export { expect };
