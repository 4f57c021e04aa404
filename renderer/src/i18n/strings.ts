/** The shape of a language's strings, derived from the Arabic original: the same keys, any text. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/**
 * A feature's strings in both languages, kept in one file under sections/ so that the
 * feature's UI and its words change together. English is typed by the Arabic, so a missing
 * or extra key is a compile error; ar.ts and en.ts mount each section under its name.
 */
export function section<T>(strings: { ar: T; en: Strings<T> }): { ar: T; en: Strings<T> } {
  return strings;
}
