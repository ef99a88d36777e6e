import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The UI is built into dist/web and served by `corroborate serve`. Everything is bundled (no CDN), and the build
// emits no inline script or style, so it runs under the server's strict Content-Security-Policy.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: path.resolve(import.meta.dirname, '..', 'dist', 'web'),
    emptyOutDir: true,
    // no modulepreload polyfill: it is a script the CSP would have to allow, and every supported browser has modulepreload
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:7575' } },
});
