/**
 * Texts of the e-mails a learner receives, written natively in Finnish, Swedish and English.
 *
 * The confirmation (`created`) goes to an address nobody has verified, so it carries nothing the
 * person who filed the ticket wrote — no subject, no name — only our own text, the reference and
 * the link (issue 16, finding 9: otherwise anyone could send a stranger their text through us).
 * It says who answers, in the ticket's language, and by when, from the ticket's plan
 * (`../plan.ts`), in the words of the widget's who-answers card (packages/widget/src/panel/text/
 * plan.ts: "… vastaa sinulle suomeksi", "… svarar dig på svenska", "… will answer you in English",
 * the due time in Finnish time), so it cannot contradict the ticket; tests/e2e proves they agree.
 *
 * Every one says the learner may reply to it: the reply goes to the learner's reply address on the
 * ticket and joins its thread (`../learner-email-reply.ts`).
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';
import type { FinnishTime } from './finnish-time.js';
import { finnishTimeText } from './finnish-time-text.js';

/** What the texts are filled with. */
export interface LearnerEmailFacts {
  ticketId: string;
  subject: string;
  contactName: string | undefined;
  link: string;
}

/** Subject and body of one e-mail. */
export interface EmailText {
  subject: string;
  body: string;
}

/** What the confirmation is filled with: the reference and the link, no text the learner wrote. */
export type ConfirmationFacts = Pick<LearnerEmailFacts, 'ticketId' | 'link'>;

/** The ticket's plan in the words of the confirmation: desk names in the ticket's language. */
export interface PlanFacts {
  /** The desk that has the ticket and passes it on, when another desk than the one that answers. */
  holder: string | undefined;
  answeringDesk: string;
  /** `plan.expectedBy` in Finnish time. */
  expectedBy: FinnishTime;
}

/** The learner e-mails of one language. */
export interface LearnerEmailTexts {
  created(facts: ConfirmationFacts, plan: PlanFacts): EmailText;
  message(facts: LearnerEmailFacts, deskName: string, body: string): EmailText;
  resolved(facts: LearnerEmailFacts): EmailText;
}

/** Where the widget opens a ticket, in each language (the token never goes into a URL). */
export function ticketLink(ticketId: string, language: Locale): string {
  const path = { fi: 'tuki', sv: 'sv/stod', en: 'en/support' }[language];
  return `https://opin.fi/${path}?ticket=${encodeURIComponent(ticketId)}`;
}

const fi: LearnerEmailTexts = {
  created: (f, { holder, answeringDesk, expectedBy: t }) => ({
    subject: `[${f.ticketId}] Tukipyyntösi on vastaanotettu`,
    body: [
      'Hei,',
      `Kiitos yhteydenotostasi. Tukipyyntösi tunnus on ${f.ticketId}.`,
      `${holder ? `${holder} välittää pyyntösi eteenpäin, ja ` : ''}${answeringDesk} vastaa sinulle suomeksi. Voit odottaa vastausta viimeistään ${finnishTimeText(t, 'fi')}.`,
      `Voit seurata pyyntöäsi ja jatkaa keskustelua täällä:\n${f.link}`,
      'Voit myös vastata suoraan tähän viestiin.\n\nYstävällisin terveisin\nOpin.fi-tuki',
    ].join('\n\n'),
  }),
  message: (f, desk, body) => ({
    subject: `[${f.ticketId}] Uusi vastaus tukipyyntöösi`,
    body: [
      f.contactName ? `Hei ${f.contactName},` : 'Hei,',
      `${desk} vastasi tukipyyntöösi ”${f.subject}”:`,
      body,
      `Voit vastata suoraan tähän viestiin tai jatkaa keskustelua täällä:\n${f.link}`,
    ].join('\n\n'),
  }),
  resolved: (f) => ({
    subject: `[${f.ticketId}] Tukipyyntösi on ratkaistu`,
    body: [
      f.contactName ? `Hei ${f.contactName},` : 'Hei,',
      `Tukipyyntösi ”${f.subject}” (${f.ticketId}) on merkitty ratkaistuksi.`,
      `Jos asia ei ratkennut, voit 14 päivän kuluessa vastata tähän viestiin tai avata pyynnön uudelleen täällä:\n${f.link}`,
      'Ystävällisin terveisin\nOpin.fi-tuki',
    ].join('\n\n'),
  }),
};

