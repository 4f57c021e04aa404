/** Replaced at build time by esbuild's `define`; the fallback is for tests run from source. */
declare const __DAFTAR_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __DAFTAR_VERSION__ === 'string' ? __DAFTAR_VERSION__ : '0.0.0-dev';
