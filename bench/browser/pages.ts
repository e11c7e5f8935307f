/**
 * The host pages the browser benchmark loads: one small portal page (`pages/host.html`) in five
 * variants that differ only in what is added to `<head>` and the end of `<body>`. They are written,
 * with their esbuild-minified scripts and the in-page probe, to a temporary directory.
 * @internal
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * The page variants, in report order. `widget-no-async` embeds the widget without the `async` its
 * README recommends. `lit-empty-module` and `lit-minimal-launcher` are controls for the
 * script-evaluation budget: the lit page plus a module that does nothing, and plus the least a
 * script-rendered launcher can be. `lit-widget-no-hint` loads the launcher without its first line,
 * V8's compile hint, to show what the hint saves.
 */
export const pageNames = [
  'empty',
  'lit',
  'widget',
  'widget-no-async',
  'lit-widget',
  'lit-empty-module',
  'lit-minimal-launcher',
  'lit-widget-no-hint',
  'native-dialog',
] as const;

/** One of the page variants. */
export type PageName = (typeof pageNames)[number];

/** The pages on disk, ready to serve. */
export interface PreparedPages {
  /** Serve it at `/`: `<name>.html` and `assets/*.js`. */
  directory: string;
  /** The probe as a classic script, for `page.addInitScript({ content })`. */
  probeScript: string;
  /** Removes the directory. */
  remove(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const moduleScript = (src: string) => `<script type="module" src="${src}"></script>`;
/** The widget's script tag as its README recommends it; the controls use it too. */
const asyncModuleScript = (src: string) => `<script type="module" async src="${src}"></script>`;

/** The launcher without its compile hint; its panel import does not resolve (never opened). */
const noHintLauncher = '/assets/opin-support-no-hint.js';

/** What each variant adds to the host page; the widget talks to `apiBase`. */
async function additions(name: PageName, apiBase: string): Promise<{ head: string; body: string }> {
  switch (name) {
    case 'empty':
      return { head: '', body: '' };
    case 'lit':
      return {
        head: moduleScript('/assets/lit-button.js'),
        body: '<bench-lit-button></bench-lit-button>',
      };
    case 'widget':
    case 'widget-no-async':
      return {
        head: (name === 'widget' ? asyncModuleScript : moduleScript)('/widget/opin-support.js'),
        body: `<opin-support api-base="${apiBase}" origin="opin" lang="fi"></opin-support>`,
      };
    case 'lit-widget': {
      const [lit, widget] = [await additions('lit', apiBase), await additions('widget', apiBase)];
      return { head: lit.head + widget.head, body: lit.body + widget.body };
    }
    case 'lit-widget-no-hint': {
      const { head, body } = await additions('lit-widget', apiBase);
      return { head: head.replace('/widget/opin-support.js', noHintLauncher), body };
    }
    case 'lit-empty-module':
    case 'lit-minimal-launcher': {
      const lit = await additions('lit', apiBase);
      const control =
        name === 'lit-empty-module'
          ? { head: asyncModuleScript('/assets/empty-module.js'), body: '' }
          : {
              head: asyncModuleScript('/assets/minimal-launcher.js'),
              body: '<bench-minimal-launcher></bench-minimal-launcher>',
            };
      return { head: lit.head + control.head, body: lit.body + control.body };
    }
    case 'native-dialog':
      return {
        head: moduleScript('/assets/native-dialog.js'),
        body: await readFile(join(here, 'pages/native-dialog.html'), 'utf8'),
      };
  }
}

/**
 * Writes the pages and their scripts; the widget pages point at `apiBase`. `launcherFile` is the
 * built `opin-support.js`, copied without its first line for `lit-widget-no-hint`.
 */
export async function preparePages(apiBase: string, launcherFile: string): Promise<PreparedPages> {
  const directory = await mkdtemp(join(tmpdir(), 'opin-bench-pages-'));
  const remove = () => rm(directory, { recursive: true, force: true });
  try {
    const host = await readFile(join(here, 'pages/host.html'), 'utf8');
    for (const name of pageNames) {
      const { head, body } = await additions(name, apiBase);
      const html = host.replace('<!--bench:head-->', head).replace('<!--bench:body-->', body);
      await writeFile(join(directory, `${name}.html`), html);
    }
    await build({
      entryPoints: [
        'lit-button.js',
        'empty-module.js',
        'minimal-launcher.js',
        'native-dialog.ts',
      ].map((entry) => join(here, 'pages', entry)),
      outdir: join(directory, 'assets'),
      // `lit` is the widget's dependency, not the repository root's.
      nodePaths: [fileURLToPath(new URL('../../packages/widget/node_modules', import.meta.url))],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'error',
    });
    const launcher = await readFile(launcherFile, 'utf8');
    if (!launcher.startsWith('//# allFunctionsCalledOnLoad\n')) {
      throw new Error(`${launcherFile} does not start with the compile hint`);
    }
    const withoutHint = launcher.slice(launcher.indexOf('\n') + 1);
    await writeFile(join(directory, noHintLauncher), withoutHint);
    const probe = await build({
      entryPoints: [join(here, 'in-page/probe.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    const probeScript = probe.outputFiles[0]?.text ?? '';
    return { directory, probeScript, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
