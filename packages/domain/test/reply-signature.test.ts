/**
 * A reply's signature does not reach the learner (issue 19: "quoted text and signatures are
 * stripped in fi, sv and en"): the block after `-- `, and a mobile client's closing line; the
 * writer's own sign-off stays.
 */
import { describe, expect, it } from 'vitest';
import { takeReplyText } from '../src/email/reply-text.js';

describe('a reply’s signature', () => {
  it.each([
    [
      'fi',
      'Arvosana on nyt kirjattu.\n\nYstävällisin terveisin\nMaija\n-- \nMaija Meikäläinen\nOpintopalvelut, Tampereen yliopisto\npuh. 0294 52 11 11',
      'Arvosana on nyt kirjattu.\n\nYstävällisin terveisin\nMaija',
    ],
    [
      'sv',
      'Vitsordet är registrerat.\n\nMed vänliga hälsningar\nAnna\n--\nAnna Andersson\nStudentservice, Åbo Akademi',
      'Vitsordet är registrerat.\n\nMed vänliga hälsningar\nAnna',
    ],
    [
      'en',
      'The grade is now recorded.\n\nBest regards\nSam\n-- \nSam Smith | Student Services\nhttps://www.example.fi',
      'The grade is now recorded.\n\nBest regards\nSam',
    ],
  ])('after the `-- ` line is left out (%s)', (_language, body, own) => {
    expect(takeReplyText(body)).toBe(own);
  });

  it.each([
    ['Kiitos, korjattu.\n\nLähetetty iPhonesta', 'Kiitos, korjattu.'],
    ['Kiitos, korjattu.\n\nLähetetty Android-laitteesta\n', 'Kiitos, korjattu.'],
    ['Tack, rättat.\n\nSkickat från min iPhone', 'Tack, rättat.'],
    ['Kiitos, korjattu.\n\nLähetetty Samsung Galaxy -älypuhelimesta', 'Kiitos, korjattu.'],
    ['Tack, rättat.\n\nHämta Outlook för iOS', 'Tack, rättat.'],
    ['Thanks, fixed.\n\nSent from my iPhone', 'Thanks, fixed.'],
    ['Thanks, fixed.\n\nGet Outlook for Android', 'Thanks, fixed.'],
  ])('a mobile client’s closing line is left out: %j', (body, own) => {
    expect(takeReplyText(body)).toBe(own);
  });

  it('keeps the text when what follows `--` is too long to be a signature', () => {
    const body = ['Vaihe 1', '--', ...Array.from({ length: 13 }, (_, i) => `Rivi ${i + 1}`)].join(
      '\n',
    );
    expect(takeReplyText(body)).toBe(body);
  });

  it('keeps a mobile client’s words that are not the closing line', () => {
    const body =
      'Lähetetty iPhonesta -viesti ei näy? Kokeile uudelleen.\n\nTerveisin\nPalvelupiste';
    expect(takeReplyText(body)).toBe(body);
  });

  it('leaves out the signature above the quoted original too', () => {
    const body =
      'Korjattu.\n-- \nPalvelupiste\n\nti 8.12.2026 klo 10.15 Opin.fi <handoff@opin.fi> kirjoitti:\n> Hei';
    expect(takeReplyText(body)).toBe('Korjattu.');
  });
});
