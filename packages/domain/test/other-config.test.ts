/**
 * The rules serve whatever config their host gives them (`DomainEnv.directory`): a config with
 * desks, topics and articles the demo does not have routes, files and mails by its own.
 */
import { describe, expect, it } from 'vitest';
import { listTopics, searchArticles } from '../src/articles.js';
import { demoConfig } from '../src/demo-config/index.js';
import { Directory } from '../src/directory.js';
import { requestHandoff } from '../src/handoffs.js';
import { previewRoute } from '../src/routing.js';
import type { SupportConfig } from '../src/support-config.js';
import {
  act,
  fileTestTicket,
  now,
  outboxOf,
  rejected,
  testContext,
  thrown,
} from './support/rules.js';

const [opin] = demoConfig.desks;
const [signIn] = demoConfig.topics;
if (!opin || !signIn) throw new Error('the demo config is empty');

const other: SupportConfig = {
  desks: [
    opin,
    {
      id: 'savonia',
      name: { fi: 'Savonia-ammattikorkeakoulu', sv: 'Savonia yrkeshögskola', en: 'Savonia UAS' },
      languages: ['fi', 'en'],
      integration: 'email',
      responseTargetHours: 30,
      contactUrl: 'https://www.savonia.fi/yhteystiedot',
      deskEmail: 'palvelupiste@savonia.fi',
      institution: true,
    },
  ],
  topics: [{ ...signIn, id: 'thesis', kind: 'request', owner: 'institution' }],
  articles: [
    {
      id: 'thesis-guide',
      topicIds: ['thesis'],
      translations: { fi: { title: 'Opinnäytetyö', summary: 'Ohje.', body: 'Näin teet sen.' } },
    },
  ],
};

function otherEnv() {
  return { ...testContext(), directory: new Directory(other) };
}

describe('the rules on a config other than the demo', () => {
  it('route to the config’s own desks and refuse the demo’s', () => {
    const directory = new Directory(other);
    const route = previewRoute(directory, {
      topicId: 'thesis',
      institutionId: 'savonia',
      origin: 'opin',
      language: 'fi',
    });
    expect(route).toMatchObject({
      answeringDesk: 'savonia',
      plannedHandoff: { to: 'savonia', mode: 'transfer' },
      expectedResponseHours: 30,
    });
    const demoInstitution = { topicId: 'thesis', institutionId: 'hanken', origin: 'opin' };
    expect(
      thrown(() => previewRoute(directory, { ...demoInstitution, language: 'fi' })),
    ).toMatchObject({ status: 400, message: 'Unknown institution "hanken".' });
    expect(
      thrown(() => previewRoute(directory, { topicId: 'sign-in', origin: 'opin', language: 'fi' })),
    ).toMatchObject({ status: 400, message: 'Unknown topic "sign-in".' });
  });

  it('list the config’s topics and articles only', () => {
    const directory = new Directory(other);
    expect(listTopics(directory, 'fi').map((topic) => topic.id)).toEqual(['thesis']);
    expect(searchArticles(directory, { locale: 'sv' }).map((article) => article.id)).toEqual([
      'thesis-guide',
    ]);
  });

  it('hand off to the config’s e-mail desk by its own address, and to no demo desk', async () => {
    const env = otherEnv();
    const ticket = await fileTestTicket(env, { topicId: 'thesis' });
    await act(env, ticket, (ctx, loaded) =>
      requestHandoff(ctx, loaded, 'opin', { to: 'savonia', mode: 'consult' }, now(env)),
    );
    expect(outboxOf(env).at(-1)).toMatchObject({ to: 'palvelupiste@savonia.fi' });
    const second = await fileTestTicket(env, { topicId: 'thesis' });
    const refusal = await rejected(() =>
      act(env, second, (ctx, loaded) =>
        requestHandoff(ctx, loaded, 'opin', { to: 'helsinki', mode: 'consult' }, now(env)),
      ),
    );
    expect(refusal).toMatchObject({ status: 400, message: 'Unknown desk "helsinki".' });
  });
});
