import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createSupportClient } from '@opin/support-sdk';
import { startDemo } from '@opin/tools/demo';
import { examplePages, pagePath } from '../site/pages.js';
import { siteDir } from '../site/site-paths.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the demo from source without `--json`; sends SIGTERM once `stopWhen` is true of stdout. */
function runDemoForPeople(args: string[], stopWhen: (stdout: string) => boolean) {
  const child = spawn(
    process.execPath,
    ['--conditions=@opin/source', '--import', 'tsx', 'examples/serve/demo.ts', ...args],
    { cwd: repoRoot },
  );
  let stdout = '';
  let stderr = '';
  let stopping = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!stopping && stopWhen(stdout)) {
      stopping = true;
      child.kill('SIGTERM');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('pnpm demo', () => {
  it('reports every page, the API and the desk keys in its ready line, serves them, and stops', async () => {
    const demo = await startDemo();
    const api = `?api=${encodeURIComponent(demo.apiBase)}`;
    try {
      expect(Object.keys(demo.pages)).toEqual(examplePages.map(pagePath));
      expect(demo.pages['']).toBe(`${demo.webBase}/`);
      const mail = `&mail=${encodeURIComponent(demo.mailCatcher?.api ?? '')}`;
      const hooks = `&hooks=${encodeURIComponent(demo.webhookReceiver?.api ?? '')}`;
      expect(demo.pages['desk-console/']).toBe(
        `${demo.webBase}/desk-console/${api}${mail}${hooks}`,
      );
      expect(demo.webhookReceiver?.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(demo.webhookReceiver?.hook).toBe(`${demo.webhookReceiver?.api ?? ''}/hooks`);
      expect(demo.webhookReceiver?.desk).toBe('opin');
      expect(demo.mailCatcher?.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(demo.mailCatcher?.smtp).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      expect(demo.mailCatcher?.inboundSmtp).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      expect(demo.pages['portal-opin/help.html']).toBe(
        `${demo.webBase}/portal-opin/help.html${api}`,
      );
      expect(demo.widget).toBe(`${demo.webBase}/widget/opin-support.js`);
      const desks = await createSupportClient({ baseUrl: demo.apiBase }).listDesks();
      expect(Object.keys(demo.deskKeys)).toEqual(desks.map((desk) => desk.id));
      expect(demo.deskKeys['tampere']).toBe('dev-tampere');
      // The built examples (pnpm build:examples), or vite's 404 while they are not built.
      const index = await fetch(`${demo.webBase}/`);
      const built = existsSync(join(siteDir, 'index.html'));
      expect(index.status).toBe(built ? 200 : 404);
      expect(await index.text()).toContain(built ? 'href="./desk-console/"' : '');
    } finally {
      await demo.stop();
    }
    await expect(fetch(`${demo.webBase}/`)).rejects.toThrow();
    await expect(fetch(`${demo.apiBase}/desks`)).rejects.toThrow();
    await expect(fetch(`${demo.mailCatcher?.api ?? ''}/messages`)).rejects.toThrow();
    await expect(fetch(`${demo.webhookReceiver?.api ?? ''}/webhooks`)).rejects.toThrow();
  });

  it("relays the server's e-mail to the mail catcher, which the examples' pages may read", async () => {
    const demo = await startDemo();
    try {
      const catcher = demo.mailCatcher?.api ?? '';
      await createSupportClient({ baseUrl: demo.apiBase }).createTicket({
        topicId: 'sign-in',
        origin: 'opin',
        language: 'fi',
        subject: 'Kirjautuminen ei onnistu',
        description: 'Sivu palaa aina etusivulle, kun yritän kirjautua.',
        contact: { email: 'catcher.test@example.fi' },
      });
      // The server delivers its outbox every second.
      await vi.waitFor(
        async () => {
          const response = await fetch(`${catcher}/messages`, {
            headers: { Origin: demo.webBase },
          });
          expect(response.headers.get('access-control-allow-origin')).toBe(demo.webBase);
          const { messages } = (await response.json()) as { messages: { to: string[] }[] };
          expect(messages.map((message) => message.to)).toContainEqual(['catcher.test@example.fi']);
        },
        { timeout: 30_000, interval: 200 },
      );
    } finally {
      await demo.stop();
    }
  });

  it('prints its banner for people without --json, and says when it stopped', async () => {
    const result = await runDemoForPeople(
      [
        ...['--port', '0', '--api-port', '0', '--mail-port', '0', '--hooks-port', '0'],
        ...['--data-dir', 'memory://'],
      ],
      (stdout) => stdout.includes('Press Ctrl+C'),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const apiBase = /API base:\s+(\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(apiBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    for (const page of examplePages) expect(result.stdout).toContain(`  ${page.label}:`);
    const mailCatcher = /Mail catcher:\s+(\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(mailCatcher).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const receiver = /Webhook receiver:\s+(\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(receiver).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(/Webhook of opin:\s+(\S+)\n/.exec(result.stdout)?.[1]).toBe(`${receiver}/hooks`);
    const query = (value: string) => encodeURIComponent(value).replace(/[.]/g, '\\.');
    expect(result.stdout).toMatch(
      new RegExp(
        `Desk console:\\s+http://127\\.0\\.0\\.1:\\d+/desk-console/\\?api=${query(apiBase)}&mail=${query(mailCatcher)}&hooks=${query(receiver)}\\n`,
      ),
    );
    expect(result.stdout).toMatch(/Mail catcher SMTP:\s+smtp:\/\/127\.0\.0\.1:\d+\n/);
    expect(result.stdout).toMatch(/Inbound SMTP:\s+smtp:\/\/127\.0\.0\.1:\d+\n/);
    expect(result.stdout).toMatch(
      /Widget:\s+http:\/\/127\.0\.0\.1:\d+\/widget\/opin-support\.js\n/,
    );
    expect(result.stdout).toMatch(/tampere\s+Tampere University\s+email\s+dev-tampere/);
    expect(result.stdout).toContain('The API keeps its tickets in memory');
    expect(result.stdout).not.toContain('{"ready"');
    expect(result.stdout).toContain('Opin.fi support demo: stopped.');
  });

  it('runs the support server: a ticket filed in the demo is still there after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'opin-demo-data-'));
    try {
      const first = await startDemo('built', { dataDir });
      let created;
      try {
        created = await createSupportClient({ baseUrl: first.apiBase }).createTicket({
          topicId: 'sign-in',
          origin: 'opin',
          language: 'fi',
          subject: 'Kirjautuminen ei onnistu',
          description: 'Sivu palaa aina etusivulle, kun yritän kirjautua.',
          contact: { email: 'oppija@example.fi' },
        });
      } finally {
        await first.stop();
      }
      const again = await startDemo('built', { dataDir });
      try {
        const ticket = await createSupportClient({ baseUrl: again.apiBase }).getTicket({
          id: created.ticket.id,
          accessToken: created.accessToken,
        });
        expect(ticket.subject).toBe('Kirjautuminen ei onnistu');
      } finally {
        await again.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('exits with code 2 and the usage on an unknown flag', async () => {
    const result = await runDemoForPeople(['--verbose'], () => false);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown argument "--verbose"');
    expect(result.stderr).toContain('Usage:');
  });
});
