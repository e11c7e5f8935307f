/**
 * `pnpm demo`: the support server with the demo config (port 4010; its tickets in
 * `.opin-data/demo`, kept across restarts) and the built examples (port 4000, vite's preview
 * server: the example index, the desk console, the portal pages, and the widget's build under
 * `/widget/`). Prints every address and desk key (or with `--json` one ready line); Ctrl+C or
 * SIGTERM stops both servers. `pnpm demo` builds the packages and the examples first.
 *
 *   tsx examples/serve/demo.ts [--port N] [--api-port N] [--host HOST] [--data-dir DIR] [--json]
 */
import { startBuiltSite } from './built-site.js';
import { startDemoServer } from './demo-api.js';
import { runExamplesServer } from './run-examples-server.js';

runExamplesServer({
  title: 'Opin.fi support demo',
  command: 'demo',
  startApi: startDemoServer,
  startWeb: startBuiltSite,
});
