import { describe, expect, it } from 'vitest';
import { foldForSearch, localizeArticle, searchArticles } from '../src/articles.js';
import { articles, demoDirectory } from '../src/demo-config/index.js';
import type { SeedArticle } from '../src/demo-config/types.js';

const text = (title: string) => ({ title, summary: `${title} summary`, body: `${title} body` });

const onlyFinnishAndSwedish: SeedArticle = {
  id: 'only-fi-sv',
  topicIds: ['sign-in'],
  translations: { fi: text('Suomeksi'), sv: text('På svenska') },
};
const onlyEnglishAndFinnish: SeedArticle = {
  id: 'only-en-fi',
  topicIds: ['sign-in'],
  institutionId: 'helsinki',
  translations: { en: text('In English'), fi: text('Suomeksi') },
};

describe('article locales', () => {
  it('returns the requested locale when it exists', () => {
    expect(localizeArticle(onlyFinnishAndSwedish, 'sv')).toMatchObject({
      locale: 'sv',
      title: 'På svenska',
    });
  });

  it('falls back to English first, then Finnish, then Swedish', () => {
    expect(localizeArticle(onlyEnglishAndFinnish, 'sv')).toMatchObject({
      locale: 'en',
      title: 'In English',
    });
    expect(localizeArticle(onlyFinnishAndSwedish, 'en')).toMatchObject({
      locale: 'fi',
      title: 'Suomeksi',
    });
  });

  it('lists the locales that exist, and the institution when there is one', () => {
    expect(localizeArticle(onlyEnglishAndFinnish, 'fi')).toMatchObject({
      availableLocales: ['fi', 'en'],
      institutionId: 'helsinki',
    });
    expect(localizeArticle(onlyFinnishAndSwedish, 'fi')).not.toHaveProperty('institutionId');
  });
});

describe('article search', () => {
  it('folds case and diacritics so "abo" finds "Åbo" and "paasy" finds "pääsy"', () => {
    expect(foldForSearch('Åbo Akademi')).toContain('abo');
    expect(foldForSearch('PÄÄSY')).toBe('paasy');
  });

  it("lists an institution's own articles only for that institution, under every topic", () => {
    const own = (institution?: string) =>
      searchArticles(demoDirectory, { locale: 'fi', topic: 'sign-in', institution }).filter(
        (article) => article.institutionId !== undefined,
      );
    expect(articles.find((a) => a.id === 'aalto-mycourses-sign-in')?.topicIds).toContain('sign-in');
    expect(own()).toEqual([]);
    expect(own('helsinki')).toEqual([]);
    expect(own('aalto').map((article) => article.id)).toEqual(['aalto-mycourses-sign-in']);
    expect(searchArticles(demoDirectory, { locale: 'sv', q: 'MyCourses' })).toEqual([]);
  });
});
