/**
 * For every endpoint that takes a body: a small fresh API in which a valid body is accepted,
 * so a property can add to that body and see what the API keeps of it.
 */
import { deskKeyFor } from '../../../src/index.js';
import { endpointNamed, type Endpoint } from './endpoints.js';
import { deskAction, fileFixtureTicket, replySubject, type Filing } from './filing.js';
import { bearer, createWorld, jsonHeaders, type World } from './world.js';

/** Where a valid body goes, and the body. */
export interface AcceptedCall {
  world: World;
  endpoint: Endpoint;
  path: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

type Setup = (world: World) => Promise<Omit<AcceptedCall, 'world' | 'endpoint'>>;

const opinTicket: Filing = { topicId: 'sign-in', origin: 'opin', language: 'fi' };
const consultTicket: Filing = {
  ...opinTicket,
  topicId: 'enrolment-failed',
  institutionId: 'aalto',
};
const asDesk = (desk: string) => jsonHeaders(bearer(deskKeyFor(desk)));
let keys = 0;

const setups: Record<string, Setup> = {
  'POST /articles/{id}/feedback': () =>
    Promise.resolve({
      path: '/articles/transcript-of-records/feedback',
      headers: jsonHeaders(),
      body: { helpful: false, locale: 'sv' },
    }),
  'POST /routing/preview': () =>
    Promise.resolve({
      path: '/routing/preview',
      headers: jsonHeaders(),
      body: { topicId: 'enrolment-failed', institutionId: 'aalto', origin: 'opin', language: 'fi' },
    }),
  'POST /tickets': () => {
    keys += 1;
    return Promise.resolve({
      path: '/tickets',
      headers: jsonHeaders({ 'Idempotency-Key': `accepting-${keys}` }),
      body: {
        ...consultTicket,
        subject: 'Ilmoittautuminen',
        description: 'Ei onnistu.',
        contact: { email: 'maija@example.fi', name: 'Maija' },
      },
    });
  },
  'POST /tickets/{id}/messages': async (world) => {
    const { id, token } = await fileFixtureTicket(world, 'received', opinTicket);
    const headers = jsonHeaders(bearer(token));
    return { path: `/tickets/${id}/messages`, headers, body: { body: 'Kiitos.' } };
  },
  'POST /tickets/{id}/reopen': async (world) => {
    const { id, token } = await fileFixtureTicket(world, 'resolved', opinTicket);
    await deskAction(world, 'opin', `/${id}/status`, { status: 'resolved' });
    return { path: `/tickets/${id}/reopen`, headers: jsonHeaders(bearer(token)), body: {} };
  },
  'POST /desk/tickets/{id}/handoffs': async (world) => {
    const { id } = await fileFixtureTicket(world, 'received', consultTicket);
    const body = { to: 'aalto', mode: 'consult', note: 'Auttakaa.' };
    return { path: `/desk/tickets/${id}/handoffs`, headers: asDesk('opin'), body };
  },
  'POST /desk/tickets/{id}/handoffs/accept': async (world) => {
    const { id } = await fileFixtureTicket(world, 'pendingConsult', consultTicket);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'aalto', mode: 'consult' });
    return { path: `/desk/tickets/${id}/handoffs/accept`, headers: asDesk('aalto'), body: {} };
  },
  'POST /desk/tickets/{id}/handoffs/decline': async (world) => {
    const { id } = await fileFixtureTicket(world, 'pendingConsult', consultTicket);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'aalto', mode: 'consult' });
    const path = `/desk/tickets/${id}/handoffs/decline`;
    return { path, headers: asDesk('aalto'), body: { reason: 'Ei meille.' } };
  },
  'POST /desk/tickets/{id}/messages': async (world) => {
    const { id } = await fileFixtureTicket(world, 'received', opinTicket);
    const body = { body: 'Selvitämme.', language: 'fi', visibility: 'learner' };
    return { path: `/desk/tickets/${id}/messages`, headers: asDesk('opin'), body };
  },
  'POST /desk/tickets/{id}/status': async (world) => {
    const { id } = await fileFixtureTicket(world, 'received', opinTicket);
    const body = { status: 'waiting_for_learner' };
    return { path: `/desk/tickets/${id}/status`, headers: asDesk('opin'), body };
  },
  'POST /desk/inbound-email': async (world) => {
    const filing = { ...opinTicket, topicId: 'credits-and-grades', institutionId: 'tampere' };
    const { id } = await fileFixtureTicket(world, 'pendingTransfer', filing);
    await deskAction(world, 'opin', `/${id}/handoffs`, { to: 'tampere', mode: 'transfer' });
    const subject = await replySubject(world, id, 'helpdesk@tuni.fi');
    const body = { from: 'helpdesk@tuni.fi', subject, body: 'Hoidamme.' };
    return { path: '/desk/inbound-email', headers: asDesk('tampere'), body };
  },
  'POST /_mock/clock': () =>
    Promise.resolve({ path: '/_mock/clock', headers: jsonHeaders(), body: { advanceMinutes: 5 } }),
  'POST /_mock/reset': () =>
    Promise.resolve({ path: '/_mock/reset', headers: jsonHeaders(), body: {} }),
};

/** The endpoints a valid call can be prepared for. */
export const acceptingEndpoints: readonly string[] = Object.keys(setups);

/** A fresh world in which the endpoint's valid body is accepted. */
export async function prepareAccepted(name: string): Promise<AcceptedCall> {
  const setup = setups[name];
  if (!setup) throw new Error(`No accepting call for ${name}.`);
  const world = await createWorld();
  return { world, endpoint: endpointNamed(name), ...(await setup(world)) };
}
