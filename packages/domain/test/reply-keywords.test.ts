import { describe, expect, it } from 'vitest';
import { readReplyKeyword, replyKeywords, type ReplyCommand } from '../src/email/reply-keywords.js';

const commands = Object.keys(replyKeywords) as ReplyCommand[];

describe('the reply keywords', () => {
  for (const command of commands) {
    for (const [language, keyword] of Object.entries(replyKeywords[command])) {
      it(`reads ${keyword} (${language}) as ${command}, in any case, and keeps the rest as the text`, () => {
        for (const first of [keyword, keyword.toLowerCase(), `  ${keyword}.  `]) {
          expect(readReplyKeyword(`${first}\nTeksti jää.\n\nToinen kappale.`)).toEqual({
            command,
            text: 'Teksti jää.\n\nToinen kappale.',
          });
        }
      });
    }
  }

  it('has one word or phrase per command and language, none used twice', () => {
    const all = commands.flatMap((command) => Object.values(replyKeywords[command]));
    expect(all).toHaveLength(commands.length * 3);
    expect(new Set(all.map((word) => word.toLowerCase())).size).toBe(all.length);
  });

  it('reads "Opin.fi" for "Opin" and spaces loosely: "Kysy  Opin.fi"', () => {
    expect(readReplyKeyword('Kysy  Opin.fi\nVoitteko auttaa?')).toEqual({
      command: 'consultOpin',
      text: 'Voitteko auttaa?',
    });
    expect(readReplyKeyword('överför opin')).toEqual({ command: 'transferOpin', text: '' });
  });

  it('reads the forms a native speaker writes unprompted, though the e-mails list the keywords', () => {
    expect(readReplyKeyword('Siirrä Opinille\nKuuluu teille.')).toEqual({
      command: 'transferOpin',
      text: 'Kuuluu teille.',
    });
    expect(readReplyKeyword('KYSY OPIN.FI:LTÄ')).toEqual({
      command: undefined,
      text: 'KYSY OPIN.FI:LTÄ',
    });
    expect(readReplyKeyword('kysy opinilta')).toMatchObject({ command: 'consultOpin' });
    expect(readReplyKeyword('Överför till Opin.fi')).toMatchObject({ command: 'transferOpin' });
    expect(readReplyKeyword('Konsultera Opin')).toMatchObject({ command: 'consultOpin' });
    expect(readReplyKeyword('Godkänn')).toMatchObject({ command: 'accept' });
  });

  it('leaves a reply without a keyword on its first line whole', () => {
    for (const text of [
      'Hyväksy tämä, kiitos.',
      'Arvosana on kirjattu.\nRATKAISTU',
      'Resolved the issue yesterday.',
      'HYLKÄÄMME',
    ]) {
      expect(readReplyKeyword(`\n${text}\n`)).toEqual({ command: undefined, text });
    }
  });
});
