/**
 * E-mail both ways over real SMTP on loopback (issue 19): a Finnish ticket transferred to an
 * e-mail desk reaches the desk as one e-mail through the relay, in the desk's language; the desk's
 * replies, sent to the server's inbound SMTP listener — HYVÄKSY, then its answer — take the
 * transfer, and the answer reaches the learner, in the widget's view and by e-mail. What must not be applied — a spoofed `From`, a forged reply tag,
 * another recipient, a message over the size limit, one that is no readable e-mail — is refused in
 * the SMTP session itself (the relay bounces it) and changes nothing; an automatic reply is taken
 * and ignored. PGlite in memory.
 */
import { createSupportClient, type TicketAccess } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { simpleParser } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportServer } from '../src/server.js';
import { processTestCeilingMs } from './support/cli-process.js';
import { startDemoInMemory } from './support/demo-in-memory.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

const deskEmail = 'helpdesk@tuni.fi';
const learnerEmail = 'oppija@example.fi';
const maxBytes = 64 * 1024;

describe('e-mail both ways over SMTP (PGlite)', { timeout: processTestCeilingMs }, () => {
  let sink: SmtpSink;
  let server: SupportServer;
  let learner: ReturnType<typeof createSupportClient>;
  let access: TicketAccess;
  /** The hand-off e-mail the desk got, parsed. */
  let handoff: Awaited<ReturnType<typeof simpleParser>>;

  /** Sends `mail` to the server's inbound listener, as the relay in front would. */
  async function deliverInbound(mail: SendMailOptions): Promise<void> {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.inboundMailPort ?? 0,
      secure: false,
      ignoreTLS: true,
    });
    try {
      await transport.sendMail({ to: 'handoff@opin.fi', ...mail });
    } finally {
      transport.close();
    }
  }

  /** The refusal `mail` gets: its SMTP reply code. */
  async function refusalOf(mail: SendMailOptions): Promise<number | undefined> {
    const error: unknown = await deliverInbound(mail).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error, 'the listener refused the message').toBeInstanceOf(Error);
    return (error as { responseCode?: number }).responseCode;
  }

  const version = async () => (await learner.getTicket(access)).version;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startDemoInMemory({
      mail: { smtpUrl: sink.url.href, intervalMs: 100 },
      inboundMail: { port: 0, maxBytes },
    });
    await server.ready;
    const baseUrl = `${server.url}/api/v1`;
    learner = createSupportClient({ baseUrl });
    const created = await learner.createTicket({
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
      origin: 'opin',
      language: 'fi',
      subject: 'Opintopisteet puuttuvat',
      description: 'Keväällä suorittamani kurssi ei näy opintosuorituksissani.',
      contact: { email: learnerEmail, name: 'Olli Oppija' },
    });
    access = { id: created.ticket.id, accessToken: created.accessToken };
    await createDeskClient({ baseUrl, deskKey: 'dev-opin' }).requestHandoff(access.id, {
      to: 'tampere',
      mode: 'transfer',
      note: 'Opintorekisterin korjaus kuuluu Tampereelle.',
    });
    handoff = await simpleParser((await sink.acceptedTo(deskEmail)).raw);
  }, processTestCeilingMs);
  afterAll(async () => {
    await server.close();
    await sink.close();
  });

  it('mails the transfer to the e-mail desk once, threaded on the ticket', () => {
    expect(sink.accepted.filter((mail) => mail.recipients.includes(deskEmail))).toHaveLength(1);
    expect(handoff.subject).toContain(`[${access.id} #`);
    expect(handoff.text).toContain('Opintorekisterin korjaus kuuluu Tampereelle.');
    // In Tampere's working language, with its deadline and the keywords.
    expect(handoff.text).toContain('Vastaa viimeistään');
    expect(handoff.text).toContain('HYVÄKSY');
    expect(handoff.references).toBe(`<${access.id}@opin.fi>`);
  });

  it('refuses a spoofed From, a forged reply tag, another recipient, too large a message and an unreadable one, changing nothing', async () => {
    const before = await version();
    const subject = `Re: ${handoff.subject ?? ''}`;
    expect(await refusalOf({ from: 'attacker@example.net', subject, text: 'Hoidettu.' })).toBe(550);
    expect(
      await refusalOf({
        from: deskEmail,
        subject: `Re: [${access.id} #aaaaaaaaaaaaaaaa] Opintopisteet`,
        text: 'Hoidettu.',
      }),
    ).toBe(550);
    expect(
      await refusalOf({ from: deskEmail, to: 'someone@opin.fi', subject, text: 'Hoidettu.' }),
    ).toBe(550);
    expect(
      await refusalOf({ from: deskEmail, subject, text: 'Pitkä vastaus. '.repeat(maxBytes / 8) }),
    ).toBe(552);
    expect(await refusalOf({ from: deskEmail, subject: '', text: 'Ei otsikkoa.' })).toBe(550);
    expect(await version()).toBe(before);
  });

  it('takes an automatic reply and ignores it', async () => {
    const before = await version();
    await deliverInbound({
      from: deskEmail,
      subject: `Automaattinen vastaus: ${handoff.subject ?? ''}`,
      text: 'Olen lomalla 14.12. asti.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    expect(await version()).toBe(before);
  });

  it('takes the desk’s HYVÄKSY, then its answer: the learner gets it in the widget and by e-mail in Finnish', async () => {
    const subject = `Re: ${handoff.subject ?? ''}`;
    /** The reply as a mail program writes it: the desk's text, then the quoted original. */
    const reply = (text: string) =>
      `${text}\n\n${(handoff.text ?? '')
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`;
    await deliverInbound({
      from: `Tampereen yliopiston palvelupiste <${deskEmail}>`,
      subject,
      text: reply('HYVÄKSY'),
      inReplyTo: handoff.messageId ?? '',
    });
    let ticket = await learner.getTicket(access);
    expect(ticket).toMatchObject({ owner: 'tampere' });
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'handoff_accepted', desk: 'tampere' });
    const messagesBefore = ticket.messages.length;

    const answer = 'Kurssisuorituksesi on nyt kirjattu opintorekisteriin.';
    await deliverInbound({
      from: deskEmail,
      subject,
      text: reply(
        `${answer}\n\nTerveisin\nPalvelupiste\n-- \nTampereen yliopisto | Palvelupiste\npuh. 0294 52 11 11`,
      ),
    });
    ticket = await learner.getTicket(access);
    expect(ticket).toMatchObject({ owner: 'tampere', status: 'in_progress' });
    expect(ticket.messages).toHaveLength(messagesBefore + 1);
    expect(ticket.messages.at(-1)?.body).toContain(answer);
    expect(ticket.messages.at(-1)?.body).not.toContain('Opintorekisterin korjaus');
    // Neither the quoted original nor the signature reaches the learner; the sign-off does.
    expect(ticket.messages.at(-1)?.body).toContain('Terveisin\nPalvelupiste');
    expect(ticket.messages.at(-1)?.body).not.toContain('puh.');

    // The confirmation was the learner's first e-mail; the answer is the next.
    const mailed = await simpleParser((await sink.acceptedTo(learnerEmail, 2)).raw);
    expect(mailed.text).toContain(answer);
    expect(mailed.subject).toContain(access.id);
    expect(mailed.references).toBe(`<${access.id}@opin.fi>`);
    expect(mailed.text).toMatch(/\b(tukipyyntö|tukipyyntöösi|vastaus|Hei)\b/i);
  });
});
