import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  deskSchema,
  institutionSchema,
  locales,
  textProblem,
  topicSchema,
  type Locale,
} from '@opin/support-sdk/schemas';
import {
  articles,
  demoDirectory,
  desks,
  topics,
  type SeedArticleText,
} from '../src/demo-config/index.js';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const institutions = desks.filter((desk) => desk.institution);
const topicIds = new Set(topics.map((topic) => topic.id));

/** Every language version an article has, with its locale. */
function translationsOf(article: (typeof articles)[number]): [Locale, SeedArticleText][] {
  return locales.flatMap((locale) => {
    const text = article.translations[locale];
    return text ? [[locale, text] as [Locale, SeedArticleText]] : [];
  });
}

function expectUniqueSlugs(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(idPattern);
}

describe('seed desks', () => {
  it('has an opin desk that answers fi, sv and en in real time', () => {
    const opin = demoDirectory.findDesk('opin');
    expect(opin).toMatchObject({ integration: 'realtime', institution: false });
    expect(opin?.languages).toEqual(['fi', 'sv', 'en']);
  });

  it('lists at least eight institutions, two or more answering in Swedish but not Finnish', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(8);
    const swedishOnly = institutions.filter(
      (desk) => desk.languages.includes('sv') && !desk.languages.includes('fi'),
    );
    expect(swedishOnly.length).toBeGreaterThanOrEqual(2);
  });

  it('uses both integrations, with a desk e-mail on exactly the e-mail desks', () => {
    expect(new Set(desks.map((desk) => desk.integration))).toEqual(new Set(['realtime', 'email']));
    for (const desk of desks) {
      if (desk.integration === 'email') expect(desk.deskEmail).toMatch(/^[^\s@]+@[^\s@]+\.fi$/);
      else expect(desk.deskEmail).toBeUndefined();
    }
  });

  it('gives every desk a unique slug id', () => {
    expectUniqueSlugs(desks.map((desk) => desk.id));
  });

  it('keeps response targets plausible and contact pages on https', () => {
    for (const desk of desks) {
      expect(desk.responseTargetHours).toBeGreaterThanOrEqual(8);
      expect(desk.responseTargetHours).toBeLessThanOrEqual(72);
      expect(desk.contactUrl).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('fits the desk schema, and institutions fit the institution schema', () => {
    for (const desk of desks) expect(deskSchema.safeParse(desk).error).toBeUndefined();
    for (const desk of institutions)
      expect(institutionSchema.safeParse(desk).error).toBeUndefined();
  });

  it('finds a desk by id and nothing for an unknown id', () => {
    expect(demoDirectory.findDesk('abo-akademi')?.languages).toEqual(['sv', 'en']);
    expect(demoDirectory.findDesk('no-such-desk')).toBeUndefined();
  });
});

describe('seed topics', () => {
  it('has at least ten topics of every kind and both owners', () => {
    expect(topics.length).toBeGreaterThanOrEqual(10);
    expect(new Set(topics.map((topic) => topic.kind))).toEqual(
      new Set(['incident', 'question', 'request']),
    );
    expect(new Set(topics.map((topic) => topic.owner))).toEqual(new Set(['opin', 'institution']));
  });

  it.each([
    ['sign-in', 'incident', 'opin'],
    ['search-broken', 'incident', 'opin'],
    ['enrolment-failed', 'incident', 'institution'],
    ['credits-and-grades', 'question', 'institution'],
    ['study-right-and-fees', 'question', 'institution'],
    ['accessibility-arrangements', 'request', 'institution'],
    ['personal-data', 'request', 'opin'],
  ])('includes %s as a %s owned by %s', (id, kind, owner) => {
    expect(topics.find((topic) => topic.id === id)).toMatchObject({ kind, owner });
  });

  it('gives every topic a unique slug id', () => {
    expectUniqueSlugs(topics.map((topic) => topic.id));
  });

  it('asks for an institution exactly when the institution owns the topic', () => {
    for (const topic of topics) {
      expect(topic.requiresInstitution).toBe(topic.owner === 'institution');
    }
  });

  it('has a short title and a summary in every locale, fitting the topic schema', () => {
    for (const topic of topics) {
      for (const locale of locales) {
        const title = topic.title[locale];
        const summary = topic.summary[locale];
        expect(title.trim().length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(60);
        expect(summary.trim().length).toBeGreaterThan(0);
        const served = { ...topic, title, summary, locale };
        expect(topicSchema.safeParse(served).error).toBeUndefined();
      }
    }
  });
});

describe('seed articles', () => {
  it('has at least twenty articles with unique slug ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expectUniqueSlugs(articles.map((article) => article.id));
  });

  it('links every article to one or two existing topics and only to existing desks', () => {
    for (const article of articles) {
      expect(article.topicIds.length).toBeGreaterThanOrEqual(1);
      expect(article.topicIds.length).toBeLessThanOrEqual(2);
      for (const topicId of article.topicIds) expect(topicIds).toContain(topicId);
      if (article.institutionId !== undefined) {
        expect(demoDirectory.findDesk(article.institutionId)?.institution).toBe(true);
      }
    }
  });

  it('has at least three institution-specific articles', () => {
    const specific = articles.filter((article) => article.institutionId !== undefined);
    expect(specific.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every topic at least one article', () => {
    const covered = new Set(articles.flatMap((article) => article.topicIds));
    for (const topic of topics) expect(covered).toContain(topic.id);
  });

  it('has every article in some locale, and at least three missing a locale', () => {
    for (const article of articles) expect(translationsOf(article).length).toBeGreaterThan(0);
    const partial = articles.filter((article) => translationsOf(article).length < locales.length);
    expect(partial.length).toBeGreaterThanOrEqual(3);
  });

  it('writes bodies as plain text of two to five paragraphs', () => {
    for (const article of articles) {
      for (const [, text] of translationsOf(article)) {
        expect(text.body).not.toMatch(/[<>]/);
        expect(text.body).not.toMatch(/^\s*([#*-]|\d+\.)\s/m);
        const paragraphCount = text.body.split('\n\n').length;
        expect(paragraphCount).toBeGreaterThanOrEqual(2);
        expect(paragraphCount).toBeLessThanOrEqual(5);
      }
    }
  });

  it('uses only https links', () => {
    for (const article of articles) {
      for (const [, text] of translationsOf(article)) {
        for (const link of text.links ?? []) expect(link.url).toMatch(/^https:\/\/\S+$/);
      }
    }
  });

  it('fits the article schema in every locale it exists in', () => {
    for (const article of articles) {
      const translations = translationsOf(article);
      const availableLocales = translations.map(([locale]) => locale);
      for (const [locale, text] of translations) {
        const served = { ...article, ...text, locale, availableLocales };
        expect(articleSchema.safeParse(served).error).toBeUndefined();
      }
    }
  });
});

describe('seed translations', () => {
  it('never copies the English text of a topic into Finnish or Swedish', () => {
    for (const topic of topics) {
      for (const locale of ['fi', 'sv'] as const) {
        expect(topic.title[locale]).not.toBe(topic.title.en);
        expect(topic.summary[locale]).not.toBe(topic.summary.en);
      }
    }
  });

  it('never copies the English text of an article into Finnish or Swedish', () => {
    for (const article of articles) {
      const english = article.translations.en;
      if (!english) continue;
      for (const locale of ['fi', 'sv'] as const) {
        const text = article.translations[locale];
        if (!text) continue;
        expect(text.title).not.toBe(english.title);
        expect(text.summary).not.toBe(english.summary);
        expect(text.body).not.toBe(english.body);
      }
    }
  });
});

describe('seed names and titles', () => {
  it('are single lines of visible text, like a learner’s subject (they reach e-mail lines too)', () => {
    const rule = { min: 1, max: 200, singleLine: true };
    for (const { name } of desks) {
      for (const locale of locales) expect(textProblem(name[locale], rule), name.en).toBeNull();
    }
    for (const { title } of topics) {
      for (const locale of locales) expect(textProblem(title[locale], rule), title.en).toBeNull();
    }
  });
});
