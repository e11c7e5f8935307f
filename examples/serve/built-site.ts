/**
 * `pnpm demo`'s web server: vite's preview server on the built examples (`examples/dist/`, built by
 * `pnpm build:examples` with the widget's build copied to `/widget/`).
 * @internal
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mergeConfig, preview } from 'vite';
import examplesConfig from '../vite.config.js';
import { siteDir, widgetPath } from '../site/site-paths.js';
import type { DemoOptions } from './demo-options.js';
import { withoutViteSigtermExit } from './vite-sigterm.js';
import { listeningUrl, type RunningWeb } from './web-server.js';

/** Serves the built examples on `options.port` (strictly: a busy port is an error). */
export async function startBuiltSite(options: DemoOptions): Promise<RunningWeb> {
  const server = await withoutViteSigtermExit(() =>
    preview(
      mergeConfig(examplesConfig, {
        configFile: false,
        logLevel: options.json ? 'warn' : 'info',
        preview: { port: options.port, host: options.host, strictPort: true, open: false },
      }),
    ),
  );
  return {
    url: listeningUrl(server.httpServer),
    notes: missingBuilds(),
    close: () => server.close(),
  };
}

/** What the banner says about builds that are missing. */
function missingBuilds(): string[] {
  if (!existsSync(join(siteDir, 'index.html'))) {
    return ['The examples are not built: pnpm build:examples (pnpm demo builds everything).'];
  }
  if (!existsSync(join(siteDir, widgetPath))) {
    return ['The widget is not built: pnpm build, then pnpm build:examples.'];
  }
  return [];
}
