/**
 * Delivering the outbox over real SMTP on loopback (`./smtp-sink.ts`), on either storage: what the
 * relay receives, retries on a clock the test drives, giving up, and claims between instances.
 */
import type { Kysely } from 'kysely';
import { simpleParser } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { claimDueMail } from '../../src/mail/outbox-claims.js';
import { OutboxSender, transportTimeouts } from '../../src/mail/outbox-sender.js';
import type { Database } from '../../src/storage/database.js';
import { fileTicket } from './rows.js';
import { silentLog } from './silent-log.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

const claimMs = 60_000;

/** A test clock: starts at a fixed moment and moves only when told. */
class TestClock {
  #now = new Date('2026-03-02T09:00:00.000Z').getTime();
  now = (): Date => new Date(this.#now);
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** The suite, over the database `db` gives (open before the tests, shared by them). */
export function mailDeliverySuite(db: () => Kysely<Database>): void {
  let sink: SmtpSink;
  let clock: TestClock;
  const senders: Transporter[] = [];

  /** A sender as one instance runs it, with the test's clock (and its claims' length). */
  function sender(claim = claimMs): OutboxSender {
    const transport = nodemailer.createTransport({
      url: sink.url.href,
      ...transportTimeouts(claim),
    });
    senders.push(transport);
    return new OutboxSender(db(), transport, silentLog, { claimMs: claim, now: clock.now });
  }

  /** Writes an e-mail to the outbox as a change would; its row id. */
  async function writeMail(fields: { subject?: string; ticketId?: string } = {}) {
    const ticketId = fields.ticketId ?? (await fileTicket(db()));
    const row = await db()
      .insertInto('outbox')
      .values({
        email_id: `mail-${Math.random().toString(36).slice(2)}`,
        ticket_id: ticketId,
        created_at: clock.now(),
        next_attempt_at: clock.now(),
        sender: 'no-reply@opin.fi',
        recipient: 'learner@example.org',
        subject: fields.subject ?? `Tukipyyntösi ${ticketId} on vastaanotettu`,
        body: 'Hei!\n\nKiitos viestistäsi.',
      })
      .returning(['id', 'email_id'])
      .executeTakeFirstOrThrow();
    return { ...row, ticketId };
  }

  async function rowOf(id: string) {
    return db().selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    for (const transport of senders) transport.close();
    await sink.close();
  });
  beforeEach(async () => {
    clock = new TestClock();
    // Every test starts from an empty outbox (sent rows cannot be deleted: the trigger refuses).
    await db().deleteFrom('outbox').where('state', '!=', 'sent').execute();
    sink.accepted.length = 0;
    sink.script();
  });

  it('sends a written e-mail once, threaded on its ticket, and marks it sent', async () => {
    const mail = await writeMail();
    expect(await sender().deliverDue()).toBe(1);
    expect(await sender().deliverDue()).toBe(0);
    expect(sink.accepted).toHaveLength(1);
    const accepted = sink.accepted.at(-1);
    expect(accepted?.recipients).toEqual(['learner@example.org']);
    const parsed = await simpleParser(accepted?.raw ?? '');
    expect(parsed.from?.text).toBe('no-reply@opin.fi');
    expect(parsed.subject).toBe(`Tukipyyntösi ${mail.ticketId} on vastaanotettu`);
    expect(parsed.text?.trim()).toBe('Hei!\n\nKiitos viestistäsi.');
    expect(parsed.messageId).toBe(`<${mail.ticketId}.${mail.email_id}@opin.fi>`);
    expect(parsed.inReplyTo).toBe(`<${mail.ticketId}@opin.fi>`);
    expect(parsed.references).toBe(`<${mail.ticketId}@opin.fi>`);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const row = await rowOf(mail.id);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, claimed_until: null, failure: null });
  });

  it('tries again after a refusal for now, and the relay gets it once, on the fourth try', async () => {
    const mail = await writeMail();
    sink.script(
      { code: 451, text: 'Try again later' },
      { code: 451, text: 'Try again later' },
      { code: 451, text: 'Try again later' },
    );
    const one = sender();
    expect(await one.deliverDue()).toBe(1);
    expect(await rowOf(mail.id)).toMatchObject({ state: 'pending', attempts: 1 });
    // Not before its time: 30 s, then 60 s, then 120 s.
    for (const waitMs of [30_000, 60_000, 120_000]) {
      clock.advance(waitMs - 1_000);
      expect(await one.deliverDue(), `not due ${waitMs - 1_000} ms after a failure`).toBe(0);
      clock.advance(1_000);
      expect(await one.deliverDue()).toBe(1);
    }
    const row = await rowOf(mail.id);
    expect(row).toMatchObject({ state: 'sent', attempts: 4, failure: null });
    const ids = await Promise.all(
      sink.accepted.map(async (accepted) => (await simpleParser(accepted.raw)).messageId),
    );
    expect(ids.filter((id) => id === `<${mail.ticketId}.${mail.email_id}@opin.fi>`)).toHaveLength(
      1,
    );
  });

  it('gives up at once on a refusal for good, and keeps only its code', async () => {
    const mail = await writeMail();
    sink.script({ code: 550, text: 'No such user learner@example.org' });
    expect(await sender().deliverDue()).toBe(1);
    const row = await rowOf(mail.id);
    expect(row.state).toBe('failed');
    expect(row.failure).toMatch(/^E[A-Z]+ 550$/);
    clock.advance(24 * 60 * 60_000);
    expect(await sender().deliverDue()).toBe(0);
  });

  it('gives up a day after the e-mail was written, when the relay keeps refusing', async () => {
    const mail = await writeMail();
    sink.script(...Array.from({ length: 200 }, () => ({ code: 421, text: 'Busy' })));
    const one = sender();
    let tries = 0;
    while ((await rowOf(mail.id)).state === 'pending' && tries < 200) {
      tries += await one.deliverDue();
      clock.advance(30 * 60_000);
    }
    const row = await rowOf(mail.id);
    expect(row.state).toBe('failed');
    expect(row.attempts).toBe(tries);
    expect(tries).toBeGreaterThan(40);
  });

  it('leaves an e-mail claimed by an instance that died alone until the claim runs out', async () => {
    const mail = await writeMail();
    // An instance claimed it, then died before it recorded anything.
    expect(await claimDueMail(db(), clock.now(), claimMs)).toMatchObject({ id: mail.id });
    expect(await sender().deliverDue()).toBe(0);
    clock.advance(claimMs - 1_000);
    expect(await sender().deliverDue()).toBe(0);
    clock.advance(1_000);
    expect(await sender().deliverDue()).toBe(1);
    expect(await rowOf(mail.id)).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('cuts off an attempt the relay does not answer, and tries it again later', async () => {
    const mail = await writeMail();
    sink.script('hold');
    // A short claim, so the cut-off comes soon; the relay never answers the held message.
    expect(await sender(8_000).deliverDue()).toBe(1);
    expect(await rowOf(mail.id)).toMatchObject({ state: 'pending', attempts: 1 });
    expect((await rowOf(mail.id)).failure).toMatch(/^E[A-Z]+$/);
    clock.advance(30_000);
    expect(await sender().deliverDue()).toBe(1);
    expect(await rowOf(mail.id)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(sink.received).toBeGreaterThanOrEqual(2);
    expect(sink.accepted).toHaveLength(1);
  });

  it('sends a subject with a line break in it as one header: nothing is added to the mail', async () => {
    await writeMail({ subject: 'Hakemus\r\nBcc: someone@example.net\r\nX-Evil: 1' });
    expect(await sender().deliverDue()).toBe(1);
    const accepted = sink.accepted.at(-1);
    expect(accepted?.recipients).toEqual(['learner@example.org']);
    const parsed = await simpleParser(accepted?.raw ?? '');
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('x-evil')).toBe(false);
    expect(parsed.subject).toMatch(/^Hakemus\s*Bcc: someone@example.net\s*X-Evil: 1$/);
  });
}
