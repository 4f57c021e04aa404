import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_WINDOW_OPTIONS, printHtmlToPdf, type PdfWindow } from './print-pdf';

/** Stands in for a BrowserWindow: records what was loaded and answers printToPDF. */
function standIn(fail?: 'load' | 'print') {
  const seen: { loaded?: string; html?: string; options?: unknown; destroyed: boolean } = { destroyed: false };
  const win: PdfWindow = {
    async loadFile(file) {
      seen.loaded = file;
      seen.html = fs.readFileSync(file, 'utf8');
      if (fail === 'load') throw new Error('load failed');
    },
    webContents: {
      async printToPDF(options) {
        seen.options = options;
        if (fail === 'print') throw new Error('print failed');
        return new TextEncoder().encode('%PDF-stand-in');
      },
    },
    destroy() {
      seen.destroyed = true;
    },
  };
  return { win, seen };
}

describe('print to PDF', () => {
  it('loads the sheet from a private temporary file, prints A4 with backgrounds, and cleans up', async () => {
    const { win, seen } = standIn();
    const pdf = await printHtmlToPdf('<!DOCTYPE html><p dir="rtl">اقتباس</p>', () => win);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-stand-in');
    expect(seen.html).toBe('<!DOCTYPE html><p dir="rtl">اقتباس</p>');
    expect(seen.options).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(seen.destroyed).toBe(true);
    expect(fs.existsSync(seen.loaded!)).toBe(false);
  });

  it.each(['load', 'print'] as const)('cleans up when %s fails', async (fail) => {
    const { win, seen } = standIn(fail);
    await expect(printHtmlToPdf('<p>x</p>', () => win)).rejects.toThrow(`${fail} failed`);
    expect(seen.destroyed).toBe(true);
    expect(fs.existsSync(seen.loaded!)).toBe(false);
  });

  it('prints in a hidden window where nothing runs', () => {
    expect(PDF_WINDOW_OPTIONS).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, nodeIntegration: false } });
  });
});
