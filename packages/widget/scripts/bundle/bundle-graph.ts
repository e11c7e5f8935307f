/**
 * `dist/meta.json`: the widget's built files as a browser loads them — which file imports which,
 * statically or by `import()` — and the exact bytes each source contributes to each file. Written
 * by the build (the plugin below) and read by the root size check (`scripts/size/`, `pnpm size`)
 * and the benchmarks (`bench/`). Not published (`package.json` `files`).
 * @internal
 */
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { bytesBySource } from './source-map-bytes.js';

type OutputChunk = Rolldown.OutputChunk;

/** One built JavaScript file. Paths are relative to the package (`dist/…`, `src/…`). */
export interface BuiltFile {
  /** The module it was built for (an entry or an `import()` target); null for a shared chunk. */
  entry: string | null;
  /** Files it imports statically: they load with it. */
  imports: string[];
  /** Files it loads later with `import()`. */
  dynamicImports: string[];
  /** Its size in bytes. */
  bytes: number;
  /**
   * Its bytes by source file, exact (from the build's source map): packages keep their path
   * under `node_modules`, the SDK is `../sdk/src/…`; `""` holds the bytes of no source (the
   * bundler's glue, the compile hint). They add up to `bytes`.
   */
  sources: Record<string, number>;
}

/** The whole graph, keyed by file (`dist/opin-support.js`, `dist/chunks/panel-….js`, …). */
export interface BundleGraph {
  files: Record<string, BuiltFile>;
}

/** The graph of `chunks`, written to `outDir`; paths relative to `packageDir`. */
export function bundleGraph(
  chunks: readonly OutputChunk[],
  outDir: string,
  packageDir: string,
): BundleGraph {
  const path = (fileName: string) => relative(packageDir, join(outDir, fileName));
  const files: Record<string, BuiltFile> = {};
  for (const chunk of chunks) {
    if (!chunk.map) throw new Error(`${chunk.fileName} has no source map to count its bytes by`);
    const sources: Record<string, number> = {};
    for (const [source, bytes] of bytesBySource(chunk.code, chunk.map)) {
      const name =
        source === null
          ? ''
          : relative(packageDir, resolve(outDir, dirname(chunk.fileName), source));
      sources[name] = (sources[name] ?? 0) + bytes;
    }
    files[path(chunk.fileName)] = {
      entry: chunk.facadeModuleId ? relative(packageDir, chunk.facadeModuleId) : null,
      imports: chunk.imports.map(path),
      dynamicImports: chunk.dynamicImports.map(path),
      bytes: Buffer.byteLength(chunk.code),
      sources,
    };
  }
  return { files };
}

/**
 * Writes {@link bundleGraph} as `fileName` into the build's output. It turns on source maps for
 * the build and takes them out of the output once counted: they are not shipped.
 */
export function writeBundleGraph(packageDir: string, fileName = 'meta.json'): Plugin {
  let outDir = '';
  return {
    name: 'opin:write-bundle-graph',
    config: () => ({ build: { sourcemap: 'hidden' } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const chunks = files.filter((file): file is OutputChunk => file.type === 'chunk');
      const graph = bundleGraph(chunks, outDir, packageDir);
      for (const { fileName: name } of files) {
        // The plugin API's way to leave a file out of the output.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        if (name.endsWith('.map')) delete bundle[name];
      }
      this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(graph, null, 2)}\n` });
    },
  };
}
