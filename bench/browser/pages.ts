/**
 * The host pages the browser benchmark loads: one small portal page (`pages/host.html`) in several
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
 * README recommends. `lit-empty-module` and `lit-minimal-launcher` are controls for the script
 * budget: the lit page plus a module that does nothing, and plus the least a script-rendered
 * launcher can be (the facade control the budget judges `lit-widget` against). `react` is the page
 * with an application of its own, as portals have (a React course search), and `react-widget` the
 * same with the widget.
 */
export const pageNames = [
  'empty',
  'lit',
  'widget',
  'widget-no-async',
  'lit-widget',
  'lit-empty-module',
  'lit-minimal-launcher',
  'react',
  'react-widget',
  'native-dialog',
] as const;

/** One of the page variants. */
export type PageName = (typeof pageNames)[number];

/**
 * For each variant, the same page without what it adds: the baseline of its ratio in the tables
 * (the `empty` page has none).
 */
export const pageWithout: Readonly<Record<Exclude<PageName, 'empty'>, PageName>> = {
  lit: 'empty',
  widget: 'empty',
  'widget-no-async': 'empty',
  'lit-widget': 'lit',
  'lit-empty-module': 'lit',
  'lit-minimal-launcher': 'lit',
  react: 'empty',
  'react-widget': 'react',
  'native-dialog': 'empty',
};

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
    case 'react':
      return {
        head: moduleScript('/assets/react-portal.js'),
        body: '<div id="bench-react-root"></div>',
      };
    case 'react-widget': {
      const [react, widget] = [
        await additions('react', apiBase),
        await additions('widget', apiBase),
      ];
      return { head: react.head + widget.head, body: react.body + widget.body };
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

/** Writes the pages and their scripts; the widget pages point at `apiBase`. */
export async function preparePages(apiBase: string): Promise<PreparedPages> {
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
        'lit-button.ts',
        'empty-module.ts',
        'minimal-launcher.ts',
        'native-dialog.ts',
        'react-portal.ts',
      ].map((entry) => join(here, 'pages', entry)),
      outdir: join(directory, 'assets'),
      define: { 'process.env.NODE_ENV': '"production"' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'error',
    });
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
