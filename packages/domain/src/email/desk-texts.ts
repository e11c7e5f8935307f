/**
 * Texts of the e-mails to an e-mail desk, in its working language (Finnish, Swedish or English,
 * written natively): what is asked of it — a consult or a transfer, with its deadline — the
 * ticket's facts, the routing advice (who should answer, why and by when, from the ticket's plan)
 * and how to answer, with the keywords of `./reply-keywords.ts`. What the learner wrote (subject,
 * description, messages) is quoted unchanged, in the ticket's language.
 * @internal
 */
import type { HandoffMode, Locale } from '@opin/support-sdk/schemas';
import type { FinnishTime } from './finnish-time.js';
import { finnishTimeText } from './finnish-time-text.js';
import { replyKeywords, type ReplyCommand } from './reply-keywords.js';

/** Why the plan's desk answers: the topic is its own, the ticket came in through it, or it serves the learner's language. */
export type PlanReason = 'ownsTopic' | 'received' | 'language';

/** The ticket's facts, desk and topic names in the desk's language. */
export interface DeskTicketFacts {
  ticketId: string;
  ticketLanguage: Locale;
  topic: string;
  institution: string | undefined;
  receivedBy: string;
  learnerName: string | undefined;
  subject: string;
  description: string;
  /** The reply tag the reply must keep in its subject (`./reply-tag.ts`). */
  replyTag: string;
  /** The routing advice, from the ticket's plan. */
  plan: { answeringDesk: string; reason: PlanReason; expectedBy: FinnishTime };
}

/** A hand-off to the desk: who asks, what, with what note, and until when it may answer. */
export interface HandoffFacts {
  from: string;
  mode: HandoffMode;
  note: string | undefined;
  /** When the acknowledgement window ends, in Finnish time. */
  deadline: FinnishTime;
  windowMinutes: number;
}

/** The desk's own hand-off came back. */
export interface ReturnedFacts {
  to: string;
  reason: 'declined' | 'expired';
  windowMinutes: number;
}

/** The desk's own hand-off was taken: a consult answered (with the answer), or a transfer accepted. */
export interface AnsweredFacts {
  by: string;
  mode: HandoffMode;
  answer: string | undefined;
}

/** What the desk is answering: a pending consult or transfer to it, or a ticket it owns. */
type Situation = 'consult' | 'transfer' | 'owner';

const keywordsFor: Readonly<Record<Situation, readonly ReplyCommand[]>> = {
  consult: ['accept', 'decline'],
  transfer: ['accept', 'decline', 'resolve'],
  owner: ['resolve', 'consultOpin', 'transferOpin'],
};

/** The phrases of one language. */
interface DeskPhrases {
  /** "in Finnish", for the language every answer to the learner is written in. */
  inLanguage: Record<Locale, string>;
  details(f: DeskTicketFacts): string;
  plan(f: DeskTicketFacts): string;
  handoffIntro(h: HandoffFacts): string;
  note(h: HandoffFacts): string;
  deadline(h: HandoffFacts): string;
  newTicket(f: DeskTicketFacts): string;
  learnerWrote(f: DeskTicketFacts): string;
  returned(f: DeskTicketFacts, r: ReturnedFacts): string;
  answered(f: DeskTicketFacts, a: AnsweredFacts): string;
  stillYours: string;
  howToReply(f: DeskTicketFacts): string;
  replyDoes(situation: Situation, f: DeskTicketFacts): string;
  keywordsIntro: string;
  keyword: Record<Situation, Partial<Record<ReplyCommand, string>>>;
  anyCase: string;
}

