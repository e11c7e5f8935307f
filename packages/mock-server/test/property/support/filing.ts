/**
 * Filing tickets and taking desk actions while a fixture is built: each must succeed, or the
 * fixture throws.
 */
import { deskKeyFor } from '../../../src/index.js';
import type { FixtureName, FixtureTicket } from './fixtures.js';
import { bearer, jsonHeaders, type Call, type World } from './world.js';

/** Where and how a fixture ticket is filed. */
export interface Filing {
  topicId: string;
  institutionId?: string;
  origin: string;
  language: 'fi' | 'sv' | 'en';
}

/** Sends a call that must answer `status`; returns its JSON body. */
export async function must(world: World, call: Call, status: number): Promise<unknown> {
  const reply = await world.send(call);
  if (reply.status !== status) {
    throw new Error(`Fixture: ${call.method} ${call.path} → ${reply.status} ${reply.text}`);
  }
  return reply.text === '' ? undefined : (JSON.parse(reply.text) as unknown);
}

/** A desk action on a ticket (`path` after `/desk/tickets`) that must answer `status`. */
export function deskAction(
  world: World,
  deskId: string,
  path: string,
  body: unknown,
  status = 200,
) {
  return must(
    world,
    {
      method: 'POST',
      path: `/desk/tickets${path}`,
      headers: jsonHeaders(bearer(deskKeyFor(deskId))),
      body: JSON.stringify(body),
    },
    status,
  );
}

let filed = 0;

/** Files a ticket with this fixture name's secrets and a first learner message. */
export async function fileFixtureTicket(
  world: World,
  name: FixtureName,
  filing: Filing,
): Promise<FixtureTicket> {
  const secret = (part: string) => `secret-${name}-${part}`;
  const email = `${name.toLowerCase()}@learner.example`;
  const created = (await must(
    world,
    {
      method: 'POST',
      path: '/tickets',
      headers: jsonHeaders({ 'Idempotency-Key': `fixture-${name}-${++filed}` }),
      body: JSON.stringify({
        ...filing,
        subject: `Aihe ${secret('subject')}`,
        description: `Kuvaus ${secret('description')}`,
        contact: { email, name: secret('name') },
      }),
    },
    201,
  )) as { ticket: { id: string; owner: string }; accessToken: string };
  const { id } = created.ticket;
  const token = created.accessToken;
  await must(
    world,
    {
      method: 'POST',
      path: `/tickets/${id}/messages`,
      headers: jsonHeaders(bearer(token)),
      body: JSON.stringify({ body: `Viesti ${secret('message')}` }),
    },
    201,
  );
  return {
    name,
    id,
    token,
    language: filing.language,
    owner: created.ticket.owner,
    involved: [],
    queuedFor: [],
    secrets: ['subject', 'description', 'name', 'message'].map(secret).concat(email),
    deskSecret: secret('note'),
    tampereReply: await replySubject(world, id, 'helpdesk@tuni.fi'),
  };
}

/**
 * The subject of a reply from the desk at `deskEmail`: `Re: ` and the subject of the newest
 * e-mail it got about the ticket (`GET /_mock/outbox`), with its reply tag; a tag with a wrong
 * token if it got none.
 */
export async function replySubject(
  world: World,
  ticketId: string,
  deskEmail: string,
): Promise<string> {
  const query = new URLSearchParams({ ticketId, to: deskEmail, limit: '500' });
  const mails = (await must(
    world,
    { method: 'GET', path: `/_mock/outbox?${query.toString()}` },
    200,
  )) as { subject: string }[];
  return `Re: ${mails.at(-1)?.subject ?? `[${ticketId} #0000000000000000] Tukipyyntö`}`;
}
