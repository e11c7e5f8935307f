/**
 * E-mail both ways over real SMTP on loopback (issue 19), on the database a test file names. A
 * Finnish ticket transferred to an e-mail desk reaches the desk as one e-mail through the relay, in
 * the desk's language, with its reply address as Reply-To. The desk's replies, sent to the
 * server's inbound SMTP listener — HYVÄKSY to `handoff@` with the tag in the subject (for tools
 * that answer the sender), then its answer to the reply address — take the transfer, and the
 * answer reaches the learner, in the widget's view and by e-mail. The learner replies to that
 * e-mail: the reply joins the thread as a widget message would, reopens the resolved ticket and
 * reaches the desk. What must not be applied — a spoofed `From` (to the desk's or the learner's
 * reply address), a forged reply tag (in an address or a subject), another recipient, a message
 * over the size limit, one that is no readable e-mail — is refused in the SMTP session itself (the
 * relay bounces it) and changes nothing; an automatic reply is taken and ignored. Use case 4 by
 * e-mail: the desk hands a ticket it owns to Opin.fi by replying SIIRRÄ OPIN, and is told by
 * e-mail when Opin.fi takes it.
 */
import { createSupportClient, type TicketAccess } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportServer } from '../../src/server.js';
import type { DatabaseTarget } from '../../src/storage/target.js';
import { processTestCeilingMs } from './cli-process.js';
import { startDemoInMemory } from './demo-in-memory.js';
import { deliverInbound, inboundRefusalOf } from './inbound-smtp-client.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

const deskEmail = 'helpdesk@tuni.fi';
const learnerEmail = 'oppija@example.fi';
const maxBytes = 64 * 1024;

/** The address a parsed e-mail asks replies to go to. */
function replyToOf(mail: ParsedMail): string {
  const address = mail.replyTo?.value[0]?.address;
  expect(address, 'the e-mail has a Reply-To').toBeDefined();
  return address ?? '';
}

/** The reply as a mail program writes it: the text, then the quoted original. */
function quoting(original: ParsedMail, text: string): string {
  const quoted = (original.text ?? '')
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `${text}\n\n${quoted}`;
}

