/**
 * What the schemas of one file cannot see: ids unique within their list, the `opin` desk present,
 * and every id an article names known. The demo config has none of these problems, and a config
 * directory with any of them is refused.
 * @internal
 */
import { OPIN_DESK_ID } from '@opin/support-sdk/schemas';
import type { SupportConfig } from '../support-config.js';

/** The lists of a config directory (`webhooks` is the server's alone, and optional). */
export type ConfigPart = 'desks' | 'topics' | 'articles' | 'webhooks';

/** One problem, with the list and the field path (from the list) where it is. */
export interface ConfigProblem {
  readonly part: ConfigPart;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function duplicateIds(part: ConfigPart, items: readonly { id: string }[]): ConfigProblem[] {
  const firstAt = new Map<string, number>();
  const problems: ConfigProblem[] = [];
  items.forEach(({ id }, index) => {
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else problems.push({ part, path: [index, 'id'], message: `id "${id}" is also at [${first}]` });
  });
  return problems;
}

/** Every problem across the config's lists; empty when the config is usable. */
export function configProblems(config: SupportConfig): ConfigProblem[] {
  const problems = [
    ...duplicateIds('desks', config.desks),
    ...duplicateIds('topics', config.topics),
    ...duplicateIds('articles', config.articles),
  ];
  const opinAt = config.desks.findIndex((desk) => desk.id === OPIN_DESK_ID);
  if (opinAt === -1) {
    problems.push({
      part: 'desks',
      path: [],
      message: `no desk "${OPIN_DESK_ID}": it owns the opin topics and tickets without an institution`,
    });
  } else if (config.desks[opinAt]?.institution) {
    problems.push({
      part: 'desks',
      path: [opinAt, 'institution'],
      message: `desk "${OPIN_DESK_ID}" is Opin.fi's own desk, not an institution`,
    });
  }
  const topicIds = new Set(config.topics.map((topic) => topic.id));
  const institutionIds = new Set(config.desks.filter((d) => d.institution).map((d) => d.id));
  config.articles.forEach((article, index) => {
    article.topicIds.forEach((topicId, at) => {
      if (!topicIds.has(topicId)) {
        problems.push({
          part: 'articles',
          path: [index, 'topicIds', at],
          message: `unknown topic "${topicId}"`,
        });
      }
    });
    const institution = article.institutionId;
    if (institution !== undefined && !institutionIds.has(institution)) {
      problems.push({
        part: 'articles',
        path: [index, 'institutionId'],
        message: `unknown institution "${institution}" (no desk with that id and institution: true)`,
      });
    }
  });
  return problems;
}
