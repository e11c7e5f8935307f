/**
 * The fixed data of the screenshot runs: one learner per language, what they ask, which article
 * they open, how the desks answer. The widget's labels the script finds controls by are the
 * learner page object's (tools/src/learner/widget-words.ts).
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

/** One learner's journey through the widget on the Opin.fi portal. */
export interface Scenario {
  locale: Locale;
  /** The topic chosen at the start (owned by an institution, so the preview plans a hand-off). */
  topicId: string;
  /** The institution chosen in the topic step: it answers after a transfer. */
  institutionId: string;
  /**
   * The article to show, best one in another language than the UI (the fallback notice): found
   * through the search on the start step, or in the topic's list.
   */
  article: { title: string; search?: string };
  learner: { name: string; email: string; invalidEmail: string };
  subject: string;
  description: string;
  /** The note Opin.fi support sends with the hand-off (internal). */
  handoffNote: string;
  /** The institution's answer to the learner, in the ticket's language. */
  answer: string;
}

export const scenarios: readonly Scenario[] = [
  {
    locale: 'fi',
    topicId: 'credits-and-grades',
    institutionId: 'helsinki',
    article: { title: 'Studera på svenska via Opin.fi', search: 'svenska' },
    learner: {
      name: 'Maija Virtanen',
      email: 'maija.virtanen@example.fi',
      invalidEmail: 'maija.virtanen(at)example.fi',
    },
    subject: 'Tilastotieteen suoritus puuttuu',
    description:
      'Suoritin Johdatus tilastotieteeseen -opintojakson syyskuussa, mutta arvosana ei näy vielä opintorekisterissä.',
    handoffNote: 'Suoritus puuttuu opintorekisteristä – siirrän teille.',
    answer:
      'Hei Maija! Arvosanasi on nyt kirjattu opintorekisteriin. Se näkyy Oma Opintopolku -palvelussa parin päivän kuluessa.',
  },
  {
    locale: 'sv',
    topicId: 'credits-and-grades',
    institutionId: 'hanken',
    article: { title: 'Arvosanan oikaisupyyntö' },
    learner: {
      name: 'Elin Lindqvist',
      email: 'elin.lindqvist@example.fi',
      invalidEmail: 'elin.lindqvist(at)example.fi',
    },
    subject: 'Vitsordet för Hållbar affärsverksamhet syns inte',
    description:
      'Jag avlade kursen Hållbar affärsverksamhet i oktober, men vitsordet syns ännu inte i studieregistret.',
    handoffNote: 'Vitsord saknas i studieregistret – överför till er.',
    answer: 'Hej Elin! Vitsordet är nu registrerat. Det syns i Min Studieinfo inom ett par dagar.',
  },
  {
    locale: 'en',
    topicId: 'credits-and-grades',
    institutionId: 'abo-akademi',
    article: { title: 'Arvosanan oikaisupyyntö' },
    learner: {
      name: 'Alex Morgan',
      email: 'alex.morgan@example.com',
      invalidEmail: 'alex.morgan(at)example.com',
    },
    subject: 'Transcript of records in English',
    description:
      'I took two courses at Åbo Akademi through Opin.fi. How do I get an official transcript of records in English?',
    handoffNote: 'Transcript request in English – transferring to you.',
    answer:
      'Dear Alex, we have sent an official English transcript of records to your e-mail address. Best regards, Åbo Akademi student services',
  },
];
