import tseslint from 'typescript-eslint';
import layers from './tools/eslint/layers.js';

export default [
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { daftar: { rules: { layers } } },
    rules: { 'daftar/layers': 'error' },
  },
];
