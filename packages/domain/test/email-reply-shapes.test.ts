/**
 * Issue 16, finding 1: an e-mail desk's reply must never carry what Opin.fi sent to the desk (an
 * internal hand-off note, the ticket's details, the instructions) back to the learner, whatever
 * mail client shaped the reply.
 */
import { replyMarkerLine } from '../src/email/reply-marker.js';
import { describe, expect, it } from 'vitest';
import { requestHandoff } from '../src/handoffs.js';
import { runClock } from '../src/clock-rules.js';
import { addLearnerMessage } from '../src/tickets.js';
import type { TestEnv } from './support/rules.js';
import type { StoredTicket } from '../src/model.js';
import {
  act,
  fileTestTicket,
  now,
  outboxOf,
  rejected,
  testContext,
  receiveDeskEmail,
} from './support/rules.js';
import {
  mailClients,
  replyBody,
  replySubject,
  type ClientLanguage,
  type OriginalEmail,
} from './support/reply-shapes.js';

const INTERNAL_NOTE =
  'INTERNAL: possible fraud case. The same grade was reported from two different accounts; do not tell the learner.';

interface DeskCase {
  desk: 'tampere' | 'abo-akademi';
  address: string;
  language: 'fi' | 'sv';
  subject: string;
  description: string;
  answer: string;
  marker: string;
}

const deskCases: readonly DeskCase[] = [
  {
    desk: 'tampere',
    address: 'helpdesk@tuni.fi',
    language: 'fi',
    subject: 'Arvosana puuttuu',
    description: 'Tilastotieteen perusteiden arvosana ei näy opintosuoritusotteellani.',
    answer:
      'Hei, arvosana on nyt kirjattu opintorekisteriin. Se näkyy Opin.fi:ssä huomisesta alkaen.\n\nYstävällisin terveisin\nTampereen yliopiston opiskelijapalvelut',
    marker: '##- Kirjoita vastauksesi tämän rivin yläpuolelle -##',
  },
  {
    desk: 'abo-akademi',
    address: 'helpdesk@abo.fi',
    language: 'sv',
    subject: 'Vitsordet saknas',
    description: 'Vitsordet för Grundkurs i statistik syns inte i mitt studieutdrag.',
    answer:
      'Hej! Vitsordet är nu registrerat och syns i Opin.fi från och med i morgon.\n\nMed vänliga hälsningar\nStudentservice vid Åbo Akademi',
    marker: '##- Skriv ditt svar ovanför den här raden -##',
  },
];

/** A ticket transferred to the e-mail desk with an internal note, and the e-mail it got. */
async function transferred(c: DeskCase) {
  const ctx = testContext();
  const ticket = await fileTestTicket(ctx, {
    topicId: 'credits-and-grades',
    institutionId: c.desk,
    language: c.language,
    subject: c.subject,
    description: c.description,
    contact: { email: 'oppija@example.fi', name: 'Oona Oppija' },
  });
  await act(ctx, ticket, (rules, t) =>
    requestHandoff(
      rules,
      t,
      'opin',
      { to: c.desk, mode: 'transfer', note: INTERNAL_NOTE },
      now(ctx),
    ),
  );
  const mail = outboxOf(ctx).at(-1);
  if (mail?.to !== c.address) throw new Error('No hand-off e-mail was sent.');
  const original: OriginalEmail = {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    body: mail.body,
  };
  return { ctx, ticket, original };
}

/**
 * Everything the learner can see: the ticket's messages and the e-mails to the learner, less the
 * marker line each of those starts with (the learner's own, in the ticket's language).
 */
function seenByLearner(ctx: TestEnv, ticket: StoredTicket): string {
  const ownMarker = `${replyMarkerLine(ticket.language)}\n\n`;
  const mails = outboxOf(ctx)
    .filter((mail) => mail.to === ticket.contact.email)
    .map((mail) => {
      expect(mail.body.startsWith(ownMarker)).toBe(true);
      return { ...mail, body: mail.body.slice(ownMarker.length) };
    });
  return JSON.stringify({ messages: ticket.messages, mails });
}

/** Words of the desk e-mails (in the desks' languages, fi and sv) that must not reach the learner. */
const leaks = [
  'INTERNAL',
  'fraud',
  'Näin vastaat',
  'Tukipyyntö:',
  'Kuvaus:',
  'Lähettäjän viesti',
  'HYLKÄÄ',
  'Så svarar du',
  'Ärende:',
  'Beskrivning:',
  'Meddelande från avsändaren',
  'AVBÖJ',
  'handoff@opin.fi',
  '##-',
];

