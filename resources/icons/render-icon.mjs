#!/usr/bin/env node
// Renders icon.svg to icon.png (512×512, transparent corners) with the Chromium that Playwright
// uses for the end-to-end tests. electron-builder makes the .ico, .icns and Linux sizes from it.
// Run after editing icon.svg: node resources/icons/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const svg = fs.readFileSync(path.join(here, 'icon.svg'), 'utf8');
const size = 512;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(here, 'icon.png'), omitBackground: true });
  console.log(`wrote ${path.join(here, 'icon.png')}`);
} finally {
  await browser.close();
}
