/**
 * What the inbound SMTP listener refuses cleanly, with its default size limit (1 MiB): a 10 MB
 * e-mail (552, never held whole), malformed MIME (text that cannot be decoded) and bytes that are no
 * e-mail at all (550) — each sent to a real reply address, so nothing but the message is wrong —
 * and it goes on serving the next client. A learner's replies share the widget's per-ticket write
 * limit. PGlite in memory.
 */
import { createSupportClient } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import type { OutboxEmail } from '@opin/support-sdk/schemas';
import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportServer } from '../src/server.js';
import { processTestCeilingMs } from './support/cli-process.js';
import { startDemoInMemory } from './support/demo-in-memory.js';
import { deliverInbound, inboundRefusalOf } from './support/inbound-smtp-client.js';

describe('the inbound listener’s limits (PGlite)', { timeout: processTestCeilingMs }, () => {
  let server: SupportServer;

  const refusalOf = (mail: SendMailOptions) => inboundRefusalOf(server.inboundMailPort ?? 0, mail);

  /** Tampere's reply address on a ticket handed to it: only the message itself is wrong. */
  let envelope: { from: string; to: string };
  /** The learner's reply address on the same ticket. */
  let learnerReplyTo: string;
  let version: () => Promise<number>;

  beforeAll(async () => {
    // One learner write a minute on a ticket, for the last test (the widget's limit).
    server = await startDemoInMemory({
      inboundMail: { port: 0 },
      api: { learnerWritesPerMinute: 1 },
    });
    await server.ready;
    const baseUrl = `${server.url}/api/v1`;
    const learner = createSupportClient({ baseUrl });
    const { ticket, accessToken } = await learner.createTicket({
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
      origin: 'opin',
      language: 'fi',
      subject: 'Arvosana puuttuu',
      description: 'Kurssin arvosana ei näy.',
      contact: { email: 'oppija@example.fi' },
    });
    await createDeskClient({ baseUrl, deskKey: 'dev-opin' }).requestHandoff(ticket.id, {
      to: 'tampere',
      mode: 'consult',
    });
    const outbox = (await (
      await fetch(`${baseUrl}/_mock/outbox?to=helpdesk@tuni.fi`)
    ).json()) as OutboxEmail[];
    envelope = { from: 'helpdesk@tuni.fi', to: outbox.at(-1)?.replyTo ?? '' };
    const learnerMails = (await (
      await fetch(`${baseUrl}/_mock/outbox?to=oppija@example.fi`)
    ).json()) as OutboxEmail[];
    learnerReplyTo = learnerMails.at(-1)?.replyTo ?? '';
    version = async () => (await learner.getTicket({ id: ticket.id, accessToken })).version;
  }, processTestCeilingMs);
  afterAll(() => server.close());

  it('refuses a 10 MB e-mail with 552', async () => {
    const text = `${'Liian pitkä vastaus. '.repeat(50)}\n`.repeat(10_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    const code = await refusalOf({
      ...envelope,
      subject: 'Re: Iso liite',
      text,
    });
    expect(code).toBe(552);
  });

  it('refuses malformed MIME and bytes that are no e-mail with 550, changing nothing, and serves the next client', async () => {
    const before = await version();
    const brokenMultipart = [
      'From: helpdesk@tuni.fi',
      `To: ${envelope.to}`,
      'Subject: Re: Rikki',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="never-closed"',
      '',
      '--never-closed',
      'Content-Type: text/plain; charset=no-such-charset',
      'Content-Transfer-Encoding: base64',
      '',
      '!!! ei base64:ää !!!',
    ].join('\r\n');
    expect(await refusalOf({ envelope, raw: brokenMultipart })).toBe(550);
    const noEmail = Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10, 0, 0, 7]);
    expect(await refusalOf({ envelope, raw: noEmail })).toBe(550);
    expect(await version()).toBe(before);
    // The listener is still there: the next client is answered (here, refused at RCPT).
    expect(
      await refusalOf({ from: 'x@example.net', to: 'nobody@opin.fi', subject: 'x', text: 'x' }),
    ).toBe(550);
  });

  it('takes a learner’s replies within the widget’s write limit, and asks the relay to try later (451) past it', async () => {
    const reply = {
      from: 'oppija@example.fi',
      to: learnerReplyTo,
      subject: 'Re: Arvosana puuttuu',
    };
    const before = await version();
    await deliverInbound(server.inboundMailPort ?? 0, {
      ...reply,
      text: 'Lisätieto: kurssi oli syksyllä.',
    });
    expect(await version()).toBe(before + 1);
    // Within the same minute of the server clock (the limit is 1 a minute here).
    expect(await refusalOf({ ...reply, text: 'Vielä yksi asia.' })).toBe(451);
    expect(await version()).toBe(before + 1);
  });
});
