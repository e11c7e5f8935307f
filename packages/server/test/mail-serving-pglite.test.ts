/**
 * The server with `--smtp-url`: what the rules write to the outbox reaches a relay on loopback, in
 * the ticket's language, threaded on the ticket (PGlite in memory; the sender's retries and claims
 * are in `./support/mail-delivery-suite.ts`).
 */
import { createSupportClient } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportServer } from '../src/server.js';
import { processTestCeilingMs } from './support/cli-process.js';
import { startDemoInMemory } from './support/demo-in-memory.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

describe(
  'the server delivering its e-mail over SMTP (PGlite)',
  { timeout: processTestCeilingMs },
  () => {
    let sink: SmtpSink;
    let server: SupportServer;
    beforeAll(async () => {
      sink = await startSmtpSink();
      server = await startDemoInMemory({
        // Looked for often, so the test waits little for the loop.
        mail: { smtpUrl: sink.url.href, intervalMs: 100 },
      });
      await server.ready;
    }, processTestCeilingMs);
    afterAll(async () => {
      await server.close();
      await sink.close();
    });

    it('confirms a new ticket to the learner in its language, and threads the desk’s answer on it', async () => {
      const baseUrl = `${server.url}/api/v1`;
      const { ticket } = await createSupportClient({ baseUrl }).createTicket({
        topicId: 'credits-and-grades',
        institutionId: 'helsinki',
        origin: 'opin',
        language: 'sv',
        subject: 'Mina studiepoäng syns inte',
        description: 'Kursen jag gick i våras syns inte bland mina prestationer.',
        contact: { email: 'studerande@example.fi', name: 'Stina Studerande' },
      });
      await sink.receivedCount(1);
      const confirmation = await simpleParser(sink.accepted[0]?.raw ?? '');
      expect(sink.accepted[0]?.recipients).toEqual(['studerande@example.fi']);
      expect(confirmation.subject).toContain(ticket.id);
      expect(confirmation.text).toContain(ticket.id);
      // Swedish, and nothing the filer wrote (api.md, "Confirmation e-mail").
      expect(confirmation.text).toMatch(/\b(och|din|ditt)\b/);
      expect(confirmation.text).not.toContain('Mina studiepoäng');
      const thread = `<${ticket.id}@opin.fi>`;
      expect(confirmation.references).toBe(thread);

      await createDeskClient({ baseUrl, deskKey: 'dev-opin' }).sendMessage(ticket.id, {
        body: 'Vi har bett Helsingfors universitet kontrollera saken.',
        language: 'sv',
        visibility: 'learner',
      });
      await sink.receivedCount(2);
      const answer = await simpleParser(sink.accepted[1]?.raw ?? '');
      expect(answer.text).toContain('Vi har bett Helsingfors universitet kontrollera saken.');
      expect(answer.references).toBe(thread);
      expect(answer.inReplyTo).toBe(thread);
      expect(answer.messageId).not.toBe(confirmation.messageId);
    });

    it('does not start when the inbound SMTP port is taken, and leaves nothing running', async () => {
      const taken = Number(sink.url.port);
      const other = await startDemoInMemory({
        inboundMail: { port: taken },
      });
      await expect(other.ready).rejects.toThrow(/EADDRINUSE/);
      await other.close();
      // The sink still has its port, and the failed server answers no API.
      expect(await fetch(`${other.url}/api/v1/topics`).catch(() => undefined)).toBeUndefined();
    });
  },
);
