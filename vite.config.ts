import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one build for both shells: Electron loads it from app://daftar/, web mode
// serves it from 127.0.0.1. Relative asset URLs work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
  },
});
