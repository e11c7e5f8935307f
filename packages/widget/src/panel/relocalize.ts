/**
 * Keeps the learner's place when the UI language changes: the topics and articles held by the
 * current step and the Back history are swapped for their versions in the new language.
 * @internal
 */
import type { Article, Locale, SupportClient, Topic } from '@opin/support-sdk';
import type { Step } from './steps/shared/step.js';

/** `step` with its topic (and article, when it exists in `locale`) in `locale`. */
export async function relocalizeStep(
  step: Step,
  topics: readonly Topic[],
  client: SupportClient,
  locale: Locale,
  signal: AbortSignal,
): Promise<Step> {
  const swap = (topic: Topic) => topics.find((t) => t.id === topic.id) ?? topic;
  switch (step.name) {
    case 'topic':
    case 'form':
      return { ...step, topic: swap(step.topic) };
    case 'article': {
      const article = await articleIn(step.article, client, locale, signal);
      return { ...step, article, topic: step.topic ? swap(step.topic) : null };
    }
    default:
      return step;
  }
}

async function articleIn(
  article: Article,
  client: SupportClient,
  locale: Locale,
  signal: AbortSignal,
): Promise<Article> {
  if (article.locale === locale || !article.availableLocales.includes(locale)) return article;
  try {
    const topic = article.topicIds[0];
    const institution = article.institutionId;
    const found = await client.searchArticles({ locale, topic, institution }, { signal });
    return found.find((a) => a.id === article.id) ?? article;
  } catch {
    return article;
  }
}
