/**
 * What the inbound listener answers the relay (`smtp-answer.ts`): a rule's refusal as a permanent
 * 550 with the rule's message, anything else a temporary 451 without detail, each one line of
 * printable US-ASCII as an SMTP reply must be.
 */
import { ApiError } from '@opin/support-domain';
import { describe, expect, it } from 'vitest';
import { refusalOf, smtpRefusal } from '../src/mail/inbound/smtp-answer.js';

describe('the SMTP answer to a refused message', () => {
  it('is one line of printable US-ASCII, at most 400 characters', () => {
    const refusal = smtpRefusal(550, 'Hylätty: pyyntö ”Åbo”\r\nX-Injected: yes\u0000 — 😀');
    expect(refusal.message).toBe('Hylatty: pyynto ?Abo?  X-Injected: yes  ? ?');
    expect(refusal.message).toMatch(/^[\x20-\x7e]*$/);
    expect(smtpRefusal(550, 'x'.repeat(1_000)).message).toHaveLength(400);
  });

  it('is 550 with the rule’s message for a refusal by the rules, 451 with it for too many at once, and 451 without detail otherwise', () => {
    const ruled = refusalOf(
      new ApiError(403, 'forbidden', 'Replies as tampere must come from helpdesk@tuni.fi.'),
    );
    expect(ruled).toMatchObject({ responseCode: 550 });
    expect(ruled.message).toContain('Replies as tampere must come from helpdesk@tuni.fi.');
    const limited = refusalOf(new ApiError(429, 'rate_limited', 'Too many messages on OPIN-1'));
    expect(limited).toMatchObject({ responseCode: 451 });
    expect(limited.message).toContain('Too many messages on OPIN-1');
    const failed = refusalOf(new Error('connection to 10.0.0.5 refused'));
    expect(failed).toMatchObject({ responseCode: 451 });
    expect(failed.message).not.toContain('10.0.0.5');
  });
});
