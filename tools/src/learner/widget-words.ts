/**
 * The widget's own words the learner clicks and reads, per language, as in
 * packages/widget/xliff/{fi,sv}.xlf and the English source strings. The page objects
 * (`learner-widget.ts`, `self-help.ts`) find controls by them, so a missing or changed translation
 * fails a test or a screenshot run.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

/** The labels, buttons and headings of the learner's journey in one language. */
export interface WidgetWords {
  launcher: string;
  dialog: string;
  autonym: string;
  startHeading: string;
  back: string;
  search: string;
  searchResults: string;
  suggestions: string;
  solvedQuestion: string;
  stillNeedHelp: string;
  institution: string;
  /** The start of the who-answers card's sentence on when the answer is due. */
  answerDue: string;
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
  /** The start of the reply box's label (it goes on with the answering desk's name). */
  reply: string;
  sendReply: string;
}

export const widgetWords: Readonly<Record<Locale, WidgetWords>> = {
  fi: {
    launcher: 'Tarvitsetko apua?',
    dialog: 'Opin.fi-tuki',
    autonym: 'Suomi',
    startHeading: 'Miten voimme auttaa?',
    back: 'Takaisin',
    search: 'Hae ohjeista',
    searchResults: 'Hakutulokset',
    suggestions: 'Näistä voi olla apua',
    solvedQuestion: 'Ratkaisiko tämä asiasi?',
    stillNeedHelp: 'Ei, tarvitsen vielä apua',
    institution: 'Korkeakoulusi',
    answerDue: 'Voit odottaa vastausta viimeistään',
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
    reply: 'Vastaa tukipyyntöön',
    sendReply: 'Lähetä vastaus',
  },
  sv: {
    launcher: 'Behöver du hjälp?',
    dialog: 'Opin.fi-supporten',
    autonym: 'Svenska',
    startHeading: 'Hur kan vi hjälpa dig?',
    back: 'Tillbaka',
    search: 'Sök i anvisningarna',
    searchResults: 'Sökresultat',
    suggestions: 'Det här kan hjälpa dig',
    solvedQuestion: 'Löste det här ditt problem?',
    stillNeedHelp: 'Nej, jag behöver fortfarande hjälp',
    institution: 'Din högskola',
    answerDue: 'Du kan räkna med ett svar senast',
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
    reply: 'Svara',
    sendReply: 'Skicka svaret',
  },
  en: {
    launcher: 'Need help?',
    dialog: 'Opin.fi support',
    autonym: 'English',
    startHeading: 'How can we help?',
    back: 'Back',
    search: 'Search help articles',
    searchResults: 'Search results',
    suggestions: 'These may help',
    solvedQuestion: 'Did this solve it?',
    stillNeedHelp: 'No, I still need help',
    institution: 'Your institution',
    answerDue: 'You can expect an answer by',
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
    reply: 'Reply to',
    sendReply: 'Send reply',
  },
};
