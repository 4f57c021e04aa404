/**
 * "Print to PDF" of the printable quote sheet with Electron's webContents.printToPDF: the
 * self-contained HTML (export/html.ts) is written to a private temporary file, loaded in a
 * hidden window with JavaScript off, sandboxed, without preload or node, printed, and the
 * window and the file are removed again. Electron is passed in (`makeWindow`), so the steps
 * are tested with a stand-in where the Electron binary is absent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PdfWindow {
  loadFile(file: string): Promise<void>;
  webContents: { printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array> };
  destroy(): void;
}

/** What the hidden window is made with (BrowserWindow options). */
export const PDF_WINDOW_OPTIONS = {
  show: false,
  webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, images: false },
} as const;

export async function printHtmlToPdf(html: string, makeWindow: () => PdfWindow): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-print-'));
  const file = path.join(dir, 'quote-sheet.html');
  const win = makeWindow();
  try {
    fs.writeFileSync(file, html, { mode: 0o600 });
    await win.loadFile(file);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
