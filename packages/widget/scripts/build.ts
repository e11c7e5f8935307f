/**
 * Builds the widget for browsers (ESM, minified, es2022), bundling workspace packages from source
 * (`@opin/source`), in two esbuild runs:
 * 1. the panel, `src/panel/index.ts` → `dist/chunks/panel-[hash].js`, split (`splitting: true`) so
 *    each locale is its own chunk;
 * 2. the launcher, `src/index.ts` → `dist/opin-support.js`, one file: its `import('./panel/index.js')`
 *    is pointed at the panel chunk of step 1. (Built together, esbuild would move its runtime
 *    helpers into a shared chunk that the launcher imports too: a second request before interaction.)
 * Both shrink the whitespace in Lit templates (`minify-templates.ts`).
 * Every file starts with V8's compile hint. Writes `dist/meta.json` (both metafiles merged; read
 * by the root size check) and fails if msw, the mock server or test code reached `dist`, or a
 * file does not start with the hint. Declarations: `tsc -p tsconfig.build.json`.
 * Run: `pnpm run build` (tsx).
 * @internal
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minifyTemplatesPlugin } from './minify-templates.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const panelEntry = 'src/panel/index.ts';
const panelImport = /^\.\/panel\/index\.js$/;

const common: BuildOptions = {
  absWorkingDir: packageDir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['@opin/source'],
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
};

/**
 * V8's compile hint (Chromium 136+; other engines read a comment), the first line of every file:
 * Chromium then compiles all of a file's functions with the module, off the main thread while it
 * streams, instead of each on its first call on the main thread. The launcher's functions all run
 * at upgrade; the panel's chunks run most of theirs when it opens. It takes a quarter to a third
 * off the launcher's main-thread time at load and off the panel's script when it opens
 * (docs/benchmarks.md: the `no-hint` rows).
 */
const allFunctionsCalledOnLoad = '//# allFunctionsCalledOnLoad';

/** Rewrites the launcher's panel import to `target`, left unbundled. */
function panelAt(target: string): Plugin {
  return {
    name: 'panel-chunk',
    setup(b) {
      b.onResolve({ filter: panelImport }, () => ({ path: target, external: true }));
    },
  };
}

/** Runs esbuild with the common options; the metafile is always asked for. */
async function bundle(options: BuildOptions): Promise<Metafile> {
  const plugins = [...(options.plugins ?? []), minifyTemplatesPlugin()];
  const { metafile } = await build({ ...common, ...options, plugins });
  if (!metafile) throw new Error('esbuild returned no metafile');
  return metafile;
}

async function buildPanel(): Promise<{ file: string; metafile: Metafile }> {
  const metafile = await bundle({
    entryPoints: { panel: panelEntry },
    outdir: 'dist/chunks',
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    banner: { js: allFunctionsCalledOnLoad },
  });
  const file = Object.keys(metafile.outputs).find(
    (output) => metafile.outputs[output]?.entryPoint === panelEntry,
  );
  if (!file) throw new Error(`esbuild wrote no chunk for ${panelEntry}`);
  return { file, metafile };
}

await rm(`${packageDir}/dist`, { recursive: true, force: true });
const panel = existsSync(`${packageDir}/${panelEntry}`) ? await buildPanel() : undefined;
if (!panel) console.warn(`${panelEntry} does not exist yet: the panel is not built.`);
const panelUrl = panel ? `./${panel.file.replace(/^dist\//, '')}` : './panel/index.js';
const launcher = await bundle({
  entryPoints: { 'opin-support': 'src/index.ts' },
  outdir: 'dist',
  banner: { js: allFunctionsCalledOnLoad },
  plugins: [panelAt(panelUrl)],
});

const unhinted: string[] = [];
for (const file of Object.keys({ ...panel?.metafile.outputs, ...launcher.outputs })) {
  const code = file.endsWith('.js') ? await readFile(`${packageDir}/${file}`, 'utf8') : undefined;
  if (code !== undefined && !code.startsWith(`${allFunctionsCalledOnLoad}\n`)) unhinted.push(file);
}
if (unhinted.length) {
  console.error(`Not starting with ${allFunctionsCalledOnLoad}:\n  ${unhinted.join('\n  ')}`);
  process.exit(1);
}

const metafile: Metafile = {
  inputs: { ...panel?.metafile.inputs, ...launcher.inputs },
  outputs: { ...panel?.metafile.outputs, ...launcher.outputs },
};
await writeFile(`${packageDir}/dist/meta.json`, JSON.stringify(metafile, null, 2));

const testOnly = /(^|\/)(msw|@mswjs|@opin\/support-mock-server|mock-server|test)\//;
const leaked = Object.keys(metafile.inputs).filter((input) => testOnly.test(input));
if (leaked.length) {
  console.error(`Test-only code reached dist:\n  ${leaked.join('\n  ')}`);
  process.exit(1);
}
for (const [file, output] of Object.entries(metafile.outputs)) {
  console.log(`${file}: ${output.bytes} B`);
}
