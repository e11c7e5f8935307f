/**
 * @internal Learners filing tickets from different portals, in their own languages, and the
 * drafts they send: every draft has its own body and its own stored Idempotency-Key.
 */
import type { CreateTicketRequest } from '@opin/support-sdk';

interface Learner {
  name: string;
  email: string;
  language: CreateTicketRequest['language'];
  /** The portal the widget is embedded in. */
  origin: string;
  topicId: string;
  institutionId?: string;
  subject: string;
}

const learners: readonly Learner[] = [
  {
    name: 'Aino Virtanen',
    email: 'aino.virtanen@example.fi',
    language: 'fi',
    origin: 'opin',
    topicId: 'sign-in',
    subject: 'Kirjautuminen katkeaa',
  },
  {
    name: 'Erik Lindqvist',
    email: 'erik.lindqvist@example.fi',
    language: 'sv',
    origin: 'abo-akademi',
    topicId: 'credits-and-grades',
    institutionId: 'abo-akademi',
    subject: 'Vitsordet syns inte',
  },
  {
    name: 'Sam Okafor',
    email: 'sam.okafor@example.com',
    language: 'en',
    origin: 'helsinki',
    topicId: 'search-broken',
    subject: 'Search shows an error',
  },
  {
    name: 'Mikko Räsänen',
    email: 'mikko.rasanen@example.fi',
    language: 'fi',
    origin: 'tampere',
    topicId: 'enrolment-failed',
    institutionId: 'tampere',
    subject: 'Ilmoittautuminen ei tallennu',
  },
  {
    name: 'Linnéa Åberg',
    email: 'linnea.aberg@example.fi',
    language: 'sv',
    origin: 'hanken',
    topicId: 'study-right-and-fees',
    institutionId: 'hanken',
    subject: 'Fråga om studierätt',
  },
  {
    name: 'Noora Heikkinen',
    email: 'noora.heikkinen@example.fi',
    language: 'en',
    origin: 'aalto',
    topicId: 'accessibility-arrangements',
    institutionId: 'aalto',
    subject: 'Extra time in exams',
  },
  {
    name: 'Jussi Korhonen',
    email: 'jussi.korhonen@example.fi',
    language: 'fi',
    origin: 'oulu',
    topicId: 'personal-data',
    subject: 'Henkilötietojeni poistaminen',
  },
  {
    name: 'Amira Haddad',
    email: 'amira.haddad@example.com',
    language: 'en',
    origin: 'metropolia',
    topicId: 'finding-studies',
    subject: 'Courses taught in English',
  },
];

/** One draft: what is sent, and the key stored with it. */
export interface Submission {
  body: CreateTicketRequest;
  idempotencyKey: string;
}

/** `total` drafts, spread over the learners; each learner's drafts in the order they are sent. */
export function draftsByLearner(total: number): Submission[][] {
  const byLearner: Submission[][] = learners.map(() => []);
  for (let n = 0; n < total; n++) {
    const learner = learners[n % learners.length];
    const drafts = byLearner[n % learners.length];
    if (!learner || !drafts) continue;
    const number = String(n + 1).padStart(3, '0');
    drafts.push({
      idempotencyKey: `draft-${learner.email}-${number}`,
      body: {
        topicId: learner.topicId,
        ...(learner.institutionId !== undefined && { institutionId: learner.institutionId }),
        origin: learner.origin,
        language: learner.language,
        subject: `${learner.subject} (${number})`,
        description: `Draft ${number} from ${learner.name}: tämä on viesti numero ${number}.`,
        contact: { email: learner.email, name: learner.name },
      },
    });
  }
  return byLearner;
}
