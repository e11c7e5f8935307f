/**
 * The e-mails to an e-mail desk are in its working language: what is asked, the deadline, the
 * routing advice and the keywords to answer with; the learner's own text is quoted unchanged.
 */
import type { HandoffMode, Locale } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { deskEmailTexts, type DeskTicketFacts } from '../src/email/desk-texts.js';
import { inFinnishTime } from '../src/email/finnish-time.js';
import { replyKeywords } from '../src/email/reply-keywords.js';
import { requestHandoff } from '../src/handoffs.js';
import { act, fileTestTicket, now, outboxOf, testContext } from './support/rules.js';
import { subjectTag } from '../src/email/reply-tag.js';

/** Text a learner could write, with quotes, marks and a line break, to be quoted as it is. */
const subject = 'Arvosana “Tilastotiede 1” puuttuu <b>?</b>';
const description = 'Hei!\n  Suoritin kurssin 1.12. — arvosana ei näy. Mitä teen?';

const facts = (language: Locale): DeskTicketFacts => ({
  ticketId: 'OPIN-482019375568',
  ticketLanguage: 'fi',
  topic: 'Arvosanat',
  institution: 'Tampereen yliopisto',
  receivedBy: 'Opin.fi',
  learnerName: 'Oona Oppija',
  subject,
  description,
  replyTag: '[OPIN-482019375568 #k7m2q9x4w8p3r6t1]',
  plan: {
    answeringDesk: language === 'sv' ? 'Tammerfors universitet' : 'Tampereen yliopisto',
    reason: 'ownsTopic',
    // Tuesday 8 December 2026, 15:00 in Finland.
    expectedBy: inFinnishTime('2026-12-08T13:00:00.000Z'),
  },
});
// Monday 7 December 2026, 14:00 in Finland.
const deadline = inFinnishTime('2026-12-07T12:00:00.000Z');

interface LanguageCase {
  language: Locale;
  asked: Record<HandoffMode, string>;
  deadline: string;
  advice: string;
  answerIn: string;
  /** Words the language's e-mails must not contain: another language's. */
  foreign: readonly string[];
}

const english = ['the learner', 'reply', 'ticket', 'Subject:', 'Description:', 'How to answer'];
const cases: readonly LanguageCase[] = [
  {
    language: 'fi',
    asked: {
      consult: 'Opin.fi-tuki pyytää apuasi tukipyynnön käsittelyyn (konsultaatio).',
      transfer: 'Opin.fi-tuki siirtää sinulle tukipyynnön (siirto).',
    },
    deadline:
      'Vastaa viimeistään maanantaina 7.12.2026 klo 14.00 (Suomen aikaa) eli 4 tunnin kuluessa',
    advice:
      'Kuka vastaa: Tampereen yliopisto vastaa oppijalle suomeksi viimeistään tiistaina 8.12.2026 klo 15.00 (Suomen aikaa), koska aihe kuuluu sen vastuulle.',
    answerIn: 'kirjoita se suomeksi',
    foreign: [...english, 'svar', 'ärende'],
  },
  {
    language: 'sv',
    asked: {
      consult: 'Opin.fi-supporten ber om din hjälp med ett ärende (konsultation).',
      transfer: 'Opin.fi-supporten överför ett ärende till dig (överföring).',
    },
    deadline: 'Svara senast måndag 7.12.2026 kl. 14.00 (finsk tid), alltså inom 4 timmar',
    advice:
      'Vem svarar: Tammerfors universitet svarar den studerande på finska senast tisdag 8.12.2026 kl. 15.00 (finsk tid), eftersom ämnet hör till dess ansvarsområde.',
    answerIn: 'skriv den på finska',
    foreign: [...english, 'vastaa', 'tukipyyntö'],
  },
  {
    language: 'en',
    asked: {
      consult: 'Opin.fi support asks for your help with a ticket (consult).',
      transfer: 'Opin.fi support is transferring a ticket to you (transfer).',
    },
    deadline: 'Please answer by Monday 7 December 2026 at 14:00 (Finnish time), within 4 hours',
    advice:
      'Who answers: Tampereen yliopisto answers the learner in Finnish by Tuesday 8 December 2026 at 15:00 (Finnish time), as the topic is theirs.',
    answerIn: 'write it in Finnish',
    foreign: ['vastaa', 'tukipyyntö', 'svar', 'ärende'],
  },
];

