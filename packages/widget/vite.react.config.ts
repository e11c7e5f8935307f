/**
 * Builds the React entry (`pnpm run build`, after `vite.config.ts`, into the same `dist`):
 * `src/react.ts` → `dist/react.js`, ES2022, not minified (the application's bundler minifies it).
 * Nothing of the widget is bundled again: its import of the launcher (`./index.js`) becomes an
 * import of `./opin-support.js`, and react and @lit/react stay imports for the application's
 * bundler to resolve; the build fails if anything but the React entry's own modules is bundled.
 * `dist/meta.json` is left alone: React users pay for React, the launcher's figures do not change.
 * @internal
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { launcherFile } from './scripts/bundle/chunk-layout.js';
import { ownModulesOnly } from './scripts/bundle/own-modules-only.js';

const packageDir = fileURLToPath(new URL('.', import.meta.url));
const launcherImport = fileURLToPath(new URL('src/index.ts', import.meta.url));

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    reportCompressedSize: false,
    lib: { entry: 'src/react.ts', formats: ['es'], fileName: () => 'react.js' },
    rolldownOptions: {
      external: (id) => id === 'react' || id === '@lit/react' || id === launcherImport,
      output: { paths: { [launcherImport]: `./${launcherFile}` } },
    },
  },
  plugins: [ownModulesOnly(packageDir, /^src\/react(-events)?\.ts$/)],
});
