/**
 * A restart during delivery loses no e-mail and sends none twice (issue 19): the server, as its
 * own process with `--smtp-url`, is killed with SIGKILL while the relay holds back its answer to
 * the confirmation of a new ticket, and started again on the same data directory. The relay never
 * accepted the cut-off attempt; the restarted server sends the e-mail again, with the same
 * Message-ID, and the relay accepts it once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSupportClient } from '@opin/support-sdk';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/open.js';
import { processTestCeilingMs, startCli, type CliProcess } from './support/cli-process.js';
import { silentLog } from './support/silent-log.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

describe('a restart during delivery (PGlite)', { timeout: processTestCeilingMs }, () => {
  let dataDir = '';
  let sink: SmtpSink;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'opin-mail-restart-'));
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function started(): Promise<{ cli: CliProcess; url: string }> {
    const cli = startCli([
      '--demo',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--smtp-url',
      sink.url.href,
    ]);
    const ready = await cli.waitForLog('ready');
    return { cli, url: String(ready['url']) };
  }

  it('sends the e-mail it was sending when killed once, after the restart', async () => {
    sink.script('hold');
    const first = await started();
    const { ticket } = await createSupportClient({ baseUrl: `${first.url}/api/v1` }).createTicket({
      topicId: 'sign-in',
      origin: 'opin',
      language: 'fi',
      subject: 'En pääse kirjautumaan',
      description: 'Kirjautuminen katkeaa virheeseen.',
      contact: { email: 'oppija@example.fi' },
    });
    await sink.receivedCount(1);
    first.cli.child.kill('SIGKILL');
    await first.cli.exited;
    expect(sink.accepted).toHaveLength(0);

    const second = await started();
    await sink.receivedCount(2);
    second.cli.child.kill('SIGTERM');
    expect(await second.cli.exited).toBe(0);

    expect(sink.accepted).toHaveLength(1);
    const mail = await simpleParser(sink.accepted[0]?.raw ?? '');
    expect(mail.subject).toContain(ticket.id);
    expect(mail.messageId).toMatch(new RegExp(`^<${ticket.id}\\.mail-\\d+@opin\\.fi>$`));
    const opened = await openStorage({ kind: 'embedded', dataDir }, silentLog);
    try {
      const rows = await opened.db.selectFrom('outbox').selectAll().execute();
      expect(rows.map((row) => [row.state, row.attempts])).toEqual([['sent', 2]]);
    } finally {
      await opened.close();
    }
  });
});