describe('a reply to a hand-off e-mail, as mail clients shape it', () => {
  for (const c of deskCases) {
    it(`puts the marker line in ${c.desk}'s working language (${c.language}) at the top of its e-mail`, async () => {
      const { original } = await transferred(c);
      expect(original.body.split('\n')[0]).toBe(c.marker);
      expect(original.body).toContain(INTERNAL_NOTE);
    });

    for (const client of mailClients) {
      for (const clientLanguage of ['fi', 'sv', 'en'] satisfies ClientLanguage[]) {
        it(`${c.desk}: ${client} (${clientLanguage}) gives the learner only the desk's own text`, async () => {
          const { ctx, ticket, original } = await transferred(c);
          await receiveDeskEmail(ctx, c.desk, {
            from: c.address,
            subject: replySubject(clientLanguage, original),
            body: replyBody(client, clientLanguage, original, c.answer),
          });
          expect(ticket.owner).toBe(c.desk);
          expect(ticket.messages.map((message) => message.body)).toEqual([c.answer]);
          const seen = seenByLearner(ctx, ticket);
          for (const leak of leaks) expect(seen).not.toContain(leak);
        });
      }
    }
  }

  it('starts every e-mail to a desk with the marker: new ticket, hand-off, learner message, returned hand-off', async () => {
    const ctx = testContext();
    const own = await fileTestTicket(ctx, {
      topicId: 'credits-and-grades',
      institutionId: 'novia',
      origin: 'novia',
      language: 'sv',
    });
    await act(ctx, own, (rules, t) =>
      addLearnerMessage(rules, t, 'Jag har också ett annat kursvitsord som saknas.'),
    );
    await act(ctx, own, (rules, t) =>
      requestHandoff(rules, t, 'novia', { to: 'abo-akademi', mode: 'consult' }, now(ctx)),
    );
    ctx.clock.advance(ctx.options.ackWindowMinutes);
    await runClock(ctx);
    const toDesks = outboxOf(ctx).filter((mail) => mail.from === 'handoff@opin.fi');
    expect(toDesks.map((mail) => [mail.to, mail.body.split('\n')[0]])).toEqual([
      ['helpdesk@novia.fi', '##- Skriv ditt svar ovanför den här raden -##'],
      ['helpdesk@novia.fi', '##- Skriv ditt svar ovanför den här raden -##'],
      ['helpdesk@abo.fi', '##- Skriv ditt svar ovanför den här raden -##'],
      ['helpdesk@novia.fi', '##- Skriv ditt svar ovanför den här raden -##'],
    ]);
  });

  it('takes nothing from below the marker, even unquoted text that looks like an answer', async () => {
    const c = deskCases[0] as DeskCase;
    const { ctx, ticket, original } = await transferred(c);
    await receiveDeskEmail(ctx, c.desk, {
      from: c.address,
      subject: replySubject('fi', original),
      body: `Tarkistamme asian.\n\n${original.body}\n\nTämä teksti on merkkirivin alla.`,
    });
    expect(ticket.messages.map((message) => message.body)).toEqual(['Tarkistamme asian.']);
  });

  it('refuses a reply whose own text copies the internal note, and changes nothing', async () => {
    const c = deskCases[0] as DeskCase;
    const { ctx, ticket, original } = await transferred(c);
    const version = ticket.version;
    const mails = outboxOf(ctx).length;
    const refusal = await rejected(() =>
      receiveDeskEmail(ctx, c.desk, {
        from: c.address,
        subject: replySubject('fi', original),
        body: `Hei, katsomme asiaa.\n${INTERNAL_NOTE}\n\n${original.body}`,
      }),
    );
    expect(refusal).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(refusal.message).toContain('NOT');
    expect(refusal.message).not.toContain('fraud');
    expect(ticket).toMatchObject({ version, owner: 'opin', messages: [] });
    expect(ticket.handoff?.state).toBe('pending');
    expect(outboxOf(ctx)).toHaveLength(mails);
  });

  it('refuses a reply without the marker that pastes the hand-off e-mail unquoted', async () => {
    const c = deskCases[1] as DeskCase;
    const { ctx, ticket, original } = await transferred(c);
    const pasted = original.body.split('\n').slice(2).join('\n');
    const refusal = await rejected(() =>
      receiveDeskEmail(ctx, c.desk, {
        from: c.address,
        subject: replySubject('sv', original),
        body: `Hej, vi kollar.\n\n${pasted}`,
      }),
    );
    expect(refusal).toMatchObject({ status: 400 });
    expect(ticket.messages).toEqual([]);
  });

  it('lets a desk quote what the learner wrote', async () => {
    const c = deskCases[0] as DeskCase;
    const { ctx, ticket, original } = await transferred(c);
    const answer = `Kirjoitit: ”${c.description}” Arvosana on nyt kirjattu.`;
    await receiveDeskEmail(ctx, c.desk, {
      from: c.address,
      subject: replySubject('fi', original),
      body: replyBody('outlook', 'fi', original, answer),
    });
    expect(ticket.messages.map((message) => message.body)).toEqual([answer]);
  });

  it('lets a consult answer quote the hand-off e-mail: it goes to the desks only', async () => {
    const c = deskCases[0] as DeskCase;
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx, {
      topicId: 'enrolment-failed',
      institutionId: 'tampere',
    });
    await act(ctx, ticket, (rules, t) =>
      requestHandoff(
        rules,
        t,
        'opin',
        { to: 'tampere', mode: 'consult', note: INTERNAL_NOTE },
        now(ctx),
      ),
    );
    const handoffMail = outboxOf(ctx).at(-1);
    if (handoffMail?.to !== c.address) throw new Error('No hand-off e-mail was sent.');
    await receiveDeskEmail(ctx, 'tampere', {
      from: c.address,
      subject: replySubject('fi', handoffMail),
      body: `Tarkistettu. Koskien viestiänne:\n${INTERNAL_NOTE}\nTili on kunnossa.`,
    });
    expect(ticket.internalNotes.at(-1)).toMatchObject({ kind: 'consult_answer' });
    expect(ticket.internalNotes.at(-1)?.body).toContain(INTERNAL_NOTE);
    expect(ticket.messages).toEqual([]);
  });
});
