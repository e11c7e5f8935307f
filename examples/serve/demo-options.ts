/**
 * The flags and environment variables of `pnpm demo` and `pnpm dev`: where the examples and the
 * API listen, where the demo's API keeps its data, and whether to announce them to people or to a
 * program.
 * @internal
 */
import { readyFlag } from '@opin/tools/ready-line';

/** Where the demo listens. */
export interface DemoOptions {
  /** The examples (and the widget under `/widget/`). `0` = any free port. */
  port: number;
  /** The API. `0` = any free port. */
  apiPort: number;
  /**
   * The HTTP API of `pnpm demo`'s mail catcher (examples/serve/mail-catcher). `0` = any free port.
   * `pnpm dev` has no catcher and ignores it.
   */
  mailPort: number;
  /**
   * `pnpm demo`'s webhook receiver (examples/serve/webhook-receiver), whose pushes the desk
   * console shows. `0` = any free port. `pnpm dev` has none and ignores it.
   */
  hooksPort: number;
  host: string;
  /**
   * Where `pnpm demo`'s API keeps its data (an embedded PGlite directory; `memory://` keeps
   * nothing). `pnpm dev`'s mock keeps its tickets in memory and ignores it.
   */
  dataDir: string;
  /** Print the ready line (tools/src/processes/ready-line.ts) instead of the banner. */
  json: boolean;
}

/** What the command line asked for. */
export type DemoCommand = { kind: 'serve'; options: DemoOptions } | { kind: 'help' };

/** A flag the demo does not understand. */
export class DemoUsageError extends Error {
  override readonly name = 'DemoUsageError';
}

/** Where `pnpm demo`'s API keeps its data unless told. */
export const defaultDemoDataDir = '.opin-data/demo';

export const demoUsage = `Usage: pnpm demo [--port N] [--api-port N] [--mail-port N] [--hooks-port N] [--host HOST]
                 [--data-dir DIR] [--json]
       pnpm dev  [--port N] [--api-port N] [--host HOST] [--json]

  --port N        the examples and the widget (default 4000, env DEMO_PORT; 0 = any free port)
  --api-port N    the API (default 4010, env DEMO_API_PORT; 0 = any free port): the support
                  server for pnpm demo, the mock server for pnpm dev
  --mail-port N   pnpm demo's mail catcher, whose messages the desk console shows (default
                  4011, env DEMO_MAIL_PORT; 0 = any free port); its SMTP ports are picked free
  --hooks-port N  pnpm demo's webhook receiver, which the desk console shows (default 4012,
                  env DEMO_HOOKS_PORT; 0 = any free port)
  --host HOST     interface for both (default 127.0.0.1, env DEMO_HOST)
  --data-dir DIR  where pnpm demo's API keeps its tickets (default ${defaultDemoDataDir},
                  env DEMO_DATA_DIR; memory:// keeps nothing)
  --json          print one JSON line {"ready": {…}} once both listen, instead of the banner
  --help          this text`;

const flags = ['--port', '--api-port', '--mail-port', '--hooks-port', '--host', '--data-dir'];

/** Reads flags, falling back to the environment, then to the defaults. */
export function parseDemoArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): DemoCommand {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i] ?? '';
    if (flag === '--') continue;
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === readyFlag) {
      values.set(flag, 'true');
      continue;
    }
    const [name, inline] = flag.split('=', 2) as [string, string | undefined];
    if (!flags.includes(name)) {
      throw new DemoUsageError(`Unknown argument "${flag}".`);
    }
    const value = inline ?? args[(i += 1)];
    if (value === undefined) throw new DemoUsageError(`${name} needs a value.`);
    values.set(name, value);
  }
  return {
    kind: 'serve',
    options: {
      port: readPort('--port', values.get('--port') ?? env['DEMO_PORT'] ?? '4000'),
      apiPort: readPort('--api-port', values.get('--api-port') ?? env['DEMO_API_PORT'] ?? '4010'),
      mailPort: readPort(
        '--mail-port',
        values.get('--mail-port') ?? env['DEMO_MAIL_PORT'] ?? '4011',
      ),
      hooksPort: readPort(
        '--hooks-port',
        values.get('--hooks-port') ?? env['DEMO_HOOKS_PORT'] ?? '4012',
      ),
      host: values.get('--host') ?? env['DEMO_HOST'] ?? '127.0.0.1',
      dataDir: readDataDir(values.get('--data-dir') ?? env['DEMO_DATA_DIR'] ?? defaultDemoDataDir),
      json: values.has(readyFlag),
    },
  };
}

function readDataDir(text: string): string {
  if (text.trim() === '') throw new DemoUsageError('--data-dir needs a directory.');
  return text;
}

function readPort(name: string, text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) {
    throw new DemoUsageError(`${name} needs a port number from 0 to 65535, not "${text}".`);
  }
  return port;
}
