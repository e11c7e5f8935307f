import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSupportClient } from '@opin/support-sdk';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the demo from source until `stopWhen` says so, then sends SIGTERM. */
function runDemo(args: string[], stopWhen: (stdout: string) => Promise<boolean>) {
  const child = spawn(
    process.execPath,
    ['--conditions=@opin/source', '--import', 'tsx', 'examples/serve/demo.ts', ...args],
    { cwd: repoRoot },
  );
  let stdout = '';
  let stderr = '';
  let checking = false;
  let finished = false;
  const check = () => {
    if (checking || finished) return;
    checking = true;
    const seen = stdout;
    void stopWhen(seen)
      .catch((error: unknown) => {
        stderr += `check failed: ${String(error)}\n`;
        return true;
      })
      .then((done) => {
        checking = false;
        finished = done;
        if (done) child.kill('SIGTERM');
        else if (stdout !== seen) check();
      });
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const urlAfter = (label: string, text: string) =>
  new RegExp(`${label}\\s+(http://\\S+)`).exec(text)?.[1];

describe('pnpm demo', () => {
  it('serves the examples and the mock API, prints the URLs and desk keys, stops on SIGTERM', async () => {
    const seen: Record<string, number | string> = {};
    const result = await runDemo(['--port', '0', '--api-port', '0'], async (stdout) => {
      if (!stdout.includes('Press Ctrl+C')) return false;
      const examples = urlAfter('Examples:', stdout) ?? '';
      const deskConsole = urlAfter('Desk console:', stdout) ?? '';
      const apiBase = urlAfter('API base:', stdout) ?? '';
      const index = await fetch(examples);
      seen['index'] = index.status;
      seen['indexBody'] = await index.text();
      const page = await fetch(deskConsole);
      seen['console'] = page.status;
      seen['consoleType'] = page.headers.get('content-type') ?? '';
      seen['consoleUrl'] = deskConsole;
      seen['apiBase'] = apiBase;
      seen['desks'] = (await createSupportClient({ baseUrl: apiBase }).listDesks()).length;
      return true;
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(seen['index']).toBe(200);
    expect(seen['indexBody']).toContain('href="./desk-console/"');
    expect(seen['console']).toBe(200);
    expect(seen['consoleType']).toBe('text/html; charset=utf-8');
    expect(seen['consoleUrl']).toBe(
      `${urlAfter('Examples:', result.stdout) ?? ''}desk-console/?api=${encodeURIComponent(String(seen['apiBase']))}`,
    );
    expect(seen['desks']).toBeGreaterThanOrEqual(8);
    expect(result.stdout).toMatch(/tampere\s+Tampere University\s+email\s+dev-tampere/);
    expect(result.stdout).toContain('Demo stopped.');
  });

  it('exits with code 2 and the usage on an unknown flag', async () => {
    const result = await runDemo(['--verbose'], () => Promise.resolve(false));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown argument "--verbose"');
    expect(result.stderr).toContain('Usage:');
  });
});
