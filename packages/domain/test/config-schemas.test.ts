import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { articleConfigSchema } from '../src/config-schemas/article-config-schema.js';
import { configProblems } from '../src/config-schemas/config-problems.js';
import { deskConfigSchema } from '../src/config-schemas/desk-config-schema.js';
import { topicConfigSchema } from '../src/config-schemas/topic-config-schema.js';
import { demoConfig } from '../src/demo-config/index.js';
import type { SupportConfig } from '../src/support-config.js';

const desk = {
  id: 'opin',
  name: { fi: 'Opin.fi-tuki', sv: 'Opin.fi-supporten', en: 'Opin.fi support' },
  languages: ['fi', 'sv', 'en'],
  integration: 'realtime',
  responseTargetHours: 24,
  contactUrl: 'https://opin.fi/tuki',
  institution: false,
};

function issuesOf(schema: z.ZodMiniType, value: unknown) {
  return (schema.safeParse(value).error?.issues ?? []).map((issue) => ({
    path: issue.path,
    message: issue.message,
  }));
}

describe('the config schemas', () => {
  it('accept the demo config, and the demo config has no problem across its lists', () => {
    expect(z.array(deskConfigSchema).safeParse(demoConfig.desks).error).toBeUndefined();
    expect(z.array(topicConfigSchema).safeParse(demoConfig.topics).error).toBeUndefined();
    expect(z.array(articleConfigSchema).safeParse(demoConfig.articles).error).toBeUndefined();
    expect(configProblems(demoConfig)).toEqual([]);
  });

  it('give an e-mail desk its address and no other desk one', () => {
    expect(issuesOf(deskConfigSchema, { ...desk, integration: 'email' })).toEqual([
      { path: ['deskEmail'], message: 'An e-mail desk needs the address hand-offs are sent to.' },
    ]);
    expect(issuesOf(deskConfigSchema, { ...desk, deskEmail: 'tuki@opin.fi' })).toEqual([
      { path: ['deskEmail'], message: 'Only an e-mail desk has a deskEmail.' },
    ]);
  });

  it('refuse unknown fields, plain-http contact pages and desks without a language', () => {
    const unknownField = deskConfigSchema.safeParse({ ...desk, email: 'x@y.fi' }).error?.issues;
    expect(unknownField).toMatchObject([{ code: 'unrecognized_keys', keys: ['email'], path: [] }]);
    expect(issuesOf(deskConfigSchema, { ...desk, contactUrl: 'http://opin.fi' })).toEqual([
      { path: ['contactUrl'], message: 'Must be an https:// URL.' },
    ]);
    expect(issuesOf(deskConfigSchema, { ...desk, languages: [] })).toEqual([
      { path: ['languages'], message: 'Needs at least one language.' },
    ]);
  });

  it('want a topic in every language and an article in at least one', () => {
    const topic = demoConfig.topics[0];
    expect(
      issuesOf(topicConfigSchema, { ...topic, title: { fi: 'Otsikko', en: 'Title' } }),
    ).toMatchObject([{ path: ['title', 'sv'] }]);
    const article = demoConfig.articles[0];
    expect(issuesOf(articleConfigSchema, { ...article, translations: {} })).toEqual([
      { path: ['translations'], message: 'Needs a text in at least one language.' },
    ]);
    expect(issuesOf(articleConfigSchema, { ...article, topicIds: [] })).toEqual([
      { path: ['topicIds'], message: 'Needs at least one topic.' },
    ]);
  });
});

describe('the checks across a config', () => {
  const [firstTopic, secondTopic] = demoConfig.topics;
  const [firstArticle] = demoConfig.articles;
  if (!firstTopic || !secondTopic || !firstArticle) throw new Error('the demo config is empty');

  it('find duplicate ids, naming where the first one is', () => {
    const config: SupportConfig = {
      ...demoConfig,
      topics: [firstTopic, secondTopic, { ...secondTopic }],
      articles: [],
    };
    expect(configProblems(config)).toEqual([
      { part: 'topics', path: [2, 'id'], message: `id "${secondTopic.id}" is also at [1]` },
    ]);
  });

  it('need the opin desk, and not as an institution', () => {
    const withoutOpin = { ...demoConfig, desks: demoConfig.desks.filter((d) => d.id !== 'opin') };
    const [missing, ...more] = configProblems(withoutOpin);
    expect(more).toEqual([]);
    expect(missing).toMatchObject({ part: 'desks', path: [] });
    expect(missing?.message).toContain('no desk "opin"');
    const opinInstitution = {
      ...demoConfig,
      desks: demoConfig.desks.map((d) => (d.id === 'opin' ? { ...d, institution: true } : d)),
    };
    expect(configProblems(opinInstitution)).toMatchObject([
      { part: 'desks', path: [0, 'institution'] },
    ]);
  });

  it('find articles naming an unknown topic or institution', () => {
    const config: SupportConfig = {
      ...demoConfig,
      articles: [
        { ...firstArticle, topicIds: [firstTopic.id, 'no-such-topic'], institutionId: 'opin' },
      ],
    };
    expect(configProblems(config)).toEqual([
      { part: 'articles', path: [0, 'topicIds', 1], message: 'unknown topic "no-such-topic"' },
      {
        part: 'articles',
        path: [0, 'institutionId'],
        message: 'unknown institution "opin" (no desk with that id and institution: true)',
      },
    ]);
  });
});
