/** The command on PostgreSQL: keys through DATABASE_URL, the server ready, SIGTERM, a restart. */
import { describe, expect, it } from 'vitest';
import { processTestCeilingMs, runCli, startCli } from './support/cli-process.js';
import { describeOnPostgres, useFreshSchema } from './support/postgres.js';

describeOnPostgres('opin-support-server', () => {
  const schemaUrl = useFreshSchema();

  describe('on a database URL', () => {
    it(
      'creates a key, serves /readyz, stops on SIGTERM, and starts again without migrating',
      { timeout: processTestCeilingMs },
      async () => {
        const env = { DATABASE_URL: schemaUrl() };
        const created = await runCli(['keys', 'create', '--desk', 'aalto'], env);
        expect(created.code).toBe(0);
        expect(created.stdout.trim()).toMatch(/^opin_dk_[A-Za-z0-9_-]{43}$/);
        expect(created.stderr).not.toContain('opin_test:opin_test');

        for (const round of [1, 2]) {
          const server = startCli(['--port', '0'], { ...env, OPIN_DEMO: '1' });
          const { url } = await server.waitForLog('listening');
          await server.waitForLog('ready');
          const ready = await fetch(`${String(url)}/readyz`);
          expect(ready.status).toBe(200);
          const migrated = server.lines.filter((line) => line.msg === 'migration applied');
          // Applied by the keys command already: neither start migrates again.
          expect({ round, migrated: migrated.length }).toEqual({ round, migrated: 0 });
          server.child.kill('SIGTERM');
          expect(await server.exited).toBe(0);
          expect(server.lines.at(-1)?.msg).toBe('stopped');
        }

        const listed = await runCli(['keys', 'list'], env);
        expect(listed.stdout).toMatch(/^dk_[0-9a-f]{16}\s+aalto\s+created \S+\s+active$/m);
      },
    );
  });
});
