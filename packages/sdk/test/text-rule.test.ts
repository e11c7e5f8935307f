import { describe, expect, it } from 'vitest';
import {
  contactSchema,
  createTicketRequestSchema,
  learnerMessageRequestSchema,
} from '../src/schemas/index.js';

const ticket = {
  topicId: 'sign-in',
  origin: 'opin',
  language: 'fi',
  subject: 'Kirjautuminen',
  description: 'Ei onnistu.',
  contact: { email: 'maija@example.fi', name: 'Maija' },
};

const withSubject = (subject: string) => ({ ...ticket, subject });
const withName = (name: string) => ({ ...ticket, contact: { ...ticket.contact, name } });

/** The paths of the issues a refusal names. */
function refusedAt(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => issue.path) ?? [];
}

describe('single-line fields: subject and contact name (issue 16, header injection)', () => {
  const lineBreaks = ['\r\n', '\n', '\r', '\u2028', '\u2029'];
  const directionControls = [
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ];

  it('refuses a subject that would add a mail header', () => {
    const result = createTicketRequestSchema.safeParse(
      withSubject('Help\r\nBcc: attacker@example.com'),
    );
    expect(refusedAt(result)).toContainEqual(['subject']);
  });

  it('refuses a name that would add a mail header', () => {
    const result = createTicketRequestSchema.safeParse(
      withName('Maija\r\nReply-To: attacker@example.com'),
    );
    expect(refusedAt(result)).toContainEqual(['contact', 'name']);
  });

  it('refuses every line break, inside or at either end, in both fields', () => {
    for (const lineBreak of lineBreaks) {
      for (const text of [`Apua${lineBreak}nyt`, `Apua${lineBreak}`, `${lineBreak}Apua`]) {
        expect(refusedAt(createTicketRequestSchema.safeParse(withSubject(text)))).toContainEqual([
          'subject',
        ]);
        expect(
          refusedAt(contactSchema.safeParse({ ...ticket.contact, name: text })),
        ).toContainEqual(['name']);
      }
    }
  });

  it('refuses bidirectional embeddings, overrides and isolates in both fields', () => {
    for (const control of directionControls) {
      const text = `Maija ${control}ajiaM`;
      expect(refusedAt(createTicketRequestSchema.safeParse(withSubject(text)))).toContainEqual([
        'subject',
      ]);
      expect(refusedAt(createTicketRequestSchema.safeParse(withName(text)))).toContainEqual([
        'contact',
        'name',
      ]);
    }
  });

  it('keeps left-to-right and right-to-left marks, tabs and right-to-left names', () => {
    for (const name of [
      '\u0645\u0631\u064a\u0645 (Maryam)\u200e',
      'Noa\u200f',
      'Maija\tMeikäläinen',
    ]) {
      expect(createTicketRequestSchema.safeParse(withName(name)).success).toBe(true);
    }
  });

  it('still allows line breaks in the description and in messages', () => {
    expect(
      createTicketRequestSchema.safeParse({ ...ticket, description: 'Rivi 1\r\nRivi 2\u2028' })
        .success,
    ).toBe(true);
    expect(learnerMessageRequestSchema.safeParse({ body: 'Hei\n\nKiitos' }).success).toBe(true);
  });
});

describe('required text has a visible character (issue 16)', () => {
  const invisible = [
    '\u200b',
    '\u200b\u200c\u200d',
    '\u2060',
    '\u00ad',
    '\u200e',
    '\u3164',
    '\ufe0f',
  ];

  it('refuses a subject, description, name or message of invisible characters only', () => {
    for (const text of invisible) {
      expect(refusedAt(createTicketRequestSchema.safeParse(withSubject(text)))).toContainEqual([
        'subject',
      ]);
      expect(
        refusedAt(createTicketRequestSchema.safeParse({ ...ticket, description: ` ${text} ` })),
      ).toContainEqual(['description']);
      expect(refusedAt(createTicketRequestSchema.safeParse(withName(text)))).toContainEqual([
        'contact',
        'name',
      ]);
      expect(refusedAt(learnerMessageRequestSchema.safeParse({ body: text }))).toContainEqual([
        'body',
      ]);
    }
  });

  it('accepts one visible character among invisible ones: a letter, digit, emoji or mark', () => {
    for (const subject of ['\u200bA', '7', '\u{1F600}', '?', '\u200b\u00e5\u200b']) {
      expect(createTicketRequestSchema.safeParse(withSubject(subject)).success).toBe(true);
    }
  });
});
