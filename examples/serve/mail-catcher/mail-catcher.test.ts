/**
 * The demo mail catcher over real SMTP and HTTP on loopback: what the sink takes is listed with
 * its headers, an answer reaches the inbound listener addressed as a desk's mail client would
 * address it, a refusal comes back with its code, and oversized input is refused.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxRequestBytes } from './catcher-http.js';
import type { CaughtMail } from './caught-mails.js';
import { startMailCatcher, type RunningMailCatcher } from './mail-catcher.js';

const examples = 'http://127.0.0.1:4000';

/** An inbound listener standing in for the support server's: it keeps or refuses each message. */
async function startInbound(refuse?: { code: number; text: string }) {
  const received: { mail: ParsedMail; recipients: string[] }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refuse)
            return callback(Object.assign(new Error(refuse.text), { responseCode: refuse.code }));
          received.push({ mail, recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
          callback(null, 'Applied to OPIN-123456789012');
        })
        .catch(callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function sendToSink(catcher: RunningMailCatcher, message: SendMailOptions) {
  const transport = nodemailer.createTransport({ url: catcher.smtpUrl, ignoreTLS: true });
  try {
    return await transport.sendMail(message);
  } finally {
    transport.close();
  }
}

async function listed(catcher: RunningMailCatcher): Promise<CaughtMail[]> {
  const response = await fetch(`${catcher.apiUrl}/messages`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: CaughtMail[] }).messages;
}

