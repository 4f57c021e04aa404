/**
 * Formula injection (CSV/spreadsheet injection), after OWASP's guidance: a spreadsheet treats a
 * cell that starts with = + - @ TAB or CR as a formula, so a quote such as "=HYPERLINK(...)"
 * taken from a hostile article could run when a colleague opens the sheet. Such a cell gets a
 * leading single quote, which spreadsheets show as text.
 *
 * Invisible marks in front do not make a cell safe: Excel and LibreOffice skip some of them, and
 * Arabic text often starts with a right-to-left mark. So the test looks past bidi controls,
 * zero-width joiners, the BOM and white space before deciding.
 */

/** LRM RLM, LRE RLE PDF LRO RLO, LRI RLI FSI PDI, ALM, BOM/ZWNBSP, ZWNJ ZWJ, ZWSP. */
const INVISIBLE = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u200C\u200D\u200B\s]*/u;
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Whether a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (TRIGGERS.has(text.charAt(0))) return true;
  const rest = text.replace(INVISIBLE, '');
  return rest.length > 0 && TRIGGERS.has(rest.charAt(0));
}

/** The text made inert for a spreadsheet cell (numbers are never passed here: they stay numbers). */
export function neutralizeCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