/** The suite, on the database `database()` names when the suite starts. */
export function mailRoundTripSuite(database: () => DatabaseTarget): void {
  describe('e-mail both ways over SMTP', { timeout: processTestCeilingMs }, () => {
    let sink: SmtpSink;
    let server: SupportServer;
    let learner: ReturnType<typeof createSupportClient>;
    let access: TicketAccess;
    /** The hand-off e-mail the desk got, parsed. */
    let handoff: ParsedMail;

    /** Sends `mail` to the server's inbound listener (to `handoff@` unless it says otherwise). */
    const deliver = (mail: SendMailOptions) =>
      deliverInbound(server.inboundMailPort ?? 0, { to: 'handoff@opin.fi', ...mail });

    /** The refusal `mail` gets: its SMTP reply code. */
    const refusalOf = (mail: SendMailOptions) =>
      inboundRefusalOf(server.inboundMailPort ?? 0, { to: 'handoff@opin.fi', ...mail });

    const version = async () => (await learner.getTicket(access)).version;

    beforeAll(async () => {
      sink = await startSmtpSink();
      server = await startDemoInMemory({
        database: database(),
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

    it('mails the transfer to the e-mail desk once, threaded on the ticket, with its reply address', () => {
      expect(sink.accepted.filter((mail) => mail.recipients.includes(deskEmail))).toHaveLength(1);
      expect(handoff.subject).toContain(`[${access.id} #`);
      expect(handoff.text).toContain('Opintorekisterin korjaus kuuluu Tampereelle.');
      // In Tampere's working language, with its deadline and the keywords.
      expect(handoff.text).toContain('Vastaa viimeistään');
      expect(handoff.text).toContain('HYVÄKSY');
      expect(handoff.references).toBe(`<${access.id}@opin.fi>`);
      // The reply address carries the same tag as the subject.
      const tag = /#([0-9a-z]{16})\]/.exec(handoff.subject ?? '')?.[1];
      expect(replyToOf(handoff)).toBe(`reply+${access.id}.${tag ?? '?'}@opin.fi`);
    });

    it('refuses a spoofed From, a forged reply tag, another recipient, too large a message and an unreadable one, changing nothing', async () => {
      const before = await version();
      const subject = `Re: ${handoff.subject ?? ''}`;
      const replyTo = replyToOf(handoff);
      expect(await refusalOf({ from: 'attacker@example.net', subject, text: 'Hoidettu.' })).toBe(
        550,
      );
      expect(
        await refusalOf({ from: 'attacker@example.net', to: replyTo, subject, text: 'Hoidettu.' }),
      ).toBe(550);
      expect(
        await refusalOf({
          from: deskEmail,
          subject: `Re: [${access.id} #aaaaaaaaaaaaaaaa] Opintopisteet`,
          text: 'Hoidettu.',
        }),
      ).toBe(550);
      expect(
        await refusalOf({
          from: deskEmail,
          to: `reply+${access.id}.aaaaaaaaaaaaaaaa@opin.fi`,
          subject,
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
      await deliver({
        from: deskEmail,
        to: replyToOf(handoff),
        subject: `Automaattinen vastaus: ${handoff.subject ?? ''}`,
        text: 'Olen lomalla 14.12. asti.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      expect(await version()).toBe(before);
    });

    it('takes the desk’s HYVÄKSY, then its answer: the learner gets it in the widget and by e-mail in Finnish', async () => {
      await deliver({
        from: `Tampereen yliopiston palvelupiste <${deskEmail}>`,
        subject: `Re: ${handoff.subject ?? ''}`,
        text: quoting(handoff, 'HYVÄKSY'),
        inReplyTo: handoff.messageId ?? '',
      });
      let ticket = await learner.getTicket(access);
      expect(ticket).toMatchObject({ owner: 'tampere' });
      expect(ticket.timeline.at(-1)).toMatchObject({ type: 'handoff_accepted', desk: 'tampere' });
      const messagesBefore = ticket.messages.length;

      const answer = 'Kurssisuorituksesi on nyt kirjattu opintorekisteriin.';
      await deliver({
        from: deskEmail,
        to: replyToOf(handoff),
        // A tool that rewrites the subject: the reply address alone carries the tag.
        subject: `VS: Opintopisteet puuttuvat (tiketti 4711)`,
        text: quoting(
          handoff,
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
      expect(mailed.text).toContain('Voit vastata suoraan tähän viestiin');
      expect(replyToOf(mailed)).toMatch(
        new RegExp(`^reply\\+${access.id}\\.[0-9a-z]{16}@opin\\.fi$`),
      );
      expect(replyToOf(mailed)).not.toBe(replyToOf(handoff));
    });

    it('takes the learner’s reply by e-mail: it joins the thread, reopens the resolved ticket and reaches the desk', async () => {
      await deliver({
        from: deskEmail,
        to: replyToOf(handoff),
        subject: `Re: ${handoff.subject ?? ''}`,
        text: 'RATKAISTU',
      });
      expect(await learner.getTicket(access)).toMatchObject({ status: 'resolved' });
      const answerMail = await simpleParser((await sink.acceptedTo(learnerEmail, 2)).raw);
      const learnerReplyTo = replyToOf(answerMail);

      // Only from the address the ticket was filed with.
      const before = await version();
      expect(
        await refusalOf({
          from: 'someone.else@example.fi',
          to: learnerReplyTo,
          subject: `Re: ${answerMail.subject ?? ''}`,
          text: 'Kiitos!',
        }),
      ).toBe(550);
      expect(await version()).toBe(before);

      const question = 'Kiitos! Näkyykö suoritus myös Oma Opintopolussa?';
      await deliver({
        from: `Olli Oppija <${learnerEmail}>`,
        to: learnerReplyTo,
        subject: `Re: ${answerMail.subject ?? ''}`,
        text: quoting(answerMail, `${question}\n\nLähetetty iPhonesta`),
        inReplyTo: answerMail.messageId ?? '',
      });
      const ticket = await learner.getTicket(access);
      expect(ticket.messages.at(-1)).toMatchObject({
        author: { kind: 'learner' },
        body: question,
      });
      // As a message from the widget would: the resolved ticket is open again.
      expect(ticket.status).not.toBe('resolved');
      expect(ticket.timeline.at(-1)).toMatchObject({ type: 'message' });
      expect(ticket.timeline.map((event) => event.type)).toContain('reopened');
      // Tampere owns it and works by e-mail: the learner's words reach it, in its language.
      const forwarded = await simpleParser((await sink.acceptedTo(deskEmail, 2)).raw);
      expect(forwarded.text).toContain(question);
      expect(replyToOf(forwarded)).toBe(replyToOf(handoff));
    });

    it('use case 4 by e-mail: the desk hands its own ticket to Opin.fi with SIIRRÄ OPIN, and hears when it is taken', async () => {
      const baseUrl = `${server.url}/api/v1`;
      const toDesk = () => sink.accepted.filter((mail) => mail.recipients.includes(deskEmail));
      const before = toDesk().length;
      // Filed through Tampere's own portal: Tampere owns it from the start.
      const { ticket } = await learner.createTicket({
        topicId: 'sign-in',
        institutionId: 'tampere',
        origin: 'tampere',
        language: 'fi',
        subject: 'Opin.fi-tunnus ei toimi',
        description: 'Kirjautuminen Opin.fi-palveluun päättyy virheeseen.',
        contact: { email: 'toinen.oppija@example.fi' },
      });
      const newTicket = await simpleParser((await sink.acceptedTo(deskEmail, before + 1)).raw);
      expect(newTicket.subject).toContain(ticket.id);
      expect(newTicket.text).toContain('SIIRRÄ OPIN');
      await deliver({
        from: deskEmail,
        to: replyToOf(newTicket),
        subject: `Re: ${newTicket.subject ?? ''}`,
        text: quoting(newTicket, 'SIIRRÄ OPIN\nOpin.fi-tunnukset ovat teidän hoidossanne.'),
      });
      const opin = createDeskClient({ baseUrl, deskKey: 'dev-opin' });
      expect((await opin.getTicket(ticket.id)).handoff).toMatchObject({
        from: 'tampere',
        to: 'opin',
        mode: 'transfer',
        state: 'pending',
      });
      await opin.acceptHandoff(ticket.id);
      const taken = await simpleParser((await sink.acceptedTo(deskEmail, before + 2)).raw);
      expect(taken.subject).toContain(ticket.id);
      expect(taken.text).toContain(`otti siirtämäsi tukipyynnön ${ticket.id} hoitaakseen`);
      expect(taken.references).toBe(`<${ticket.id}@opin.fi>`);
    });
  });
}
