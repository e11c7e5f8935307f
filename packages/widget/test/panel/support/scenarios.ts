/**
 * Data for panel tests, prepared through the SDK against the in-page mock: topics and articles
 * in a language, and tickets that have been through hand-offs.
 * @internal
 */
import {
  createSupportClient,
  type Article,
  type CreatedTicket,
  type Locale,
  type Topic,
} from '@opin/support-sdk';
import { apiBase, deskActions, fileTicket } from '../../support/mock-api.js';

/** A learner client against the mock, without retries. */
export function learner() {
  return createSupportClient({ baseUrl: apiBase, retry: { limit: 0 } });
}

/** The topic `id` as the API gives it in `locale`. */
export async function topicIn(locale: Locale, id: string): Promise<Topic> {
  const topic = (await learner().listTopics({ locale })).find((t) => t.id === id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic;
}

/**
 * The article `id` of `topicId` as the API gives it in `locale` (possibly a fallback); an
 * institution's own article comes only with that `institution`.
 */
export async function articleIn(
  locale: Locale,
  id: string,
  topicId: string,
  institution?: string,
): Promise<Article> {
  const found = await learner().searchArticles({ locale, topic: topicId, institution });
  const article = found.find((a) => a.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article;
}

/** A ticket with a full hand-off history: declined transfer, consult, answers, resolved. */
export async function ticketWithHistory(language: Locale): Promise<CreatedTicket> {
  const created = await fileTicket({ language, subject: 'Login loop', description: 'It loops.' });
  const id = created.ticket.id;
  await deskActions.handOff('opin', id, { to: 'aalto', mode: 'transfer' });
  await deskActions.decline('aalto', id);
  await deskActions.handOff('opin', id, { to: 'helsinki', mode: 'consult' });
  await deskActions.accept('helsinki', id);
  await deskActions.note('helsinki', id, 'Known issue on our side, fixed now.');
  await deskActions.reply('opin', id, 'Please try again now.');
  const access = { id, accessToken: created.accessToken };
  await learner().sendMessage(access, { body: 'It works, thanks!' });
  await deskActions.setStatus('opin', id, 'resolved');
  return created;
}

/** An e-mail desk that answers in `language`: Tampere (fi, en) or Åbo Akademi (sv, en). */
export function emailDeskFor(language: Locale): string {
  return language === 'fi' ? 'tampere' : 'abo-akademi';
}

/** A ticket being transferred to an e-mail desk, which has not answered yet. */
export async function ticketTransferredByEmail(language: Locale): Promise<CreatedTicket> {
  const desk = emailDeskFor(language);
  const created = await fileTicket({
    topicId: 'credits-and-grades',
    institutionId: desk,
    language,
    subject: 'Grade missing',
    description: 'My grade is missing.',
  });
  await deskActions.handOff('opin', created.ticket.id, { to: desk, mode: 'transfer' });
  return created;
}