const fromOpin = (language: Locale) =>
  ({ fi: 'Opin.fi-tuki', sv: 'Opin.fi-supporten', en: 'Opin.fi support' })[language];

describe('the e-mails to a desk, in its working language', () => {
  for (const c of cases) {
    const texts = deskEmailTexts[c.language];
    const keyword = (command: keyof typeof replyKeywords) => replyKeywords[command][c.language];

    for (const mode of ['consult', 'transfer'] as const) {
      it(`${c.language}: a ${mode} says what is asked, by when, who answers and how to answer`, () => {
        const body = texts.handoff(facts(c.language), {
          from: fromOpin(c.language),
          mode,
          note: 'Tarkistatteko arvosanan?',
          deadline,
          windowMinutes: 240,
        });
        expect(body.startsWith(c.asked[mode])).toBe(true);
        expect(body).toContain(c.deadline);
        expect(body).toContain(c.advice);
        expect(body).toContain(`\nOtsikko: ${subject}\n`.replace('Otsikko', label(c.language)));
        expect(body).toContain(`\n${description}\n`);
        expect(body).toContain('Tarkistatteko arvosanan?');
        expect(body).toContain('[OPIN-482019375568 #k7m2q9x4w8p3r6t1]');
        expect(body).toContain(`\n${keyword('accept')} – `);
        expect(body).toContain(`\n${keyword('decline')} – `);
        if (mode === 'transfer') {
          expect(body).toContain(`\n${keyword('resolve')} – `);
          expect(body).toContain(c.answerIn);
        }
        expect(body).not.toContain(keyword('consultOpin'));
        for (const word of c.foreign) expect(body).not.toContain(word);
      });
    }

    it(`${c.language}: a ticket it owns lists the keywords that resolve or hand it to Opin.fi`, () => {
      const own = facts(c.language);
      for (const body of [
        texts.newTicket(own),
        texts.learnerMessage(own, 'Mitä teen nyt?'),
        texts.returned(own, { to: fromOpin(c.language), reason: 'expired', windowMinutes: 240 }),
      ]) {
        for (const command of ['resolve', 'consultOpin', 'transferOpin'] as const) {
          expect(body).toContain(`\n${keyword(command)} – `);
        }
        expect(body).not.toContain(keyword('decline'));
        expect(body).toContain(c.answerIn);
        for (const word of c.foreign) expect(body).not.toContain(word);
      }
      expect(texts.learnerMessage(own, 'Mitä teen nyt?')).toContain('\n\nMitä teen nyt?\n\n');
    });
  }

  it('are sent in the desk’s working language: Finnish to Tampere, Swedish to Åbo Akademi', async () => {
    for (const [desk, language, address] of [
      ['tampere', 'fi', 'helpdesk@tuni.fi'],
      ['abo-akademi', 'sv', 'helpdesk@abo.fi'],
    ] as const) {
      const ctx = testContext();
      const ticket = await fileTestTicket(ctx, {
        topicId: 'credits-and-grades',
        institutionId: desk,
        language: 'en',
        subject,
        description,
      });
      await act(ctx, ticket, (rules, t) =>
        requestHandoff(rules, t, 'opin', { to: desk, mode: 'consult' }, now(ctx)),
      );
      const mail = outboxOf(ctx).at(-1);
      expect(mail?.to).toBe(address);
      expect(mail?.subject).toBe(`${subjectTag(ctx.replyKey, ticket.id, desk)} ${subject}`);
      expect(mail?.body).toContain(cases.find((c) => c.language === language)?.asked.consult);
      expect(mail?.body).toContain(`\n${description}\n`);
      expect(mail?.body).toContain(language === 'fi' ? 'englanniksi' : 'på engelska');
    }
  });
});

function label(language: Locale): string {
  return { fi: 'Otsikko', sv: 'Rubrik', en: 'Subject' }[language];
}
