/**
 * The confirmation e-mail says who answers, in which language and by when, from the ticket's plan
 * (issue 17: it gave a third answer), in the words of the widget's who-answers card; read from the
 * outbox over HTTP on loopback, with the due time worked out here independently (Intl, Europe/Helsinki).
 */
import type { Desk, Locale, OutboxEmail, Ticket } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { inFinnishTime, learnerEmailTexts } from '@opin/support-domain';
import { fileTicket, useMockServer } from './support/http.js';

const helsinki = (options: Intl.DateTimeFormatOptions, locale: string, at: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', ...options }).format(new Date(at));

/** "…by when" as each language's confirmation writes it, derived without the mock's code. */
function dueInWords(language: Locale, at: string): string {
  const date = helsinki({ day: 'numeric', month: 'numeric', year: 'numeric' }, 'fi-FI', at);
  const time = helsinki({ hour: 'numeric', minute: '2-digit' }, 'fi-FI', at);
  if (language === 'fi') {
    const weekday = helsinki({ weekday: 'long' }, 'fi-FI', at);
    return `viimeistään ${weekday}na ${date} klo ${time} (Suomen aikaa)`;
  }
  if (language === 'sv') {
    const weekday = helsinki({ weekday: 'long' }, 'sv-FI', at);
    return `senast ${weekday} ${date} kl. ${time} (finsk tid)`;
  }
  const day = helsinki(
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    'en-GB',
    at,
  ).replace(',', '');
  const clock = helsinki({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'en-GB', at);
  return `by ${day} at ${clock} (Finnish time)`;
}

/** Who answers, in the card's words (with the desk passing the ticket on, when another). */
function whoAnswers(language: Locale, receiving: string | undefined, answering: string): string {
  if (language === 'fi') {
    return `${receiving ? `${receiving} välittää pyyntösi eteenpäin, ja ` : ''}${answering} vastaa sinulle suomeksi.`;
  }
  if (language === 'sv') {
    return `${receiving ? `${receiving} skickar ditt ärende vidare, och ` : ''}${answering} svarar dig på svenska.`;
  }
  return `${receiving ? `${receiving} passes your ticket on, and ` : ''}${answering} will answer you in English.`;
}

/** Use cases 1–4 of docs/design/domain.md, each in a language its answering desk speaks. */
const cases = [
  { topicId: 'sign-in', origin: 'opin', language: 'fi' },
  { topicId: 'enrolment-failed', institutionId: 'helsinki', origin: 'opin', language: 'en' },
  { topicId: 'credits-and-grades', institutionId: 'hanken', origin: 'opin', language: 'sv' },
  { topicId: 'credits-and-grades', institutionId: 'tampere', origin: 'opin', language: 'fi' },
  { topicId: 'sign-in', origin: 'arcada', language: 'en' },
  { topicId: 'personal-data', origin: 'hanken', language: 'sv' },
  { topicId: 'personal-data', origin: 'turku', language: 'en' },
] as const;

describe('the confirmation e-mail and the ticket plan', () => {
  const handle = useMockServer({ rateLimitPerMinute: 0 });

  async function confirmationOf(ticket: Ticket): Promise<OutboxEmail> {
    const mails = (await (
      await fetch(
        `${handle.base}/_mock/outbox?ticketId=${ticket.id}&to=${encodeURIComponent(ticket.contact.email)}`,
      )
    ).json()) as OutboxEmail[];
    expect(mails).toHaveLength(1);
    return mails[0] as OutboxEmail;
  }

  it.each(cases)(
    '$topicId from $origin in $language: names the plan’s desk, the language and the due time',
    async (body) => {
      const desks = (await (await fetch(`${handle.base}/desks`)).json()) as Desk[];
      const name = (id: string) => desks.find((desk) => desk.id === id)?.name[body.language];
      const { ticket } = await fileTicket(handle.base, body);
      const { answeringDesk, expectedBy } = ticket.plan;
      const receiving = ticket.owner === answeringDesk ? undefined : name(ticket.owner);
      const answering = name(answeringDesk) ?? '';
      const mail = await confirmationOf(ticket);
      expect(mail.body).toContain(whoAnswers(body.language, receiving, answering));
      expect(mail.body).toContain(`${dueInWords(body.language, expectedBy)}.`);
      // One answer only: no other desk is named (Opin.fi signs every e-mail).
      for (const desk of desks) {
        if (![answeringDesk, ticket.owner, 'opin'].includes(desk.id))
          expect(mail.body).not.toContain(desk.name[body.language]);
      }
    },
  );
});

describe('the confirmation texts', () => {
  // Tuesday 8 December 2026, 10.15 in Helsinki (UTC+2).
  const winter = inFinnishTime('2026-12-08T08:15:00.000Z');
  // Thursday 9 July 2026, 0.05 in Helsinki (summer time, UTC+3): already the next day there.
  const summer = inFinnishTime('2026-07-08T21:05:00.000Z');
  const facts = { ticketId: 'OPIN-482019375568', link: 'https://opin.fi/tuki?ticket=x' };

  it('reads Finnish time, summer time and the date line included', () => {
    expect(winter).toEqual({ year: 2026, month: 12, day: 8, weekday: 2, hour: 10, minute: '15' });
    expect(summer).toEqual({ year: 2026, month: 7, day: 9, weekday: 4, hour: 0, minute: '05' });
  });

  it('says who answers and by when in Finnish, Swedish and English', () => {
    const plan = { holder: undefined, answeringDesk: 'Hanken', expectedBy: winter };
    expect(learnerEmailTexts.fi.created(facts, plan).body).toContain(
      'Hanken vastaa sinulle suomeksi. Voit odottaa vastausta viimeistään tiistaina 8.12.2026 klo 10.15 (Suomen aikaa).',
    );
    expect(learnerEmailTexts.sv.created(facts, plan).body).toContain(
      'Hanken svarar dig på svenska. Du kan räkna med ett svar senast tisdag 8.12.2026 kl. 10.15 (finsk tid).',
    );
    expect(learnerEmailTexts.en.created(facts, plan).body).toContain(
      'Hanken will answer you in English. You can expect an answer by Tuesday 8 December 2026 at 10:15 (Finnish time).',
    );
  });

  it('names the desk passing the ticket on when another desk answers', () => {
    const plan = { holder: 'Opin.fi', answeringDesk: 'Hanken', expectedBy: summer };
    expect(learnerEmailTexts.fi.created(facts, plan).body).toContain(
      'Opin.fi välittää pyyntösi eteenpäin, ja Hanken vastaa sinulle suomeksi. Voit odottaa vastausta viimeistään torstaina 9.7.2026 klo 0.05 (Suomen aikaa).',
    );
    expect(learnerEmailTexts.sv.created(facts, plan).body).toContain(
      'Opin.fi skickar ditt ärende vidare, och Hanken svarar dig på svenska. Du kan räkna med ett svar senast torsdag 9.7.2026 kl. 0.05 (finsk tid).',
    );
    expect(learnerEmailTexts.en.created(facts, plan).body).toContain(
      'Opin.fi passes your ticket on, and Hanken will answer you in English. You can expect an answer by Thursday 9 July 2026 at 00:05 (Finnish time).',
    );
  });
});
