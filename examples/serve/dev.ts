/**
 * `pnpm dev`: the mock API (port 4010) and vite's dev server on the examples' sources (port 4000)
 * with hot reload — the desk console, the React portal and the widget the portal pages load from
 * `/widget/opin-support.js` all come from TypeScript sources, so nothing needs building first.
 * Same flags and output as `pnpm demo`.
 *
 *   tsx --conditions=@opin/source examples/serve/dev.ts [--port N] [--api-port N] [--host HOST] [--json]
 */
import { startMockApi } from './demo-api.js';
import { runExamplesServer } from './run-examples-server.js';
import { startSourceSite } from './source-site.js';

runExamplesServer({
  title: 'Opin.fi support dev server',
  command: 'dev',
  startApi: startMockApi,
  startWeb: startSourceSite,
});
