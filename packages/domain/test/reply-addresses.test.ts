/**
 * Reply addresses (`../src/email/reply-tag.ts`) and the replies that come to them
 * (`../src/inbound-email.ts`): every e-mail about a ticket carries the recipient's own reply
 * address, whose tag is an HMAC only the host's key makes; a reply is applied as the party its tag
 * was made for, from that party's own address, and a learner's reply joins the thread as a
 * message from the widget does.
 */
import { describe, expect, it } from 'vitest';
import { changeStatusByOwner } from '../src/lifecycle.js';
import { receiveEmail } from '../src/inbound-email.js';
import {
  LEARNER_PARTY,
  newReplyKey,
  partyOfTag,
  replyAddress,
  replyToken,
  tagInAddress,
  tagInSubject,
} from '../src/email/reply-tag.js';
import { replyMarkerLine } from '../src/email/reply-marker.js';
import { demoDirectory } from '../src/demo-config/index.js';
import { addDeskMessage } from '../src/desk-messages.js';
import { requestHandoff } from '../src/handoffs.js';
import {
  act,
  fileTestTicket,
  now,
  outboxOf,
  receiveDeskEmail,
  rejected,
  testContext,
  type TestEnv,
} from './support/rules.js';
import type { StoredTicket } from '../src/model.js';

const reference = 'OPIN-482019375568';
const tampere = { kind: 'desk', desk: 'tampere' } as const;

/** The newest e-mail to `to` about the ticket. */
function lastMailTo(ctx: TestEnv, ticket: StoredTicket, to: string) {
  const mail = outboxOf(ctx).findLast((email) => email.ticketId === ticket.id && email.to === to);
  if (!mail) throw new Error(`no e-mail to ${to}`);
  return mail;
}

describe('reply tags', () => {
  it('are 16 characters of base32, the same for one key, reference and party, and differ otherwise', () => {
    const key = newReplyKey();
    const token = replyToken(key, reference, tampere);
    expect(token).toMatch(/^[0-9a-hjkmnp-tv-z]{16}$/);
    expect(replyToken(key, reference, tampere)).toBe(token);
    const others = [
      replyToken(key, reference, LEARNER_PARTY),
      replyToken(key, reference, { kind: 'desk', desk: 'abo-akademi' }),
      replyToken(key, 'OPIN-482019375569', tampere),
      replyToken(newReplyKey(), reference, tampere),
    ];
    for (const other of others) expect(other).not.toBe(token);
  });

  it('are read from a reply address in any case and from a subject, and from nothing else', () => {
    const key = newReplyKey();
    const address = replyAddress(key, reference, LEARNER_PARTY);
    expect(address).toMatch(/^reply\+OPIN-482019375568\.[0-9a-z]{16}@opin\.fi$/);
    const tag = { reference, token: replyToken(key, reference, LEARNER_PARTY) };
    expect(tagInAddress(address.toUpperCase())).toEqual(tag);
    expect(tagInAddress(` ${address} `)).toEqual(tag);
    expect(tagInAddress(address.replace('@opin.fi', '@opin.fi.example.net'))).toBeUndefined();
    expect(tagInAddress(address.replace('reply+', 'other+'))).toBeUndefined();
    expect(tagInAddress('handoff@opin.fi')).toBeUndefined();
    expect(tagInSubject(`VS: [${reference} #K7M2Q9X4W8P3R6T1] Arvosana`)).toEqual({
      reference,
      token: 'k7m2q9x4w8p3r6t1',
    });
    expect(tagInSubject(`Re: [${reference}] Arvosana`)).toBeUndefined();
  });

  it('name the party they were made for, and no party when forged or moved to another reference', () => {
    const key = newReplyKey();
    const of = (token: string, ref = reference) =>
      partyOfTag(key, demoDirectory, { reference: ref, token });
    expect(of(replyToken(key, reference, LEARNER_PARTY))).toEqual(LEARNER_PARTY);
    expect(of(replyToken(key, reference, tampere))).toEqual(tampere);
    expect(of('aaaaaaaaaaaaaaaa')).toBeUndefined();
    expect(of(replyToken(key, reference, tampere), 'OPIN-482019375569')).toBeUndefined();
    expect(of(replyToken(newReplyKey(), reference, tampere))).toBeUndefined();
    // A realtime desk gets no e-mail, so no tag of its is ever taken.
    expect(of(replyToken(key, reference, { kind: 'desk', desk: 'opin' }))).toBeUndefined();
  });
});

