/**
 * Builds the React entry, `src/react.ts` → `dist/react.js` (ESM, es2022, not minified: the
 * application's bundler minifies it). Runs after `build.ts`, which empties `dist`. Nothing of the
 * widget is bundled again: the import of the launcher (`./index.js`) becomes `./opin-support.js`,
 * and react and @lit/react stay imports for the application's bundler to resolve. Fails if anything
 * else reached the file. `dist/meta.json` (the size budgets) is left alone: React users pay for
 * React, and the launcher's own figures do not change.
 * Run: `pnpm run build` (tsx).
 * @internal
 */
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const entry = 'src/react.ts';

/** Points the React entry's import of the widget at the built launcher, left unbundled. */
const launcherAsImport: Plugin = {
  name: 'launcher-as-import',
  setup(b) {
    b.onResolve({ filter: /^\.\/index\.js$/ }, () => ({
      path: './opin-support.js',
      external: true,
    }));
  },
};

const { metafile } = await build({
  absWorkingDir: packageDir,
  entryPoints: { react: entry },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['react', '@lit/react'],
  plugins: [launcherAsImport],
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
});

const bundled = Object.keys(metafile.inputs).filter((input) => input !== entry);
if (bundled.length) {
  console.error(
    `dist/react.js must bundle ${entry} alone, but it bundled:\n  ${bundled.join('\n  ')}`,
  );
  process.exit(1);
}
for (const [file, output] of Object.entries(metafile.outputs)) {
  console.log(`${file}: ${output.bytes} B`);
}
