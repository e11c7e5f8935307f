/**
 * How real mail clients shape a reply to an e-mail: the desk's text on top, then the client's own
 * header or attribution line and the original mail, quoted with `>` or not at all. Outlook (new
 * and classic), Gmail (with its attribution line wrapped, as in plain-text mode), Apple Mail and
 * Thunderbird, each with its Finnish, Swedish and English interface.
 */

/** The e-mail being answered, as it sits in the desk's mailbox. */
export interface OriginalEmail {
  from: string;
  to: string;
  subject: string;
  body: string;
}

/** The language of the mail client's interface. */
export type ClientLanguage = 'fi' | 'sv' | 'en';

/** A mail client that writes the reply on top of the original. */
export type MailClient = 'outlook' | 'outlook-classic' | 'gmail' | 'apple-mail' | 'thunderbird';

const SENDER = 'Opin.fi support';

function quoted(body: string): string {
  return body
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function outlook(language: ClientLanguage, original: OriginalEmail): string {
  const headers = {
    en: [
      `From: ${SENDER} <${original.from}>`,
      'Sent: Tuesday, December 1, 2026 10:15 AM',
      `To: ${original.to}`,
      `Subject: ${original.subject}`,
    ],
    fi: [
      `Lähettäjä: ${SENDER} <${original.from}>`,
      'Lähetetty: tiistai 1. joulukuuta 2026 10.15',
      `Vastaanottaja: ${original.to}`,
      `Aihe: ${original.subject}`,
    ],
    sv: [
      `Från: ${SENDER} <${original.from}>`,
      'Skickat: den 1 december 2026 10:15',
      `Till: ${original.to}`,
      `Ämne: ${original.subject}`,
    ],
  }[language];
  return ['________________________________', ...headers, '', original.body].join('\n');
}

function outlookClassic(language: ClientLanguage, original: OriginalEmail): string {
  const separator = {
    en: '-----Original Message-----',
    fi: '-----Alkuperäinen viesti-----',
    sv: '-----Ursprungligt meddelande-----',
  }[language];
  const lines = outlook(language, original).split('\n');
  return [separator, ...lines.slice(1)].join('\n');
}

function gmail(language: ClientLanguage, original: OriginalEmail): string {
  // Gmail's plain-text mode wraps a long attribution line at about 78 characters.
  const attribution = {
    en: `On Tue, 1 Dec 2026 at 10:15, ${SENDER} <\n${original.from}> wrote:`,
    fi: `ti 1.12.2026 klo 10.15 ${SENDER} <${original.from}>\nkirjoitti:`,
    sv: `Den tis 1 dec. 2026 kl 10:15 skrev ${SENDER} <\n${original.from}>:`,
  }[language];
  return [attribution, '', quoted(original.body)].join('\n');
}

function appleMail(language: ClientLanguage, original: OriginalEmail): string {
  const attribution = {
    en: `On 1 Dec 2026, at 10.15, ${SENDER} <${original.from}> wrote:`,
    fi: `1.12.2026 kello 10.15, ${SENDER} <${original.from}> kirjoitti:`,
    sv: `1 dec. 2026 kl. 10:15 skrev ${SENDER} <${original.from}>:`,
  }[language];
  return [attribution, '', quoted(original.body)].join('\n');
}

function thunderbird(language: ClientLanguage, original: OriginalEmail): string {
  const attribution = {
    en: `On 01/12/2026 10.15, ${SENDER} wrote:`,
    fi: `${SENDER} kirjoitti 1.12.2026 klo 10.15:`,
    sv: `Den 2026-12-01 kl. 10:15, skrev ${SENDER}:`,
  }[language];
  return [attribution, quoted(original.body)].join('\n');
}

const shapes: Record<MailClient, (language: ClientLanguage, original: OriginalEmail) => string> = {
  outlook,
  'outlook-classic': outlookClassic,
  gmail,
  'apple-mail': appleMail,
  thunderbird,
};

/** Every mail client this module knows. */
export const mailClients: readonly MailClient[] = Object.keys(shapes) as MailClient[];

/** The body of a reply written in `client` (interface in `language`) with `text` on top. */
export function replyBody(
  client: MailClient,
  language: ClientLanguage,
  original: OriginalEmail,
  text: string,
): string {
  return `${text}\n\n${shapes[client](language, original)}\n`;
}

/** The subject a reply gets: `Re:`, `VS:` (Finnish) or `SV:` (Swedish) before the original's. */
export function replySubject(language: ClientLanguage, original: OriginalEmail): string {
  return `${{ en: 'Re', fi: 'VS', sv: 'SV' }[language]}: ${original.subject}`;
}