const sv: LearnerEmailTexts = {
  created: (f, { holder, answeringDesk, expectedBy: t }) => ({
    subject: `[${f.ticketId}] Vi har tagit emot ditt ärende`,
    body: [
      'Hej,',
      `Tack för att du kontaktade oss. Ditt ärende har referensnumret ${f.ticketId}.`,
      `${holder ? `${holder} skickar ditt ärende vidare, och ` : ''}${answeringDesk} svarar dig på svenska. Du kan räkna med ett svar senast ${finnishTimeText(t, 'sv')}.`,
      `Du kan följa ärendet och fortsätta diskussionen här:\n${f.link}`,
      'Du kan också svara direkt på det här meddelandet.\n\nMed vänliga hälsningar\nOpin.fi-supporten',
    ].join('\n\n'),
  }),
  message: (f, desk, body) => ({
    subject: `[${f.ticketId}] Nytt svar i ditt ärende`,
    body: [
      f.contactName ? `Hej ${f.contactName},` : 'Hej,',
      `${desk} har svarat i ditt ärende ”${f.subject}”:`,
      body,
      `Du kan svara direkt på det här meddelandet eller fortsätta diskussionen här:\n${f.link}`,
    ].join('\n\n'),
  }),
  resolved: (f) => ({
    subject: `[${f.ticketId}] Ditt ärende har lösts`,
    body: [
      f.contactName ? `Hej ${f.contactName},` : 'Hej,',
      `Ditt ärende ”${f.subject}” (${f.ticketId}) har markerats som löst.`,
      `Om problemet inte är löst kan du inom 14 dagar svara på det här meddelandet eller öppna ärendet på nytt här:\n${f.link}`,
      'Med vänliga hälsningar\nOpin.fi-supporten',
    ].join('\n\n'),
  }),
};

const en: LearnerEmailTexts = {
  created: (f, { holder, answeringDesk, expectedBy: t }) => ({
    subject: `[${f.ticketId}] We have received your support request`,
    body: [
      'Hello,',
      `Thank you for contacting us. Your reference is ${f.ticketId}.`,
      `${holder ? `${holder} passes your ticket on, and ` : ''}${answeringDesk} will answer you in English. You can expect an answer by ${finnishTimeText(t, 'en')}.`,
      `You can follow your request and continue the conversation here:\n${f.link}`,
      'You can also reply to this e-mail.\n\nBest regards\nOpin.fi support',
    ].join('\n\n'),
  }),
  message: (f, desk, body) => ({
    subject: `[${f.ticketId}] New reply to your support request`,
    body: [
      f.contactName ? `Hello ${f.contactName},` : 'Hello,',
      `${desk} replied to your support request “${f.subject}”:`,
      body,
      `You can reply to this e-mail or continue the conversation here:\n${f.link}`,
    ].join('\n\n'),
  }),
  resolved: (f) => ({
    subject: `[${f.ticketId}] Your support request has been resolved`,
    body: [
      f.contactName ? `Hello ${f.contactName},` : 'Hello,',
      `Your support request “${f.subject}” (${f.ticketId}) has been marked as resolved.`,
      `If the matter is not solved, you can reply to this e-mail or reopen the request here within 14 days:\n${f.link}`,
      'Best regards\nOpin.fi support',
    ].join('\n\n'),
  }),
};

/** The learner e-mail texts of each language. */
export const learnerEmailTexts: Readonly<Record<Locale, LearnerEmailTexts>> = { fi, sv, en };
