/**
 * A message the inbound listener parsed, as the e-mail bridge's request (`inbound-message.ts`):
 * addressed to the envelope's recipient, and cut at the marker line, so a reply that quotes a long
 * e-mail whole is read, not refused for its length.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { inboundRequestOf } from '../src/mail/inbound/inbound-message.js';

const to = 'reply+OPIN-482019375568.k7m2q9x4w8p3r6t1@opin.fi';

/** A raw e-mail with `text` as its plain body. */
function raw(text: string): string {
  return [
    'From: Oona Oppija <oona@example.fi>',
    'To: Opin.fi-tuki <tuki@opin.fi>',
    'Subject: Re: [OPIN-482019375568] Uusi vastaus tukipyyntöösi',
    'Message-ID: <a1@example.fi>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text.replace(/\n/g, '\r\n'),
  ].join('\r\n');
}

describe('an inbound message as the bridge request', () => {
  it('takes the envelope recipient as `to`, and nothing below the marker line', async () => {
    const quoted = `> ${'Pitkä lainattu rivi. '.repeat(20)}\n`.repeat(60);
    expect(quoted.length).toBeGreaterThan(20_000);
    const text = `Kiitos, nyt toimii!\n\nTi 8.12.2026 klo 9.00 Opin.fi-tuki kirjoitti:\n> ##- Kirjoita vastauksesi tämän rivin yläpuolelle -##\n${quoted}`;
    const parsed = inboundRequestOf(await simpleParser(raw(text)), to);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.request).toMatchObject({
      to,
      from: 'oona@example.fi',
      messageId: '<a1@example.fi>',
    });
    expect(parsed.request.body).toMatch(
      /^Kiitos, nyt toimii!\n\nTi 8\.12\.2026 klo 9\.00 Opin\.fi-tuki kirjoitti:\n>\s*$/,
    );
    expect(parsed.request.body).not.toContain('Pitkä');
  });

  it('still refuses a reply whose own text is too long', async () => {
    const parsed = inboundRequestOf(await simpleParser(raw('Liian pitkä. '.repeat(1_000))), to);
    expect(parsed).toMatchObject({ ok: false });
  });
});
