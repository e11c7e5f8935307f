/**
 * The keywords an e-mail desk writes on the first line of its reply (docs/design/domain.md, "E-mail
 * desks"), in one table: each in Finnish, Swedish and English. Any of the three is understood from
 * any desk, in any case (and a few natural variants); the e-mails to a desk list those of its
 * working language.
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';

/** What a keyword asks for. */
export type ReplyCommand = 'accept' | 'decline' | 'resolve' | 'consultOpin' | 'transferOpin';

/** The keywords, by what they ask and by language. */
export const replyKeywords: Readonly<Record<ReplyCommand, Readonly<Record<Locale, string>>>> = {
  accept: { fi: 'HYVÄKSY', sv: 'ACCEPTERA', en: 'ACCEPT' },
  decline: { fi: 'HYLKÄÄ', sv: 'AVBÖJ', en: 'DECLINE' },
  resolve: { fi: 'RATKAISTU', sv: 'LÖST', en: 'RESOLVED' },
  consultOpin: { fi: 'KYSY OPIN', sv: 'FRÅGA OPIN', en: 'CONSULT OPIN' },
  transferOpin: { fi: 'SIIRRÄ OPIN', sv: 'ÖVERFÖR OPIN', en: 'TRANSFER OPIN' },
};

/**
 * Other ways a desk may write a keyword, understood but never listed in the e-mails: the forms a
 * native speaker writes unprompted ("SIIRRÄ OPINILLE", "ÖVERFÖR TILL OPIN").
 */
const replyKeywordAliases: Readonly<Partial<Record<ReplyCommand, readonly string[]>>> = {
  accept: ['GODKÄNN'],
  consultOpin: ['KYSY OPINILTA', 'KONSULTERA OPIN'],
  transferOpin: ['SIIRRÄ OPINILLE', 'ÖVERFÖR TILL OPIN'],
};

/** A reply split into the keyword of its first line, if it has one, and the rest of its text. */
export interface ReplyKeyword {
  command: ReplyCommand | undefined;
  /** The text after the keyword's line (the whole text without one), trimmed; may be empty. */
  text: string;
}

/**
 * A first line as keywords are compared: Unicode-normalised, lower case, spaces collapsed, without
 * a closing `.`, `!` or `:`, and `opin.fi` read as `opin` ("KYSY OPIN.FI").
 */
function comparable(line: string): string {
  return line
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.!:]+$/u, '')
    .replace(/\bopin\.fi$/u, 'opin');
}

const byWords = new Map<string, ReplyCommand>(
  (Object.keys(replyKeywords) as ReplyCommand[]).flatMap((command) =>
    [...Object.values(replyKeywords[command]), ...(replyKeywordAliases[command] ?? [])].map(
      (word) => [comparable(word), command] as const,
    ),
  ),
);

/** Reads the keyword of the reply's first line, in any of the three languages and any case. */
export function readReplyKeyword(text: string): ReplyKeyword {
  const [first = '', ...rest] = text.trim().split('\n');
  const command = byWords.get(comparable(first));
  if (command === undefined) return { command: undefined, text: text.trim() };
  return { command, text: rest.join('\n').trim() };
}
