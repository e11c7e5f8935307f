/**
 * The widget's own words the learner clicks and reads, per language, as in
 * packages/widget/xliff/{fi,sv}.xlf and the English source strings. The page object finds
 * controls by them, so a missing or changed translation fails a test.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

/** The labels, buttons and headings of the learner's journey in one language. */
export interface WidgetWords {
  launcher: string;
  dialog: string;
  autonym: string;
  startHeading: string;
  institution: string;
  writeToSupport: string;
  subject: string;
  description: string;
  email: string;
  name: string;
  sendTicket: string;
  sentHeading: string;
  follow: string;
  ticketHeading(id: string): string;
  status: string;
  answeredBy: string;
  reply: string;
  sendReply: string;
}

export const widgetWords: Readonly<Record<Locale, WidgetWords>> = {
  fi: {
    launcher: 'Tarvitsetko apua?',
    dialog: 'Opin.fi-tuki',
    autonym: 'Suomi',
    startHeading: 'Miten voimme auttaa?',
    institution: 'Korkeakoulusi',
    writeToSupport: 'Kirjoita tukipyyntö',
    subject: 'Otsikko',
    description: 'Kuvaile asiasi',
    email: 'Sähköpostiosoite',
    name: 'Nimesi',
    sendTicket: 'Lähetä tukipyyntö',
    sentHeading: 'Kiitos, tukipyyntösi on lähetetty',
    follow: 'Seuraa tukipyyntöäsi',
    ticketHeading: (id) => `Tukipyyntö ${id}`,
    status: 'Tila',
    answeredBy: 'Käsittelijä',
    reply: 'Vastauksesi',
    sendReply: 'Lähetä vastaus',
  },
  sv: {
    launcher: 'Behöver du hjälp?',
    dialog: 'Opin.fi-supporten',
    autonym: 'Svenska',
    startHeading: 'Hur kan vi hjälpa dig?',
    institution: 'Din högskola',
    writeToSupport: 'Skriv till supporten',
    subject: 'Rubrik',
    description: 'Beskriv ditt ärende',
    email: 'E-postadress',
    name: 'Ditt namn',
    sendTicket: 'Skicka ärendet',
    sentHeading: 'Tack, ditt ärende har skickats',
    follow: 'Följ ditt ärende',
    ticketHeading: (id) => `Ärende ${id}`,
    status: 'Status',
    answeredBy: 'Besvaras av',
    reply: 'Ditt svar',
    sendReply: 'Skicka svaret',
  },
  en: {
    launcher: 'Need help?',
    dialog: 'Opin.fi support',
    autonym: 'English',
    startHeading: 'How can we help?',
    institution: 'Your institution',
    writeToSupport: 'Write to support',
    subject: 'Subject',
    description: 'Describe your matter',
    email: 'E-mail address',
    name: 'Your name',
    sendTicket: 'Send ticket',
    sentHeading: 'Thank you, your ticket has been sent',
    follow: 'Follow your ticket',
    ticketHeading: (id) => `Ticket ${id}`,
    status: 'Status',
    answeredBy: 'Answered by',
    reply: 'Your reply',
    sendReply: 'Send reply',
  },
};
