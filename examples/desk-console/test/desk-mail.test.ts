import { describe, expect, it } from 'vitest';
import { answerableAbout, caughtFor } from '../src/desk-mail.js';
import type { CaughtMail } from '../src/mail-catcher-client.js';

const caught = (mail: Partial<CaughtMail>): CaughtMail => ({
  id: '1',
  date: '2026-12-07T10:00:00.000Z',
  from: 'handoff@opin.fi',
  to: ['helpdesk@tuni.fi'],
  subject: '[OPIN-482019375568 #0123456789abcdef] Kirjautuminen ei onnistu',
  text: 'Hei',
  messageId: '<OPIN-482019375568.m1@opin.fi>',
  ...mail,
});

describe("the mail catcher's messages as an e-mail desk's inbox", () => {
  it("keeps those to the desk's address, newest first, naming their ticket", () => {
    const inbox = caughtFor(
      [
        caught({ id: '3', date: '2026-12-07T10:02:00.000Z', to: ['oppija@example.fi'] }),
        caught({ id: '2', date: '2026-12-07T10:01:00.000Z', to: ['HelpDesk@tuni.fi'] }),
        caught({ id: '1' }),
      ],
      'helpdesk@tuni.fi',
    );
    expect(inbox.map((mail) => mail.id)).toEqual(['2', '1']);
    expect(inbox[0]).toMatchObject({
      to: 'helpdesk@tuni.fi',
      ticketId: 'OPIN-482019375568',
      caught: { messageId: '<OPIN-482019375568.m1@opin.fi>', replyTo: undefined },
    });
  });

  it('finds the ticket in a Reply-To address when the subject has none', () => {
    const [mail] = caughtFor(
      [caught({ subject: 'Tukipyyntö', replyTo: 'reply+opin-482019375568.x1@opin.fi' })],
      'helpdesk@tuni.fi',
    );
    expect(mail?.ticketId).toBe('OPIN-482019375568');
    expect(caughtFor([caught({ subject: 'Hei' })], 'helpdesk@tuni.fi')[0]?.ticketId).toBe('');
  });

  it('answers the newest e-mail about the ticket that has a Message-ID', () => {
    const inbox = caughtFor(
      [
        caught({ id: '2', date: '2026-12-07T10:01:00.000Z', messageId: undefined }),
        caught({ id: '1' }),
      ],
      'helpdesk@tuni.fi',
    );
    expect(answerableAbout(inbox, 'OPIN-482019375568')?.id).toBe('1');
    expect(answerableAbout(inbox, 'OPIN-000000000001')).toBeUndefined();
  });
});