function postAnswer(
  catcher: RunningMailCatcher,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${catcher.apiUrl}/answers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const handoff: SendMailOptions = {
  from: 'handoff@opin.fi',
  to: 'helpdesk@tuni.fi',
  replyTo: 'reply+OPIN-123456789012.abc@opin.fi',
  subject: '[OPIN-123456789012 #0123456789abcdef] Kirjautuminen ei onnistu',
  text: 'Opin.fi-tuki siirtää sinulle tukipyynnön.\n',
  messageId: '<OPIN-123456789012.mail-1@opin.fi>',
  inReplyTo: '<OPIN-123456789012@opin.fi>',
  references: ['<OPIN-123456789012@opin.fi>'],
};

describe('the demo mail catcher', () => {
  let catcher: RunningMailCatcher;
  beforeEach(async () => {
    catcher = await startMailCatcher({
      host: '127.0.0.1',
      httpPort: 0,
      keep: 3,
      maxMessageBytes: 64 * 1024,
    });
    catcher.allowOrigin(examples);
  });
  afterEach(() => catcher.close());

  it('lists a message its sink took, newest first, with its headers', async () => {
    await sendToSink(catcher, handoff);
    await sendToSink(catcher, {
      from: 'handoff@opin.fi',
      to: 'oppija@example.fi',
      subject: 'Toinen',
      text: 'B',
    });
    const [newest, first] = await listed(catcher);
    expect(newest?.subject).toBe('Toinen');
    expect(first?.id).toMatch(/^\d+$/);
    expect(first?.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect({ ...first, id: '', date: '' }).toEqual({
      id: '',
      date: '',
      from: 'handoff@opin.fi',
      to: ['helpdesk@tuni.fi'],
      replyTo: 'reply+OPIN-123456789012.abc@opin.fi',
      subject: '[OPIN-123456789012 #0123456789abcdef] Kirjautuminen ei onnistu',
      text: 'Opin.fi-tuki siirtää sinulle tukipyynnön.\n',
      messageId: '<OPIN-123456789012.mail-1@opin.fi>',
      inReplyTo: '<OPIN-123456789012@opin.fi>',
      references: ['<OPIN-123456789012@opin.fi>'],
    });
  });

  it('keeps only the newest messages', async () => {
    for (const n of [1, 2, 3, 4]) {
      await sendToSink(catcher, {
        from: 'handoff@opin.fi',
        to: 'a@example.fi',
        subject: `M${n}`,
        text: '.',
      });
    }
    expect((await listed(catcher)).map((mail) => mail.subject)).toEqual(['M4', 'M3', 'M2']);
  });

  it('refuses a message larger than its limit with 552, and keeps nothing of it', async () => {
    await expect(
      sendToSink(catcher, { ...handoff, text: 'x'.repeat(70 * 1024) }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await listed(catcher)).toEqual([]);
  });

  it('answers over SMTP to the Reply-To, with Re: and In-Reply-To, and returns the server’s answer', async () => {
    const inbound = await startInbound();
    try {
      catcher.sendAnswersTo({ host: '127.0.0.1', port: inbound.port });
      await sendToSink(catcher, handoff);
      const response = await postAnswer(
        catcher,
        { messageId: handoff.messageId, from: 'helpdesk@tuni.fi', text: 'HYVÄKSY\nHei! Autamme.' },
        { Origin: examples },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(examples);
      const outcome = (await response.json()) as { accepted: boolean; response: string };
      expect(outcome.accepted).toBe(true);
      expect(outcome.response).toMatch(/^250 .*Applied to OPIN-123456789012/);
      const [answer] = inbound.received;
      expect(answer?.recipients).toEqual(['reply+OPIN-123456789012.abc@opin.fi']);
      expect(answer?.mail.from?.value[0]?.address).toBe('helpdesk@tuni.fi');
      expect(answer?.mail.subject).toBe(`Re: ${String(handoff.subject)}`);
      expect(answer?.mail.inReplyTo).toBe(handoff.messageId);
      expect(answer?.mail.references).toEqual(['<OPIN-123456789012@opin.fi>', handoff.messageId]);
      expect(answer?.mail.text).toBe('HYVÄKSY\nHei! Autamme.\n');
    } finally {
      await inbound.close();
    }
  });

  it('answers to the From when the message has no Reply-To', async () => {
    const inbound = await startInbound();
    try {
      catcher.sendAnswersTo({ host: '127.0.0.1', port: inbound.port });
      await sendToSink(catcher, { ...handoff, replyTo: undefined });
      const response = await postAnswer(catcher, {
        messageId: handoff.messageId,
        from: 'helpdesk@tuni.fi',
        text: 'HYVÄKSY',
      });
      expect(await response.json()).toMatchObject({ accepted: true });
      expect(inbound.received[0]?.recipients).toEqual(['handoff@opin.fi']);
    } finally {
      await inbound.close();
    }
  });

  it('returns a refusal’s code and text', async () => {
    const inbound = await startInbound({
      code: 550,
      text: '5.7.1 Not from the address of an e-mail desk.',
    });
    try {
      catcher.sendAnswersTo({ host: '127.0.0.1', port: inbound.port });
      await sendToSink(catcher, handoff);
      const response = await postAnswer(catcher, {
        messageId: handoff.messageId,
        from: 'someone@example.fi',
        text: 'HYVÄKSY',
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        accepted: false,
        code: 550,
        response: '550 5.7.1 Not from the address of an e-mail desk.',
      });
    } finally {
      await inbound.close();
    }
  });

  it('refuses oversized, malformed and unknown answers, and answers from another origin', async () => {
    await sendToSink(catcher, handoff);
    const valid = { messageId: handoff.messageId, from: 'helpdesk@tuni.fi', text: 'HYVÄKSY' };
    expect((await postAnswer(catcher, 'x'.repeat(maxRequestBytes + 1))).status).toBe(413);
    const long = await postAnswer(catcher, { ...valid, text: 'x'.repeat(10_001) });
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await postAnswer(catcher, { ...valid, from: 'not an address' })).status).toBe(400);
    expect((await postAnswer(catcher, '{')).status).toBe(400);
    expect((await postAnswer(catcher, { ...valid, messageId: '<other@opin.fi>' })).status).toBe(
      404,
    );
    const foreign = await postAnswer(catcher, valid, { Origin: 'https://elsewhere.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    // The support server's inbound port is not known yet.
    expect((await postAnswer(catcher, valid)).status).toBe(503);
  });
});
