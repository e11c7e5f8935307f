/**
 * The Efecte fake is strict: it serves what Efecte's documentation shows (A
 * https://docs.efecte.com/en_US/esm-rest-api-interface-description, B
 * https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json)
 * in the shapes shown there, and refuses what they do not promise, so that a connector tested
 * against it relies on nothing more.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeServer, listenOnLoopback } from './support/listen.js';
import { integrationUser, startEfecteFake, type EfecteFake } from './support/efecte-fake/index.js';

let fake: EfecteFake;
beforeEach(async () => {
  fake = await startEfecteFake();
});
afterEach(async () => {
  await fake.close();
});

async function login(password = integrationUser.password): Promise<Response> {
  return fetch(`${fake.baseUrl}/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login: integrationUser.login, password }).toString(),
  });
}

async function token(): Promise<string> {
  const body = (await (await login()).json()) as { token: string };
  return body.token;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  authorization?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { authorization: authorization ?? (await token()) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${fake.baseUrl}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createCard(subject: string, reference = 'OPIN-482019375568'): Promise<string> {
  const created = await call('POST', '/dc/incident/data', {
    folderCode: 'opin_fi',
    data: {
      subject: { values: [{ value: subject }] },
      opin_reference: { values: [{ value: reference }] },
    },
  });
  expect(created.status).toBe(201);
  return (created.body['dataCard'] as { dataCardId: string }).dataCardId;
}

describe('the Efecte fake: login (B, POST /users/login)', () => {
  it('answers a form login with a bearer token, and wrong credentials with 401 ApiException', async () => {
    const ok = await login();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      code: 200,
      token: expect.stringMatching(/^Bearer \S+$/) as string,
    });

    const wrong = await login('guess');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      code: 401,
      message: 'Wrong credentials provided.',
      error: 'Unauthorized',
      url: `${fake.baseUrl}/users/login`,
      timestamp: expect.any(String) as string,
    });
  });

  it('refuses a JSON login (B documents a form)', async () => {
    const response = await fetch(`${fake.baseUrl}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: integrationUser.login, password: integrationUser.password }),
    });
    expect(response.status).toBe(415);
  });

  it('checks the token on every call: none, a made-up one and an expired one are 401', async () => {
    const current = await token();
    expect((await call('GET', '/dc/incident/data?limit=1', undefined, current)).status).toBe(200);
    expect(
      (await call('GET', '/dc/incident/data?limit=1', undefined, 'Bearer made-up')).status,
    ).toBe(401);
    expect((await call('GET', '/dc/incident/data?limit=1', undefined, '')).status).toBe(401);
    fake.handle.expireTokens();
    const expired = await call('GET', '/dc/incident/data?limit=1', undefined, current);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 401, error: 'Unauthorized' });
  });
});

describe('the Efecte fake: data cards (A and B, /dc/{templateCode}/data)', () => {
  it('creates a card (201 {meta, dataCard: {dataCardId}}) and reads it as B DataCard', async () => {
    const id = await createCard('Kirjautuminen ei onnistu');
    const read = await call('GET', `/dc/incident/data/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      dataCardId: id,
      name: 'Kirjautuminen ei onnistu',
      templateCode: 'incident',
      folderCode: 'opin_fi',
      data: {
        subject: {
          name: 'Subject',
          type: 'string',
          values: [{ value: 'Kirjautuminen ei onnistu' }],
        },
        opin_outbound: { name: 'From Opin.fi', type: 'worklog', values: [] },
      },
    });
    const narrowed = await call(
      'GET',
      `/dc/incident/data/${id}?selectedAttributes=subject,%20opin_reference`,
    );
    expect(Object.keys(narrowed.body['data'] as object)).toEqual(['subject', 'opin_reference']);
    expect((await call('GET', '/dc/incident/data/999999')).status).toBe(404);
    expect((await call('GET', `/dc/problem/data/${id}`)).status).toBe(404);
  });

  it('has no idempotency key: the same create twice makes two cards', async () => {
    const first = await createCard('Sama');
    const second = await createCard('Sama');
    expect(Number(second)).toBeGreaterThan(Number(first));
    expect(fake.handle.writes).toEqual({ create: 2, patch: 0, append: 0 });
  });

  it.each([
    ['no folderCode', { data: {} }],
    ['a folder the template does not allow', { folderCode: 'hr', data: {} }],
    [
      'an unknown attribute',
      { folderCode: 'opin_fi', data: { colour: { values: [{ value: 'x' }] } } },
    ],
    ['an unknown field', { folderCode: 'opin_fi', data: {}, idempotencyKey: 'k' }],
    [
      'a static value the attribute does not have',
      { folderCode: 'opin_fi', data: { opin_state: { values: [{ value: '99' }] } } },
    ],
    [
      'two values in a single-valued attribute',
      { folderCode: 'opin_fi', data: { subject: { values: [{ value: 'a' }, { value: 'b' }] } } },
    ],
    [
      'a worklog comment with its own author',
      {
        folderCode: 'opin_fi',
        data: { opin_outbound: { values: [{ value: 'x', author: 'me' }] } },
      },
    ],
  ])('refuses a create with %s (400)', async (_, body) => {
    const refused = await call('POST', '/dc/incident/data', body);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 400, error: 'Bad Request' });
    expect(fake.handle.writes.create).toBe(0);
  });

  it('edits a card with PATCH (absolute values), refusing a mismatched id and worklog edits', async () => {
    const id = await createCard('Vanha');
    const edited = await call('PATCH', `/dc/incident/data/${id}`, {
      dataCardId: id,
      data: { subject: { values: [{ value: 'Uusi' }] }, opin_state: { values: [{ value: '02' }] } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ dataCard: { dataCardId: id } });
    expect(fake.handle.card(id).data['opin_state']?.values).toEqual([
      { value: '02', code: 'in_progress' },
    ]);
    expect(fake.handle.card(id).name).toBe('Uusi');

    const mismatched = await call('PATCH', `/dc/incident/data/${id}`, {
      dataCardId: '1',
      data: {},
    });
    expect(mismatched.status).toBe(400);
    const worklog = await call('PATCH', `/dc/incident/data/${id}`, {
      dataCardId: id,
      data: { opin_outbound: { values: [{ value: 'x' }] } },
    });
    expect(worklog.status).toBe(400);
    expect(fake.handle.writes.patch).toBe(1);
  });

  it('appends worklog comments newest first, authored by the caller; a full single value is refused', async () => {
    const id = await createCard('Loki');
    expect(
      (await call('POST', `/dc/incident/data/${id}/opin_outbound`, { values: [{ value: 'eka' }] }))
        .status,
    ).toBe(200);
    fake.handle.addWorklog(id, 'opin_outbound', 'agentin');
    expect(
      (await call('POST', `/dc/incident/data/${id}/opin_outbound`, { values: [{ value: 'toka' }] }))
        .status,
    ).toBe(200);
    expect(fake.handle.card(id).data['opin_outbound']?.values).toEqual([
      { author: 'Opin.fi Integration', value: 'toka', date: expect.any(String) as string },
      { author: 'Aino Agentti', value: 'agentin', date: expect.any(String) as string },
      { author: 'Opin.fi Integration', value: 'eka', date: expect.any(String) as string },
    ]);
    const full = await call('POST', `/dc/incident/data/${id}/subject`, {
      values: [{ value: 'toinen' }],
    });
    expect(full.status).toBe(400);
    expect(
      (await call('POST', `/dc/incident/data/${id}/nothing`, { values: [{ value: 'x' }] })).status,
    ).toBe(404);
    expect(fake.handle.writes.append).toBe(2);
  });

  it('refuses what it does not serve: bulk PUT, DELETE, the stream', async () => {
    const id = await createCard('Ei');
    expect((await call('PUT', '/dc/incident/data', [])).status).toBe(405);
    expect((await call('DELETE', `/dc/incident/data/${id}`)).status).toBe(405);
    expect((await call('GET', '/dc/incident/data/stream')).status).toBe(404);
  });
});

describe('the Efecte fake: lists (A: limit, filterId, filter, dataCards, selectedAttributes)', () => {
  it.each([
    ['no limit', ''],
    ['limit 0', 'limit=0'],
    ['limit 201', 'limit=201'],
    ['a limit that is not a number', 'limit=ten'],
    ['an unknown parameter', 'limit=5&sort=updated'],
    ['a parameter twice', 'limit=5&limit=6'],
    ['dataCards that is not a boolean', 'limit=5&dataCards=yes'],
    ['an unknown selected attribute', 'limit=5&selectedAttributes=colour'],
  ])('refuses %s (400)', async (_, query) => {
    expect((await call('GET', `/dc/incident/data?${query}`)).status).toBe(400);
  });

  it('pages ids descending; links.next carries filterId = the last id', async () => {
    const ids: string[] = [];
    for (const subject of ['a', 'b', 'c', 'd', 'e']) ids.push(await createCard(subject));
    const first = await call('GET', '/dc/incident/data?limit=2');
    expect(first.body).toMatchObject({
      meta: { count: 2, limit: 2 },
      data: [
        { dataCardId: ids[4], name: 'e', url: `/dc/incident/data/${ids[4]}` },
        { dataCardId: ids[3], name: 'd', url: `/dc/incident/data/${ids[3]}` },
      ],
    });
    const next = (first.body['meta'] as { links: { next: string } }).links.next;
    expect(new URL(next).searchParams.get('filterId')).toBe(ids[3]);
    const rest = await call('GET', `/dc/incident/data?limit=5&filterId=${ids[3]}`);
    expect((rest.body['data'] as { dataCardId: string }[]).map((card) => card.dataCardId)).toEqual([
      ids[2],
      ids[1],
      ids[0],
    ]);
    expect(rest.body['meta']).toEqual({ count: 3, limit: 5, links: {} });
  });

  it('gives full cards with dataCards=true, narrowed by selectedAttributes', async () => {
    await createCard('täysi');
    const list = await call(
      'GET',
      '/dc/incident/data?limit=1&dataCards=true&selectedAttributes=subject',
    );
    expect(list.body['data']).toEqual([
      expect.objectContaining({
        templateCode: 'incident',
        data: { subject: { name: 'Subject', type: 'string', values: [{ value: 'täysi' }] } },
      }),
    ]);
  });

  it("filters on $code$ = '…', $updated$ > '<ISO>' and their and", async () => {
    const before = new Date(Date.now() - 60_000).toISOString();
    await createCard('yksi', 'OPIN-000000000001');
    const two = await createCard('kaksi', 'OPIN-000000000002');
    const byReference = await call(
      'GET',
      `/dc/incident/data?limit=5&filter=${encodeURIComponent("$opin_reference$ = 'OPIN-000000000002'")}`,
    );
    expect(byReference.body['data']).toEqual([expect.objectContaining({ dataCardId: two })]);
    const both = `$updated$ > '${before}' and $opin_reference$ = 'OPIN-000000000002'`;
    expect(
      (await call('GET', `/dc/incident/data?limit=5&filter=${encodeURIComponent(both)}`)).body[
        'meta'
      ],
    ).toMatchObject({ count: 1 });
    const future = `$updated$ > '${new Date(Date.now() + 60_000).toISOString()}'`;
    expect(
      (await call('GET', `/dc/incident/data?limit=5&filter=${encodeURIComponent(future)}`)).body[
        'meta'
      ],
    ).toMatchObject({ count: 0 });
  });

  it.each([
    ["$updated$ > 'start_week'"],
    ["$updated$ = '2026-12-07T10:00:00Z'"],
    ["$subject$ > 'a'"],
    ["$subject$ = 'a' or $subject$ = 'b'"],
    ["($subject$ = 'a')"],
    ["$subject$ = 'it''s'"],
    ["$subject$ = 'it\\'s'"],
    ["$colour$ = 'red'"],
    ["$subject$ = 'a' and"],
    ['subject = a'],
  ])('refuses the filter %s (400)', async (filter) => {
    const refused = await call(
      'GET',
      `/dc/incident/data?limit=5&filter=${encodeURIComponent(filter)}`,
    );
    expect(refused.status).toBe(400);
  });
});

describe('the Efecte fake: the test handle', () => {
  it('fails the next n calls with 500, then serves', async () => {
    const current = await token();
    fake.handle.failNext(2);
    expect((await call('GET', '/dc/incident/data?limit=1', undefined, current)).status).toBe(500);
    expect((await call('GET', '/dc/incident/data?limit=1', undefined, current)).status).toBe(500);
    expect((await call('GET', '/dc/incident/data?limit=1', undefined, current)).status).toBe(200);
  });

  it('holds a hung call until the client gives up', async () => {
    const current = await token();
    fake.handle.failNext(1, 'hang');
    const controller = new AbortController();
    const pending = fetch(`${fake.baseUrl}/dc/incident/data?limit=1`, {
      headers: { authorization: current },
      signal: controller.signal,
    });
    await fake.handle.waitForHeld(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('fires the outbound call with the configured secret, another one, or none', async () => {
    const seen: { authorization: string | undefined; body: string }[] = [];
    const receiver = await listenOnLoopback((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        seen.push({ authorization: request.headers.authorization, body });
        response.writeHead(202).end();
      });
    });
    try {
      fake.handle.configureOutbound({
        url: `${receiver.url}/integrations/efecte/helsinki`,
        secret: 's'.repeat(32),
      });
      expect((await fake.handle.fireOutbound('40201')).status).toBe(202);
      await fake.handle.fireOutbound('40201', 'forged');
      await fake.handle.fireOutbound('40201', null);
      expect(seen).toEqual([
        { authorization: `Bearer ${'s'.repeat(32)}`, body: '{"dataCardId":"40201"}' },
        { authorization: 'Bearer forged', body: '{"dataCardId":"40201"}' },
        { authorization: undefined, body: '{"dataCardId":"40201"}' },
      ]);
    } finally {
      await closeServer(receiver.server);
    }
  });
});
