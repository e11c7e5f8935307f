/**
 * The Efecte client against the strict fake of Efecte's REST API v1
 * (`./support/efecte-fake/`, citing A https://docs.efecte.com/en_US/esm-rest-api-interface-description
 * and B https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json):
 * login and its refresh, idempotent creation by reference, a retried append written once, paging,
 * failures typed, and EQL literals that cannot be written safely refused before any call.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EfecteClient, type EfecteClientConfig } from '../src/efecte/efecte-client.js';
import { EfecteError } from '../src/efecte/efecte-error.js';
import { eqlAnd, eqlEquals, eqlUpdatedAfter } from '../src/efecte/eql.js';
import { carriesAnyMarker, withMarker, worklogMarker } from '../src/efecte/worklog-marker.js';
import { integrationUser, startEfecteFake, type EfecteFake } from './support/efecte-fake/index.js';

const attributes = {
  reference: 'opin_reference',
  subject: 'subject',
  summary: 'description',
  handoffState: 'opin_state',
  toOpin: 'opin_outbound',
  fromAgent: 'opin_reply',
  request: 'opin_request',
};

let fake: EfecteFake;
beforeEach(async () => {
  fake = await startEfecteFake();
});
afterEach(async () => {
  await fake.close();
});

function config(): EfecteClientConfig {
  return { baseUrl: fake.baseUrl, templateCode: 'incident', folderCode: 'opin_fi', attributes };
}

function client(options: { password?: string; timeoutMs?: number; log?: pino.Logger } = {}) {
  return new EfecteClient({
    config: config(),
    user: { login: integrationUser.login, password: options.password ?? integrationUser.password },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.log ? { log: options.log } : {}),
  });
}

function logins(): number {
  return fake.handle.requests.filter((request) => request.path === '/users/login').length;
}

/** The error `promise` rejects with (fails the test if it resolves or throws something else). */
async function failure(promise: Promise<unknown>): Promise<EfecteError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof EfecteError))
    throw new Error(`Expected an EfecteError, got ${String(error)}`);
  return error;
}

function cardData(subject: string, reference: string) {
  return {
    subject: { values: [{ value: subject }] },
    opin_reference: { values: [{ value: reference }] },
    opin_state: { values: [{ value: '01' }] },
  };
}

