/**
 * The mock server as its own Node process (its CLI, built): for the load benchmark, so the load
 * generator does not share an event loop with it, and for `pnpm test:api:external`, which runs the
 * API tests against a URL.
 * @internal
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deskKeyFor } from '@opin/support-mock-server/node';
import { desks } from '@opin/support-mock-server';

const cli = fileURLToPath(new URL('../packages/mock-server/dist/cli.js', import.meta.url));

/** A mock server running in a child process. */
export interface ServerProcess {
  apiBase: string;
  deskKeys: Record<string, string>;
  /** Stops the process (SIGTERM) and waits for it to exit. */
  close(): Promise<void>;
}

/** Starts `opin-support-mock-server --port 0 <args>` and waits until it prints its address. */
export async function startServerProcess(args: readonly string[]): Promise<ServerProcess> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` first`);
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  let output = '';
  const apiBase = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const address = /^API base: (\S+)$/m.exec(output)?.[1];
      if (address) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`the mock server exited (${code}): ${output}`)));
    child.once('error', reject);
  });
  return {
    apiBase,
    deskKeys: Object.fromEntries(desks.map((desk) => [desk.id, deskKeyFor(desk.id)])),
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
