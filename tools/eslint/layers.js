/**
 * daftar/layers: imports only point down (DESIGN.md, "Layout and layering").
 *
 *   renderer ─┐
 *   preload  ─┼─► shared
 *   main, cli, web ─► core ─► shared
 *
 * Each folder is a runtime target; an import across the wrong boundary would pull Node into
 * the browser, Electron into the CLI, or UI into the core. The message says why and where to
 * put the code instead.
 */
import path from 'node:path';
import { builtinModules } from 'node:module';

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const LAYERS = [
  ['shared', 'shared'],
  ['renderer', 'renderer'],
  ['electron/core', 'core'],
  ['electron/main', 'main'],
  ['electron/preload', 'preload'],
  ['electron/cli', 'cli'],
  ['electron/web', 'web'],
];

const ALLOWED = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  preload: ['preload', 'shared'],
  core: ['core', 'shared'],
  main: ['main', 'core', 'shared'],
  web: ['web', 'core', 'shared'],
  cli: ['cli', 'web', 'core', 'shared'],
};

const WHY = {
  shared: 'shared/ is pure TypeScript used by every runtime (browser, Node, Electron); it imports only other shared/ code.',
  renderer: 'the renderer runs in a sandboxed browser page; it reaches the application only through the contract client (renderer/src/api), never core or Node.',
  preload: 'the preload only exposes the contract (shared/contract) over IPC; logic belongs in core.',
  core: 'electron/core is the application on Node, used by the CLI and web mode where Electron is absent; shells (main, cli, web) call core, never the reverse.',
  main: 'electron/main is the Electron shell: it maps the contract onto core.',
  web: 'web mode serves the contract over HTTP by calling core.',
  cli: 'the CLI calls core (and web mode for `daftar serve`).',
};

function layerOf(rootDir, file) {
  const rel = path.relative(rootDir, file).split(path.sep).join('/');
  for (const [prefix, layer] of LAYERS) if (rel === prefix || rel.startsWith(`${prefix}/`)) return layer;
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports only point down the layers described in DESIGN.md' },
    schema: [],
  },
  create(context) {
    const rootDir = context.cwd;
    const file = context.filename;
    const from = layerOf(rootDir, file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const report = (message) => context.report({ node, message });
      if (source === 'electron' || source.startsWith('electron/')) {
        if (from !== 'main' && from !== 'preload') {
          report(`${from} may not import 'electron': ${WHY[from]} Electron-only code lives in electron/main (or electron/preload).`);
        }
        return;
      }
      if (NODE_BUILTINS.has(source)) {
        if (from === 'shared' || from === 'renderer' || from === 'preload') {
          report(`${from} may not import the Node module '${source}': ${WHY[from]}`);
        }
        return;
      }
      if (!source.startsWith('.')) return; // packages: checked by each tsconfig's lib/types
      const target = layerOf(rootDir, path.resolve(path.dirname(file), source));
      if (target && !ALLOWED[from].includes(target)) {
        report(`${from} may not import from ${target} ('${source}'): ${WHY[from]} Allowed: ${ALLOWED[from].join(', ')}.`);
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
