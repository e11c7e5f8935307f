/**
 * `pnpm demo`: the support server with the demo config (port 4010; its tickets in
 * `.opin-data/demo`, kept across restarts), its mail catcher (port 4011: the server's outgoing
 * mail, which the desk console shows and answers over SMTP to the server's inbound port;
 * `./mail-catcher/`) and the built examples (port 4000, vite's preview server: the example index,
 * the desk console, the portal pages, and the widget's build under `/widget/`). Prints every
 * address and desk key (or with `--json` one ready line); Ctrl+C or SIGTERM stops them all.
 * `pnpm demo` builds the packages and the examples first.
 *
 *   tsx examples/serve/demo.ts [--port N] [--api-port N] [--mail-port N] [--host HOST]
 *                              [--data-dir DIR] [--json]
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
