/**
 * docs/email-integration.md shows an ITSM admin the reply keywords in Finnish, Swedish and English
 * and one e-mail to a desk: its table must stay the one in
 * `packages/domain/src/email/reply-keywords.ts`, row by row, and its example e-mail the text
 * `packages/domain/src/email/desk-texts.ts` writes for those facts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deskEmailTexts } from '../../packages/domain/src/email/desk-texts.js';
import { inFinnishTime } from '../../packages/domain/src/email/finnish-time.js';
import { replyMarkerLine } from '../../packages/domain/src/email/reply-marker.js';
import { replyKeywords } from '../../packages/domain/src/email/reply-keywords.js';

const doc = readFileSync(new URL('../../docs/email-integration.md', import.meta.url), 'utf8');

/** The first three cells of the doc's keyword rows: each a keyword in back-quotes. */
function keywordRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => /^\| `[^`]+` +\| `[^`]+` +\| `[^`]+` +\|/u.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, 4)
        .map((cell) => cell.trim().replace(/^`|`$/gu, '')),
    );
}

describe('the keyword table of docs/email-integration.md', () => {
  it('lists every keyword of reply-keywords.ts in fi, sv and en, and no other', () => {
    const expected = Object.values(replyKeywords).map((words) => [words.fi, words.sv, words.en]);
    expect(keywordRows(doc)).toEqual(expected);
  });
});

describe('the example e-mail of docs/email-integration.md', () => {
  it('is the body a Finnish desk gets for that consult', () => {
    const reference = 'OPIN-482019375568';
    const body = deskEmailTexts.fi.handoff(
      {
        ticketId: reference,
        ticketLanguage: 'fi',
        topic: 'Opintosuoritukset, arvosanat ja todistukset',
        institution: 'Tampereen yliopisto',
        receivedBy: 'Opin.fi-tuki',
        learnerName: 'Oona Oppija',
        subject: 'Arvosana puuttuu',
        description:
          'Suoritin Tilastotieteen perusteet 1 marraskuussa, mutta arvosana ei näy opintosuoritusotteellani.',
        replyTag: `[${reference} #k7m2q9x4w8p3r6t1]`,
        plan: {
          answeringDesk: 'Tampereen yliopisto',
          reason: 'ownsTopic',
          // Wednesday 9 December 2026, 10.00 in Finland.
          expectedBy: inFinnishTime('2026-12-09T08:00:00.000Z'),
        },
      },
      {
        from: 'Opin.fi-tuki',
        mode: 'consult',
        note: 'Voitteko tarkistaa, onko arvosana kirjattu?',
        // Monday 7 December 2026, 14.00 in Finland.
        deadline: inFinnishTime('2026-12-07T12:00:00.000Z'),
        windowMinutes: 240,
      },
    );
    const example = /```eml\n[\s\S]*?\n\n([\s\S]*?)\n```/u.exec(doc)?.[1];
    expect(example).toBe(`${replyMarkerLine('fi')}\n\n${body}`);
  });
});