const fiDuration = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} tunnin` : `${minutes} minuutin`;
const svDuration = (minutes: number) =>
  minutes % 60 === 0
    ? `${minutes / 60} ${minutes === 60 ? 'timme' : 'timmar'}`
    : `${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`;
const enDuration = (minutes: number) =>
  minutes % 60 === 0
    ? `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}`
    : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;

const fi: DeskPhrases = {
  inLanguage: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  details: (f) =>
    [
      `Tukipyyntö: ${f.ticketId}`,
      `Kieli: ${{ fi: 'suomi', sv: 'ruotsi', en: 'englanti' }[f.ticketLanguage]} – kaikki vastaukset oppijalle kirjoitetaan tällä kielellä`,
      `Aihealue: ${f.topic}`,
      `Korkeakoulu: ${f.institution ?? '–'}`,
      `Pyynnön vastaanotti: ${f.receivedBy}`,
      `Oppija: ${f.learnerName ?? '(nimeä ei annettu)'}`,
      `Otsikko: ${f.subject}`,
      '',
      'Kuvaus:',
      f.description,
    ].join('\n'),
  plan: (f) =>
    `Kuka vastaa: ${f.plan.answeringDesk} vastaa oppijalle ${fi.inLanguage[f.ticketLanguage]} viimeistään ${finnishTimeText(f.plan.expectedBy, 'fi')}, ${
      {
        ownsTopic: 'koska aihe kuuluu sen vastuulle',
        received: 'koska pyyntö tuli sen kautta',
        language: 'koska se palvelee oppijan kielellä',
      }[f.plan.reason]
    }.`,
  handoffIntro: (h) =>
    h.mode === 'consult'
      ? `${h.from} pyytää apuasi tukipyynnön käsittelyyn (konsultaatio). Tukipyyntö pysyy lähettäjällä, joka vastaa oppijalle itse. Vastauksesi näkyy vain lähettäjälle, ei oppijalle.`
      : `${h.from} siirtää sinulle tukipyynnön (siirto). Kun hyväksyt siirron, tukipyyntö on sinun hoidettavanasi ja vastaat oppijalle suoraan.`,
  note: (h) => `Lähettäjän viesti (${h.from}):\n${h.note ?? '(ei viestiä)'}`,
  deadline: (h) =>
    `Vastaa viimeistään ${finnishTimeText(h.deadline, 'fi')} eli ${fiDuration(h.windowMinutes)} kuluessa pyynnöstä. Jos et vastaa siihen mennessä, pyyntö palautuu lähettäjälle (${h.from}).`,
  newTicket: () =>
    'Oppija jätti portaalinne kautta uuden tukipyynnön. Tukipyyntö on teidän vastuullanne.',
  learnerWrote: (f) => `Oppija lähetti uuden viestin tukipyyntöön ${f.ticketId}:`,
  answered: (f, a) =>
    a.mode === 'consult'
      ? `${a.by} vastasi konsultaatiopyyntöösi tukipyynnössä ${f.ticketId}:`
      : `${a.by} otti siirtämäsi tukipyynnön ${f.ticketId} hoitaakseen ja vastaa oppijalle. Sinun ei tarvitse tehdä muuta.`,
  stillYours: 'Tukipyyntö on edelleen sinun hoidettavanasi: vastaa oppijalle.',
  returned: (f, r) =>
    `Tukipyyntöä ${f.ticketId} koskeva pyyntösi palautui sinulle: ${
      r.reason === 'declined'
        ? `${r.to} hylkäsi sen`
        : `${r.to} ei hyväksynyt sitä ${fiDuration(r.windowMinutes)} kuluessa`
    }. Tukipyyntö on edelleen sinun hoidettavanasi: vastaa oppijalle tai pyydä apua uudelleen.`,
  howToReply: (f) =>
    `Näin vastaat: vastaa tähän viestiin ja pidä otsikossa tunniste ${f.replyTag}. Kirjoita vastauksesi viestin alussa olevan merkkirivin yläpuolelle: rivin alapuolelta ei lueta mitään.`,
  replyDoes: (situation, f) =>
    ({
      consult: 'Kun vastaat, hyväksyt konsultaatiopyynnön, ja vastauksesi välitetään lähettäjälle.',
      transfer: `Kun vastaat, hyväksyt siirron, ja vastauksesi lähetetään oppijalle sellaisenaan, joten kirjoita se ${fi.inLanguage[f.ticketLanguage]}.`,
      owner: `Vastauksesi lähetetään oppijalle sellaisenaan, joten kirjoita se ${fi.inLanguage[f.ticketLanguage]}.`,
    })[situation],
  keywordsIntro:
    'Voit myös kirjoittaa vastauksesi ensimmäiselle riville jonkin seuraavista sanoista:',
  keyword: {
    consult: {
      accept: 'hyväksyt pyynnön; muu teksti on vastauksesi lähettäjälle',
      decline: 'hylkäät pyynnön; muu teksti on perustelusi, ja pyyntö palautuu lähettäjälle',
    },
    transfer: {
      accept: 'otat pyynnön vastaan; muu teksti lähetetään oppijalle',
      decline: 'et ota pyyntöä vastaan; muu teksti on perustelusi, ja pyyntö palautuu lähettäjälle',
      resolve:
        'otat pyynnön vastaan ja merkitset sen ratkaistuksi; muu teksti lähetetään oppijalle',
    },
    owner: {
      resolve: 'merkitset pyynnön ratkaistuksi; muu teksti lähetetään oppijalle',
      consultOpin:
        'pyydät apua Opin.fi-tuelta (konsultaatio); muu teksti on viestisi Opin.fi-tuelle, eikä oppija näe sitä',
      transferOpin:
        'siirrät pyynnön Opin.fi-tuelle, joka vastaa oppijalle; muu teksti on viestisi Opin.fi-tuelle',
    },
  },
  anyCase: 'Sanat voi kirjoittaa isoilla tai pienillä kirjaimilla.',
};

const sv: DeskPhrases = {
  inLanguage: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  details: (f) =>
    [
      `Ärende: ${f.ticketId}`,
      `Språk: ${{ fi: 'finska', sv: 'svenska', en: 'engelska' }[f.ticketLanguage]} – alla svar till den studerande ska skrivas på det språket`,
      `Ämnesområde: ${f.topic}`,
      `Högskola: ${f.institution ?? '–'}`,
      `Mottaget av: ${f.receivedBy}`,
      `Studerande: ${f.learnerName ?? '(inget namn angivet)'}`,
      `Rubrik: ${f.subject}`,
      '',
      'Beskrivning:',
      f.description,
    ].join('\n'),
  plan: (f) =>
    `Vem svarar: ${f.plan.answeringDesk} svarar den studerande ${sv.inLanguage[f.ticketLanguage]} senast ${finnishTimeText(f.plan.expectedBy, 'sv')}, ${
      {
        ownsTopic: 'eftersom ämnet hör till dess ansvarsområde',
        received: 'eftersom ärendet kom in via den',
        language: 'eftersom den ger service på den studerandes språk',
      }[f.plan.reason]
    }.`,
  handoffIntro: (h) =>
    h.mode === 'consult'
      ? `${h.from} ber om din hjälp med ett ärende (konsultation). Ärendet stannar hos avsändaren, som själv svarar den studerande. Ditt svar går bara till avsändaren, och den studerande ser det inte.`
      : `${h.from} överför ett ärende till dig (överföring). När du tar emot ärendet övergår ansvaret till dig och du svarar den studerande direkt.`,
  note: (h) => `Meddelande från avsändaren (${h.from}):\n${h.note ?? '(inget meddelande)'}`,
  deadline: (h) =>
    `Svara senast ${finnishTimeText(h.deadline, 'sv')}, alltså inom ${svDuration(h.windowMinutes)} från förfrågan. Om du inte har svarat till dess går ärendet tillbaka till avsändaren (${h.from}).`,
  newTicket: () =>
    'En studerande har skickat in ett nytt ärende via er portal. Ni ansvarar för ärendet.',
  learnerWrote: (f) => `Den studerande har skickat ett nytt meddelande i ärendet ${f.ticketId}:`,
  answered: (f, a) =>
    a.mode === 'consult'
      ? `${a.by} har svarat på din konsultationsförfrågan i ärendet ${f.ticketId}:`
      : `${a.by} har tagit över ärendet ${f.ticketId} som du överförde och svarar den studerande. Du behöver inte göra något mer.`,
  stillYours: 'Ärendet ligger kvar hos dig: svara den studerande.',
  returned: (f, r) =>
    `Din förfrågan om ärendet ${f.ticketId} har kommit tillbaka till dig: ${
      r.reason === 'declined'
        ? `${r.to} avböjde den`
        : `${r.to} tog inte emot den inom ${svDuration(r.windowMinutes)}`
    }. Ärendet ligger kvar hos dig: svara den studerande eller be om hjälp på nytt.`,
  howToReply: (f) =>
    `Så svarar du: svara på det här e-postmeddelandet och behåll ${f.replyTag} i ämnesraden. Skriv ditt svar ovanför markeringsraden högst upp i meddelandet: ingenting under raden läses.`,
  replyDoes: (situation, f) =>
    ({
      consult: 'När du svarar tar du emot förfrågan, och ditt svar skickas till avsändaren.',
      transfer: `När du svarar tar du emot överföringen, och texten i ditt svar skickas till den studerande som den är, så skriv den ${sv.inLanguage[f.ticketLanguage]}.`,
      owner: `Texten i ditt svar skickas till den studerande som den är, så skriv den ${sv.inLanguage[f.ticketLanguage]}.`,
    })[situation],
  keywordsIntro: 'Du kan också skriva ett av följande ord på första raden i ditt svar:',
  keyword: {
    consult: {
      accept: 'du tar emot förfrågan; resten av texten är ditt svar till avsändaren',
      decline:
        'du avböjer förfrågan; resten av texten är din motivering, och ärendet går tillbaka till avsändaren',
    },
    transfer: {
      accept: 'du tar emot ärendet; resten av texten skickas till den studerande',
      decline:
        'du tar inte emot ärendet; resten av texten är din motivering, och ärendet går tillbaka till avsändaren',
      resolve:
        'du tar emot ärendet och markerar det som löst; resten av texten skickas till den studerande',
    },
    owner: {
      resolve: 'du markerar ärendet som löst; resten av texten skickas till den studerande',
      consultOpin:
        'du ber Opin.fi-supporten om hjälp (konsultation); resten av texten är ditt meddelande till Opin.fi-supporten, och den studerande ser det inte',
      transferOpin:
        'du överför ärendet till Opin.fi-supporten, som svarar den studerande; resten av texten är ditt meddelande till Opin.fi-supporten',
    },
  },
  anyCase: 'Det spelar ingen roll om orden skrivs med stora eller små bokstäver.',
};

const en: DeskPhrases = {
  inLanguage: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
  details: (f) =>
    [
      `Ticket: ${f.ticketId}`,
      `Language: ${{ fi: 'Finnish (suomi)', sv: 'Swedish (svenska)', en: 'English' }[f.ticketLanguage]} — every answer to the learner must be in it`,
      `Topic: ${f.topic}`,
      `Institution: ${f.institution ?? '—'}`,
      `Received by: ${f.receivedBy}`,
      `Learner: ${f.learnerName ?? '(no name given)'}`,
      `Subject: ${f.subject}`,
      '',
      'Description:',
      f.description,
    ].join('\n'),
  plan: (f) =>
    `Who answers: ${f.plan.answeringDesk} answers the learner ${en.inLanguage[f.ticketLanguage]} by ${finnishTimeText(f.plan.expectedBy, 'en')}, ${
      {
        ownsTopic: 'as the topic is theirs',
        received: 'as the ticket came in through them',
        language: 'as they serve the learner in the learner’s language',
      }[f.plan.reason]
    }.`,
  handoffIntro: (h) =>
    h.mode === 'consult'
      ? `${h.from} asks for your help with a ticket (consult). ${h.from} keeps the ticket and answers the learner; your reply goes to ${h.from} only and the learner does not see it.`
      : `${h.from} is transferring a ticket to you (transfer). When you accept it, you take the ticket over and answer the learner directly.`,
  note: (h) => `Note from ${h.from}:\n${h.note ?? '(no note)'}`,
  deadline: (h) =>
    `Please answer by ${finnishTimeText(h.deadline, 'en')}, within ${enDuration(h.windowMinutes)} of the request. If no reply arrives by then, the ticket returns to ${h.from}.`,
  newTicket: () => 'A learner filed a new ticket through your portal. You own it.',
  learnerWrote: (f) => `The learner wrote on ${f.ticketId}:`,
  answered: (f, a) =>
    a.mode === 'consult'
      ? `${a.by} answered your consult on ${f.ticketId}:`
      : `${a.by} took over ${f.ticketId}, which you transferred, and answers the learner. Nothing more is needed from you.`,
  stillYours: 'The ticket stays with you: answer the learner.',
  returned: (f, r) =>
    `Your hand-off of ${f.ticketId} returned to you: ${
      r.reason === 'declined'
        ? `${r.to} declined it`
        : `${r.to} did not accept it within ${enDuration(r.windowMinutes)}`
    }. The ticket stays with you: please answer the learner or ask for help again.`,
  howToReply: (f) =>
    `How to answer: reply to this e-mail and keep ${f.replyTag} in the subject. Write your reply above the marker line at the top of this e-mail: nothing below it is read.`,
  replyDoes: (situation, f) =>
    ({
      consult: 'Your reply accepts the consult and is your answer to the desk that asked.',
      transfer: `Your reply accepts the transfer and is sent to the learner as it is, so write it ${en.inLanguage[f.ticketLanguage]}.`,
      owner: `Your reply is sent to the learner as it is, so write it ${en.inLanguage[f.ticketLanguage]}.`,
    })[situation],
  keywordsIntro: 'You can also put one of these words on the first line of your reply:',
  keyword: {
    consult: {
      accept: 'you accept the consult; the rest of the text is your answer to the desk that asked',
      decline:
        'you decline the consult; the rest of the text is your reason, and the ticket returns to the desk that asked',
    },
    transfer: {
      accept: 'you take the ticket over; the rest of the text is sent to the learner',
      decline:
        'you decline the transfer; the rest of the text is your reason, and the ticket returns to the desk that sent it',
      resolve:
        'you take the ticket over and mark it resolved; the rest of the text is sent to the learner',
    },
    owner: {
      resolve: 'you mark the ticket resolved; the rest of the text is sent to the learner',
      consultOpin:
        'you ask Opin.fi support for help (consult); the rest of the text is your note to Opin.fi support, and the learner does not see it',
      transferOpin:
        'you hand the ticket to Opin.fi support, who answer the learner; the rest of the text is your note to Opin.fi support',
    },
  },
  anyCase: 'Upper or lower case does not matter.',
};

const phrases: Readonly<Record<Locale, DeskPhrases>> = { fi, sv, en };

function howToAnswer(p: DeskPhrases, language: Locale, situation: Situation, f: DeskTicketFacts) {
  const keywords = keywordsFor[situation].map(
    (command) => `${replyKeywords[command][language]} – ${p.keyword[situation][command] ?? ''}`,
  );
  return [
    p.howToReply(f),
    p.replyDoes(situation, f),
    [p.keywordsIntro, ...keywords].join('\n'),
    p.anyCase,
  ].join('\n\n');
}

/** The bodies (below the marker line) of the e-mails to a desk, in one language. */
export interface DeskEmailTexts {
  handoff(f: DeskTicketFacts, h: HandoffFacts): string;
  newTicket(f: DeskTicketFacts): string;
  learnerMessage(f: DeskTicketFacts, message: string): string;
  returned(f: DeskTicketFacts, r: ReturnedFacts): string;
  answered(f: DeskTicketFacts, a: AnsweredFacts): string;
}

function textsIn(language: Locale): DeskEmailTexts {
  const p = phrases[language];
  const join = (parts: string[]) => parts.join('\n\n');
  return {
    handoff: (f, h) =>
      join([
        p.handoffIntro(h),
        p.deadline(h),
        p.details(f),
        p.plan(f),
        p.note(h),
        howToAnswer(p, language, h.mode, f),
      ]),
    newTicket: (f) =>
      join([p.newTicket(f), p.details(f), p.plan(f), howToAnswer(p, language, 'owner', f)]),
    learnerMessage: (f, message) =>
      join([p.learnerWrote(f), message, howToAnswer(p, language, 'owner', f)]),
    returned: (f, r) =>
      join([p.returned(f, r), p.details(f), p.plan(f), howToAnswer(p, language, 'owner', f)]),
    answered: (f, a) =>
      a.mode === 'consult'
        ? join([
            p.answered(f, a),
            a.answer ?? '',
            p.stillYours,
            p.details(f),
            howToAnswer(p, language, 'owner', f),
          ])
        : join([p.answered(f, a), p.details(f)]),
  };
}

/** The desk e-mail texts of each working language. */
export const deskEmailTexts: Readonly<Record<Locale, DeskEmailTexts>> = {
  fi: textsIn('fi'),
  sv: textsIn('sv'),
  en: textsIn('en'),
};
