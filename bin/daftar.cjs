#!/usr/bin/env node
// The `daftar` command. The TypeScript sources are bundled by `npm run build:node`.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'node', 'daftar.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('daftar: the command is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
require(bundle);
