/**
 * An API (the mock or the server, `./world.ts`) with one ticket in every state a desk or learner can meet: fresh, consulted, pending
 * consult, pending transfer to an e-mail desk, transferred, waiting, resolved, closed, owned by an
 * e-mail desk.
 * Every ticket carries secrets (its texts, its contact, an internal note) that only its own learner
 * or its own desks may ever see.
 */
import { deskAction, fileFixtureTicket, must, replySubject, type Filing } from './filing.js';
import { bearer, createWorld, jsonHeaders, type World } from './world.js';

/** The states the fixture covers, by name. */
export const fixtureNames = [
  'received',
  'consulted',
  'pendingConsult',
  'pendingTransfer',
  'transferred',
  'waiting',
  'resolved',
  'closed',
  'emailOwned',
] as const;
export type FixtureName = (typeof fixtureNames)[number];

/** A fixture ticket and what a test needs to know about it. */
export interface FixtureTicket {
  name: FixtureName;
  id: string;
  /** The learner's access token. */
  token: string;
  language: 'fi' | 'sv' | 'en';
  owner: string;
  /** Every desk the ticket lists (has been involved at some point). */
  involved: readonly string[];
  /** The desks whose queue shows it: owner, assisting desk, desk with a pending hand-off to it. */
  queuedFor: readonly string[];
  /** Texts of the learner's view that nobody but its learner and its desks may see. */
  secrets: readonly string[];
  /** A text only its desks may see (an internal note). */
  deskSecret: string;
  /** The subject of tampere's reply: with the reply tag of its e-mail about the ticket, if any. */
  tampereReply: string;
}

/** The seeded API. */
export interface Fixture {
  world: World;
  tickets: Readonly<Record<FixtureName, FixtureTicket>>;
  /** Every fixture ticket, in `fixtureNames` order. */
  list: readonly FixtureTicket[];
}

const MINUTES_TO_CLOSE = 14 * 24 * 60 + 1;

/** Builds the fixture in a fresh world. */
export async function createFixture(options: Parameters<typeof createWorld>[0] = {}) {
  const world = await createWorld(options);
  const opin: Filing = { topicId: 'sign-in', origin: 'opin', language: 'fi' };
  const note = (ticket: FixtureTicket) => ({ note: ticket.deskSecret });

  const closed = await fileFixtureTicket(world, 'closed', opin);
  await deskAction(world, 'opin', `/${closed.id}/status`, { status: 'resolved' });
  await must(
    world,
    {
      method: 'POST',
      path: '/_mock/clock',
      headers: jsonHeaders(),
      body: JSON.stringify({ advanceMinutes: MINUTES_TO_CLOSE }),
    },
    204,
  );

  const received = await fileFixtureTicket(world, 'received', opin);
  await deskAction(world, 'opin', `/${received.id}/messages`, {
    body: received.deskSecret,
    language: 'en',
    visibility: 'internal',
  });

  const consulted = await fileFixtureTicket(world, 'consulted', {
    ...opin,
    topicId: 'enrolment-failed',
    institutionId: 'helsinki',
  });
  await deskAction(world, 'opin', `/${consulted.id}/handoffs`, {
    to: 'helsinki',
    mode: 'consult',
    ...note(consulted),
  });
  await deskAction(world, 'helsinki', `/${consulted.id}/handoffs/accept`, {});

  const pendingConsult = await fileFixtureTicket(world, 'pendingConsult', {
    ...opin,
    topicId: 'course-materials-access',
    institutionId: 'aalto',
  });
  await deskAction(world, 'opin', `/${pendingConsult.id}/handoffs`, {
    to: 'aalto',
    mode: 'consult',
    ...note(pendingConsult),
  });

  const pendingTransfer = await fileFixtureTicket(world, 'pendingTransfer', {
    ...opin,
    topicId: 'credits-and-grades',
    institutionId: 'tampere',
  });
  await deskAction(world, 'opin', `/${pendingTransfer.id}/handoffs`, {
    to: 'tampere',
    mode: 'transfer',
    ...note(pendingTransfer),
  });

  const transferred = await fileFixtureTicket(world, 'transferred', {
    ...opin,
    topicId: 'personal-data',
  });
  await deskAction(world, 'opin', `/${transferred.id}/handoffs`, {
    to: 'aalto',
    mode: 'transfer',
    ...note(transferred),
  });
  await deskAction(world, 'aalto', `/${transferred.id}/handoffs/accept`, {});

  const waiting = await fileFixtureTicket(world, 'waiting', opin);
  await deskAction(world, 'opin', `/${waiting.id}/status`, { status: 'waiting_for_learner' });
  const resolved = await fileFixtureTicket(world, 'resolved', opin);
  await deskAction(world, 'opin', `/${resolved.id}/status`, { status: 'resolved' });

  const emailOwned = await fileFixtureTicket(world, 'emailOwned', {
    topicId: 'sign-in',
    origin: 'abo-akademi',
    language: 'sv',
  });

  const tickets = {
    received,
    consulted,
    pendingConsult,
    pendingTransfer,
    transferred,
    waiting,
    resolved,
    closed,
    emailOwned,
  };
  const queues: Record<FixtureName, string[]> = {
    received: ['opin'],
    consulted: ['opin', 'helsinki'],
    pendingConsult: ['opin', 'aalto'],
    pendingTransfer: ['opin', 'tampere'],
    transferred: ['aalto'],
    waiting: ['opin'],
    resolved: ['opin'],
    closed: [],
    emailOwned: ['abo-akademi'],
  };
  for (const ticket of Object.values(tickets)) {
    ticket.queuedFor = queues[ticket.name];
    const stored = (await must(
      world,
      { method: 'GET', path: `/tickets/${ticket.id}`, headers: bearer(ticket.token) },
      200,
    )) as { owner: string; desks: { id: string }[] };
    ticket.owner = stored.owner;
    ticket.involved = stored.desks.map((d) => d.id);
    ticket.tampereReply = await replySubject(world, ticket.id, 'helpdesk@tuni.fi');
  }
  return { world, tickets, list: fixtureNames.map((name) => tickets[name]) } satisfies Fixture;
}
