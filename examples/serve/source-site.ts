/**
 * `pnpm dev`'s web server: vite's dev server on the examples' sources, with hot reload; the widget
 * and the SDK come from their TypeScript sources (`@opin/source`), so an edit in a package's
 * `src/` reloads the page too.
 * @internal
 */
import { createServer, mergeConfig } from 'vite';
import examplesConfig from '../vite.config.js';
import type { DemoOptions } from './demo-options.js';
import { withoutViteSigtermExit } from './vite-sigterm.js';
import { listeningUrl, type RunningWeb } from './web-server.js';

/** Serves the examples' sources on `options.port` (strictly: a busy port is an error). */
export async function startSourceSite(options: DemoOptions): Promise<RunningWeb> {
  const server = await withoutViteSigtermExit(async () => {
    const dev = await createServer(
      mergeConfig(examplesConfig, {
        configFile: false,
        logLevel: options.json ? 'warn' : 'info',
        server: { port: options.port, host: options.host, strictPort: true, open: false },
      }),
    );
    return dev.listen();
  });
  return {
    url: listeningUrl(server.httpServer),
    notes: ['Serving the sources with hot reload: the widget and the SDK from packages/*/src.'],
    close: () => server.close(),
  };
}