describe('a learner replying by e-mail', () => {
  /** A Finnish ticket Opin.fi asked the learner about (waiting for the learner). */
  async function asked() {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) => {
      addDeskMessage(
        rules,
        t,
        'opin',
        { body: 'Millä selaimella yritit?', language: 'fi', visibility: 'learner' },
        now(ctx),
      );
      changeStatusByOwner(rules, t, 'opin', 'waiting_for_learner', now(ctx));
    });
    const mail = lastMailTo(ctx, ticket, 'maija@example.fi');
    return { ctx, ticket, mail };
  }

  /** The learner's reply as a mail client writes it, to the mail's Reply-To. */
  const reply = (mail: { replyTo?: string | undefined; body: string }, text: string) => ({
    to: mail.replyTo,
    from: 'MAIJA@example.fi',
    subject: 'Re: [x] Uusi vastaus tukipyyntöösi',
    body: `${text}\n\nLe 7.12.2026 klo 10.00 Opin.fi-tuki <tuki@opin.fi> kirjoitti:\n${mail.body
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}`,
  });

  it('is invited: every e-mail to the learner starts with the marker line and has a reply address', async () => {
    const { ctx, ticket, mail } = await asked();
    expect(mail.from).toBe('tuki@opin.fi');
    expect(mail.replyTo).toBe(replyAddress(ctx.replyKey, ticket.id, LEARNER_PARTY));
    expect(mail.body.startsWith(`${replyMarkerLine('fi')}\n\n`)).toBe(true);
    expect(mail.body).toContain('Voit vastata suoraan tähän viestiin');
  });

  it('joins the thread as a message from the widget does, and moves the status the same way', async () => {
    const { ctx, ticket, mail } = await asked();
    expect(ticket.status).toBe('waiting_for_learner');
    const result = await receiveEmail(ctx, reply(mail, 'Chromella.'));
    expect(result).toMatchObject({ party: LEARNER_PARTY, replayed: false });
    expect(ticket.messages.at(-1)).toMatchObject({
      author: { kind: 'learner' },
      body: 'Chromella.',
      language: 'fi',
    });
    expect(ticket.status).toBe('in_progress');
    // The same e-mail again (the relay retried) is the same answer, and nothing more.
    const version = ticket.version;
    const again = { ...reply(mail, 'Chromella.'), messageId: '<a1@example.fi>' };
    await receiveEmail(ctx, again);
    expect(await receiveEmail(ctx, again)).toMatchObject({ replayed: true });
    expect(ticket.version).toBe(version + 1);
  });

  it('reopens a resolved ticket, as a message from the widget does', async () => {
    const { ctx, ticket, mail } = await asked();
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    expect(ticket.status).toBe('resolved');
    await receiveEmail(ctx, reply(mail, 'Ei se vieläkään toimi.'));
    expect(ticket.status).not.toBe('resolved');
    expect(ticket.timeline.map((event) => event.type)).toContain('reopened');
  });

  it('is refused from another address, empty, or with the learner’s address on a desk’s bridge, changing nothing', async () => {
    const { ctx, ticket, mail } = await asked();
    const version = ticket.version;
    const other = await rejected(() =>
      receiveEmail(ctx, { ...reply(mail, 'Chromella.'), from: 'someone@example.net' }),
    );
    expect(other).toMatchObject({ status: 403 });
    expect(other.message).toContain('NOT added');
    expect(await rejected(() => receiveEmail(ctx, reply(mail, '')))).toMatchObject({
      status: 400,
    });
    // The bridge takes a desk's replies only: the learner's address is no ticket of the desk's.
    const bridged = await rejected(() =>
      receiveDeskEmail(ctx, 'tampere', { ...reply(mail, 'x'), from: 'helpdesk@tuni.fi' }),
    );
    expect(bridged).toMatchObject({ status: 404 });
    expect(ticket.version).toBe(version);
  });

  it('ignores an automatic reply to the learner’s address', async () => {
    const { ctx, ticket, mail } = await asked();
    const version = ticket.version;
    const result = await receiveEmail(ctx, {
      ...reply(mail, 'Olen lomalla.'),
      headers: { 'auto-submitted': 'auto-replied' },
    });
    expect(result.outcome).toEqual({ kind: 'ignored', reason: 'auto_reply' });
    expect(ticket.version).toBe(version);
  });
});

describe('a desk replying to its reply address', () => {
  it('is applied without the tag in the subject, and refused from another address', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(rules, t, 'opin', { to: 'tampere', mode: 'consult' }, now(ctx)),
    );
    const mail = lastMailTo(ctx, ticket, 'helpdesk@tuni.fi');
    expect(mail.replyTo).toBe(replyAddress(ctx.replyKey, ticket.id, tampere));
    const answer = { to: mail.replyTo, subject: 'VS: asia 4711', body: 'Arvosana on kirjattu.' };
    const spoofed = await rejected(() =>
      receiveEmail(ctx, { ...answer, from: 'attacker@example.net' }),
    );
    expect(spoofed).toMatchObject({ status: 403 });
    expect(ticket.handoff).toMatchObject({ state: 'pending' });
    const result = await receiveEmail(ctx, { ...answer, from: 'helpdesk@tuni.fi' });
    expect(result.party).toEqual(tampere);
    expect(ticket.handoff).toMatchObject({ to: 'tampere', state: 'accepted' });
    expect(ticket.internalNotes.at(-1)).toMatchObject({ body: 'Arvosana on kirjattu.' });
  });
});
