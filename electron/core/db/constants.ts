/** SQLite's application_id for Daftar projects: 'DFTR' as a big-endian 32-bit integer. */
export const APPLICATION_ID = 0x44465452;

/** Refuse to open files larger than this as projects (a hostile or mistaken choice). */
export const MAX_PROJECT_BYTES = 8 * 1024 ** 3;

export const PROJECT_EXTENSION = '.sqlite';