describe('the Efecte client: login', () => {
  it('logs in once for many calls, and again once when the token stops working', async () => {
    const efecte = client();
    await Promise.all([
      efecte.page({ limit: 1 }),
      efecte.page({ limit: 1 }),
      efecte.page({ limit: 1 }),
    ]);
    const id = await efecte.createCard(cardData('Kirjautuminen', 'OPIN-482019375568'));
    await efecte.readCard(id);
    expect(logins()).toBe(1);

    fake.handle.expireTokens();
    const card = await efecte.readCard(id);
    expect(card.dataCardId).toBe(id);
    expect(logins()).toBe(2);
    expect(fake.handle.requests.filter((request) => request.status === 401)).toHaveLength(1);
  });

  it('reports refused credentials as login_refused, not retryable', async () => {
    const error = await failure(client({ password: 'wrong' }).page({ limit: 1 }));
    expect(error).toMatchObject({ kind: 'login_refused', status: 401, retryable: false });
    expect(error.message).not.toContain('wrong');
  });

  it('never logs the password, the token or a card content', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const efecte = client({ log: pino({ level: 'trace' }, sink) });
    const id = await efecte.createCard(cardData('Salainen aihe', 'OPIN-482019375568'));
    await efecte.appendWorklog(id, 'opin_outbound', {
      deskId: 'helsinki',
      seq: 1,
      text: 'Henkilökohtainen viesti',
    });
    fake.handle.expireTokens();
    await efecte.readCard(id);
    const logged = lines.join('');
    expect(logged).toContain('logged in to Efecte');
    for (const secret of [
      integrationUser.password,
      'Salainen aihe',
      'Henkilökohtainen',
      'Bearer ',
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});

describe('the Efecte client: idempotent writes', () => {
  it('finds a card by reference: a create whose id was lost (a crash before commit) is adopted', async () => {
    const efecte = client();
    const created = await efecte.createCard(cardData('Opinnäytetyö', 'OPIN-482019375568'));
    await efecte.createCard(cardData('Toinen', 'OPIN-100000000009'));
    // The process dies here: Efecte has the card, Opin never recorded its id. After a restart:
    const restarted = client();
    expect(await restarted.findByReference('OPIN-482019375568')).toBe(created);
    expect(await restarted.findByReference('OPIN-999999999995')).toBeUndefined();
    expect(fake.handle.writes.create).toBe(2);
  });

  it('with two cards for one reference (a copy), adopts the oldest', async () => {
    const efecte = client();
    const first = await efecte.createCard(cardData('Eka', 'OPIN-482019375568'));
    await efecte.createCard(cardData('Kopio', 'OPIN-482019375568'));
    expect(await efecte.findByReference('OPIN-482019375568')).toBe(first);
  });

  it('writes a retried worklog append once, with its marker line', async () => {
    const efecte = client();
    const id = await efecte.createCard(cardData('Loki', 'OPIN-482019375568'));
    const entry = { deskId: 'helsinki', seq: 42, text: 'Oppija kirjoitti uuden viestin.' };
    expect(await efecte.appendWorklog(id, 'opin_outbound', entry)).toEqual({ written: true });
    fake.handle.addWorklog(id, 'opin_outbound', 'Agentti kommentoi.');
    expect(await efecte.appendWorklog(id, 'opin_outbound', entry)).toEqual({ written: false });
    expect(await efecte.appendWorklog(id, 'opin_outbound', { ...entry, seq: 43 })).toEqual({
      written: true,
    });
    expect(fake.handle.writes.append).toBe(2);
    const values = fake.handle.card(id).data['opin_outbound']?.values.map((value) => value.value);
    expect(values).toEqual([
      'Oppija kirjoitti uuden viestin.\n\n[opin:helsinki:43]',
      'Agentti kommentoi.',
      'Oppija kirjoitti uuden viestin.\n\n[opin:helsinki:42]',
    ]);
  });

  it('retries an append whose first attempt failed, and writes it once', async () => {
    const efecte = client();
    const id = await efecte.createCard(cardData('Loki', 'OPIN-482019375568'));
    const entry = { deskId: 'helsinki', seq: 7, text: 'Vastaus.' };
    fake.handle.failNext(1);
    expect(await failure(efecte.appendWorklog(id, 'opin_outbound', entry))).toMatchObject({
      kind: 'unavailable',
      retryable: true,
    });
    await efecte.appendWorklog(id, 'opin_outbound', entry);
    await efecte.appendWorklog(id, 'opin_outbound', entry);
    expect(fake.handle.writes.append).toBe(1);
  });

  it('sets absolute values with patchCard: repeating it changes nothing', async () => {
    const efecte = client();
    const id = await efecte.createCard(cardData('Tila', 'OPIN-482019375568'));
    const edit = { opin_state: { values: [{ value: '05' }] } };
    await efecte.patchCard(id, edit);
    await efecte.patchCard(id, edit);
    expect(fake.handle.card(id).data['opin_state']?.values).toEqual([
      { value: '05', code: 'resolved' },
    ]);
  });
});

describe('the Efecte client: reading', () => {
  it('lists cards updated since a time, paged with filterId, newest first', async () => {
    const efecte = client();
    const since = new Date(Date.now() - 60_000);
    const ids: string[] = [];
    for (let n = 1; n <= 5; n += 1)
      ids.push(await efecte.createCard(cardData(`Kortti ${n}`, `OPIN-10000000000${n}`)));
    const listed = await efecte.listUpdatedSince(since, { pageSize: 2 });
    expect(listed.map((card) => card.dataCardId)).toEqual([...ids].reverse());
    const pages = fake.handle.requests.filter(
      (request) => request.method === 'GET' && request.path === '/dc/incident/data',
    );
    expect(pages).toHaveLength(3);
    expect(await efecte.listUpdatedSince(new Date(Date.now() + 60_000))).toEqual([]);
    expect(await efecte.listUpdatedSince(since, { pageSize: 2, maxCards: 3 })).toHaveLength(3);
  });

  it('reads a card in B DataCard shape, narrowed to the attributes asked for', async () => {
    const efecte = client();
    const id = await efecte.createCard(cardData('Luku', 'OPIN-482019375568'));
    const card = await efecte.readCard(id, ['subject', 'opin_state']);
    expect(card).toMatchObject({
      dataCardId: id,
      templateCode: 'incident',
      folderCode: 'opin_fi',
      data: {
        subject: { type: 'string', values: [{ value: 'Luku' }] },
        opin_state: { type: 'static-value', values: [{ value: '01', code: 'received' }] },
      },
    });
    expect(Object.keys(card.data)).toEqual(['subject', 'opin_state']);
  });
});

describe('the Efecte client: failures', () => {
  it('surfaces a 500 as a retryable error, at login too, and works after it', async () => {
    const efecte = client();
    fake.handle.failNext(1);
    expect(await failure(efecte.page({ limit: 1 }))).toMatchObject({
      kind: 'unavailable',
      status: 500,
      retryable: true,
      operation: 'login',
    });
    await efecte.page({ limit: 1 });
    fake.handle.failNext(1);
    expect(await failure(efecte.createCard(cardData('x', 'OPIN-482019375568')))).toMatchObject({
      kind: 'unavailable',
      operation: 'createCard',
      retryable: true,
    });
    expect(fake.handle.writes.create).toBe(0);
  });

  it('gives up on a hanging Efecte after its timeout, as a retryable timeout', async () => {
    const efecte = client({ timeoutMs: 200 });
    await efecte.page({ limit: 1 });
    fake.handle.failNext(1, 'hang');
    expect(await failure(efecte.page({ limit: 1 }))).toMatchObject({
      kind: 'timeout',
      retryable: true,
    });
  });

  it('reports an unknown card as not_found and a refused write as refused, neither retryable', async () => {
    const efecte = client();
    expect(await failure(efecte.readCard('99999'))).toMatchObject({
      kind: 'not_found',
      retryable: false,
    });
    const bad = { opin_state: { values: [{ value: 'no such state' }] } };
    expect(await failure(efecte.createCard(bad))).toMatchObject({
      kind: 'refused',
      status: 400,
      retryable: false,
    });
    expect(await failure(efecte.readCard('../users'))).toMatchObject({ kind: 'refused' });
  });

  it('refuses a reference it cannot write into EQL safely, before any call', async () => {
    const efecte = client();
    for (const reference of ["OPIN-1' or $subject$ = 'x", 'OPIN-1\\', 'OPIN-$x$', 'OPIN-1\n']) {
      expect(await failure(efecte.findByReference(reference))).toMatchObject({
        kind: 'unsafe_filter',
        retryable: false,
      });
    }
    expect(fake.handle.requests).toEqual([]);
  });
});

describe('EQL clauses and worklog markers', () => {
  it("write the documented subset: $code$ = 'text', $updated$ > 'UTC second', and", () => {
    const clause = eqlEquals('opin_reference', 'OPIN-482019375568', 'test');
    const since = eqlUpdatedAfter(new Date('2026-12-07T10:15:00.987Z'));
    expect(eqlAnd(since, clause)).toBe(
      "$updated$ > '2026-12-07T10:15:00Z' and $opin_reference$ = 'OPIN-482019375568'",
    );
    expect(() => eqlEquals('opin reference', 'x', 'test')).toThrow(EfecteError);
    expect(() => eqlEquals('code', 'x'.repeat(501), 'test')).toThrow(EfecteError);
  });

  it("tell Opin's own entries from the agent's", () => {
    const entry = withMarker('Vastaus oppijalle.\n', worklogMarker('helsinki', 42));
    expect(entry).toBe('Vastaus oppijalle.\n\n[opin:helsinki:42]');
    expect(carriesAnyMarker(entry)).toBe(true);
    expect(carriesAnyMarker('Agentin vastaus: [opin] ei merkki')).toBe(false);
  });
});
