import {
  articleSchema,
  deskSchema,
  institutionSchema,
  routingPreviewSchema,
  topicSchema,
} from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { articles, desks, topics } from '../src/index.js';
import { errorOf, fileTicket, postJson, useMockServer } from './support/http.js';

function parseList<T>(schema: { parse(value: unknown): T }, value: unknown): T[] {
  expect(Array.isArray(value)).toBe(true);
  return (value as unknown[]).map((item) => schema.parse(item));
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.json();
}

describe('the catalog endpoints over HTTP', () => {
  const handle = useMockServer();

  it('lists topics in the requested locale, Finnish by default', async () => {
    const sv = parseList(topicSchema, await getJson(`${handle.base}/topics?locale=sv`));
    expect(sv).toHaveLength(topics.length);
    expect(sv[0]).toMatchObject({ locale: 'sv', title: topics[0]?.title.sv });
    const fallback = parseList(topicSchema, await getJson(`${handle.base}/topics`));
    expect(fallback[0]?.locale).toBe('fi');
    expect((await fetch(`${handle.base}/topics?locale=de`)).status).toBe(400);
  });

  it('lists institutions and desks, with deskEmail only for e-mail desks', async () => {
    const institutions = parseList(institutionSchema, await getJson(`${handle.base}/institutions`));
    expect(institutions.map((i) => i.id)).not.toContain('opin');
    const listed = parseList(deskSchema, await getJson(`${handle.base}/desks`));
    expect(listed).toHaveLength(desks.length);
    for (const desk of listed)
      expect(desk.deskEmail !== undefined).toBe(desk.integration === 'email');
  });

  it('returns every general article in the requested locale or its fallback, with its real locale', async () => {
    const found = parseList(articleSchema, await getJson(`${handle.base}/articles?locale=sv`));
    const general = articles.filter((a) => a.institutionId === undefined);
    expect(found.map((a) => a.id)).toEqual(general.map((a) => a.id));
    for (const article of found) {
      const seed = articles.find((a) => a.id === article.id);
      const expected = seed?.translations.sv ? 'sv' : seed?.translations.en ? 'en' : 'fi';
      expect(article.locale).toBe(expected);
      expect(article.availableLocales).toEqual(
        ['fi', 'sv', 'en'].filter((l) => seed?.translations[l as 'fi'] !== undefined),
      );
    }
  });

  it('searches case- and diacritic-insensitively and filters by topic and institution', async () => {
    const sample = articles.find((a) => a.translations.fi !== undefined);
    const word = sample?.translations.fi?.title.split(/\s+/).find((w) => w.length > 4) ?? '';
    const query = encodeURIComponent(word.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''));
    const hits = parseList(
      articleSchema,
      await getJson(`${handle.base}/articles?locale=fi&q=${query}`),
    );
    expect(hits.map((a) => a.id)).toContain(sample?.id);

    const byTopic = parseList(
      articleSchema,
      await getJson(`${handle.base}/articles?topic=sign-in`),
    );
    expect(byTopic.length).toBeGreaterThan(0);
    expect(byTopic.every((a) => a.topicIds.includes('sign-in'))).toBe(true);

    const forHelsinki = parseList(
      articleSchema,
      await getJson(`${handle.base}/articles?institution=helsinki`),
    );
    expect(
      forHelsinki.every((a) => a.institutionId === undefined || a.institutionId === 'helsinki'),
    ).toBe(true);
    expect(forHelsinki.some((a) => a.institutionId === 'helsinki')).toBe(true);
    expect(byTopic.every((a) => a.institutionId === undefined)).toBe(true);
  });

  it('takes article feedback with 204 and refuses unknown articles with 404', async () => {
    const id = articles[0]?.id ?? '';
    expect(
      (await postJson(`${handle.base}/articles/${id}/feedback`, { helpful: true, locale: 'fi' }))
        .status,
    ).toBe(204);
    expect(
      (await postJson(`${handle.base}/articles/no-such/feedback`, { helpful: true, locale: 'fi' }))
        .status,
    ).toBe(404);
    expect(
      (await postJson(`${handle.base}/articles/${id}/feedback`, { helpful: 'yes', locale: 'fi' }))
        .status,
    ).toBe(400);
  });

  it('previews the route before filing', async () => {
    const response = await postJson(`${handle.base}/routing/preview`, {
      topicId: 'credits-and-grades',
      institutionId: 'helsinki',
      origin: 'opin',
      language: 'fi',
    });
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    const preview = routingPreviewSchema.parse(body);
    expect(preview.plannedHandoff).toEqual({ to: 'helsinki', mode: 'transfer' });
    const unknown = await postJson(`${handle.base}/routing/preview`, {
      topicId: 'nope',
      origin: 'opin',
      language: 'fi',
    });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).details).toEqual([
      expect.objectContaining({ path: ['topicId'] }),
    ]);
  });

  it('gives an institution topic to opin when the learner does not know their institution', async () => {
    const request = { topicId: 'credits-and-grades', origin: 'opin', language: 'fi' };
    const response = await postJson(`${handle.base}/routing/preview`, request);
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(routingPreviewSchema.parse(body)).toMatchObject({
      answeringDesk: 'opin',
      plannedHandoff: null,
    });
    const { ticket } = await fileTicket(handle.base, request);
    expect(ticket).toMatchObject({ institutionId: null, owner: 'opin', handoff: null });
    expect(ticket.desks.map((desk) => desk.id)).toEqual(['opin']);
  });
});
