// Bundle the Node-side entry points (Electron main and preload, the CLI, the import, prepare and project workers)
// into dist/node as CommonJS. better-sqlite3 (native) and electron stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  define: { __DAFTAR_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  // package.json says "type": "module"; these bundles are CommonJS, so they must end in .cjs.
  outExtension: { '.js': '.cjs' },
};

await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist/node' }),
  build({ ...common, entryPoints: { daftar: 'electron/cli/daftar.ts' }, outdir: 'dist/node' }),
  build({ ...common, entryPoints: { 'import-worker': 'electron/core/import/import-worker.ts' }, outdir: 'dist/node' }),
  // Preparing and analysing articles beside a large import (electron/core/import/prepare-pool.ts).
  build({ ...common, entryPoints: { 'prepare-worker': 'electron/core/import/prepare-worker.ts' }, outdir: 'dist/node' }),
  // Exports, merges and the probe of files from elsewhere (electron/core/jobs).
  build({ ...common, entryPoints: { 'project-worker': 'electron/core/jobs/project-worker.ts' }, outdir: 'dist/node' }),
  // The preload runs sandboxed: it may only require 'electron', so everything else is bundled.
  build({ ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/node', target: 'chrome130' }),
]);
