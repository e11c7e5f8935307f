/**
 * Every text field a learner or desk writes, with its limits (docs/design/api.md), the call that
 * carries it on a small fresh API, and where the accepted text ends up (read back through the
 * API: a learner's view of a new ticket, the owner's desk view of the others).
 */
import type { CreateTicketResponse, DeskTicket, Ticket } from '@opin/support-sdk/schemas';
import { deskKeyFor } from '../../../src/index.js';
import { endpointNamed, type Endpoint } from './endpoints.js';
import { deskAction, fileFixtureTicket, must, replySubject } from './filing.js';
import type { FixtureTicket } from './fixtures.js';
import type { TextLimits } from './unicode.js';
import { bearer, createWorld, jsonHeaders, type Call, type Reply, type World } from './world.js';

/** An API with one ticket, ready to take a text. */
export interface TextProbe {
  world: World;
  ticket: FixtureTicket;
  /** The call that carries `text` in the field. */
  call(text: string): Call;
  /** The whole value the server validates when `text` is sent (the text, or more around it). */
  validated(text: string): string;
  /**
   * The text as stored, once `reply` accepted it (`undefined` where it is not kept as sent).
   */
  stored(reply: Reply): Promise<string | undefined>;
}

/** A text field. */
export interface TextField {
  name: string;
  endpoint: Endpoint;
  /** Where the field sits, as a refusal's `details` name it. */
  path: readonly (string | number)[];
  limits: TextLimits;
  prepare(): Promise<TextProbe>;
}

const ticketBody = {
  topicId: 'sign-in',
  origin: 'opin',
  language: 'fi',
  subject: 'Kirjautuminen',
  description: 'Ei onnistu.',
  contact: { email: 'maija@example.fi', name: 'Maija' },
};

let keys = 0;
const same = (text: string) => text;

async function withTicket(handoff?: 'consult to helsinki' | 'transfer to tampere') {
  const world = await createWorld();
  const ticket = await fileFixtureTicket(world, 'received', {
    topicId: handoff === 'transfer to tampere' ? 'credits-and-grades' : 'sign-in',
    institutionId: handoff === 'transfer to tampere' ? 'tampere' : 'helsinki',
    origin: 'opin',
    language: 'fi',
  });
  if (handoff !== undefined) {
    const [mode = '', , to = ''] = handoff.split(' ');
    await deskAction(world, 'opin', `/${ticket.id}/handoffs`, { to, mode });
  }
  // Its owner (opin) sees everything stored about it.
  const stored = async () =>
    (await must(
      world,
      { method: 'GET', path: `/desk/tickets/${ticket.id}`, headers: bearer(deskKeyFor('opin')) },
      200,
    )) as DeskTicket;
  return { world, ticket, stored };
}

function post(path: string, headers: Record<string, string>, body: unknown): Call {
  return { method: 'POST', path, headers: jsonHeaders(headers), body: JSON.stringify(body) };
}

function ticketField(name: string, path: string[], limits: TextLimits): TextField {
  const withText = (text: string): Record<string, unknown> =>
    path[0] === 'contact'
      ? { ...ticketBody, contact: { ...ticketBody.contact, name: text } }
      : { ...ticketBody, [path[0] ?? '']: text };
  return {
    name,
    endpoint: endpointNamed('POST /tickets'),
    path,
    limits,
    async prepare() {
      const { world, ticket } = await withTicket();
      return {
        world,
        ticket,
        validated: same,
        call: (text) => {
          keys += 1;
          return post('/tickets', { 'Idempotency-Key': `text-field-${keys}` }, withText(text));
        },
        stored: async (reply) => {
          const { ticket: filed, accessToken } = JSON.parse(reply.text) as CreateTicketResponse;
          const read = {
            method: 'GET',
            path: `/tickets/${filed.id}`,
            headers: bearer(accessToken),
          };
          const newest = (await must(world, read, 200)) as Ticket;
          if (path[0] === 'contact') return newest.contact.name;
          return path[0] === 'subject' ? newest.subject : newest.description;
        },
      };
    },
  };
}

/** Every text field of the API. */
export const textFields: readonly TextField[] = [
  ticketField('subject of a new ticket', ['subject'], { min: 1, max: 200, singleLine: true }),
  ticketField('description of a new ticket', ['description'], { min: 1, max: 10_000 }),
  ticketField('contact name of a new ticket', ['contact', 'name'], {
    min: 1,
    max: 100,
    singleLine: true,
  }),
  {
    name: 'learner message',
    endpoint: endpointNamed('POST /tickets/{id}/messages'),
    path: ['body'],
    limits: { min: 1, max: 10_000 },
    async prepare() {
      const { world, ticket, stored } = await withTicket();
      const call = (text: string) =>
        post(`/tickets/${ticket.id}/messages`, bearer(ticket.token), { body: text });
      const lastMessage = async () => (await stored()).messages.at(-1)?.body;
      return { world, ticket, call, validated: same, stored: lastMessage };
    },
  },
  {
    name: 'internal desk message',
    endpoint: endpointNamed('POST /desk/tickets/{id}/messages'),
    path: ['body'],
    limits: { min: 1, max: 10_000 },
    async prepare() {
      const { world, ticket, stored } = await withTicket();
      const call = (text: string) =>
        post(`/desk/tickets/${ticket.id}/messages`, bearer(deskKeyFor('opin')), {
          body: text,
          language: 'fi',
          visibility: 'internal',
        });
      const lastNote = async () => (await stored()).internalNotes.at(-1)?.body;
      return { world, ticket, call, validated: same, stored: lastNote };
    },
  },
  {
    name: 'hand-off note',
    endpoint: endpointNamed('POST /desk/tickets/{id}/handoffs'),
    path: ['note'],
    limits: { min: 1, max: 10_000 },
    async prepare() {
      const { world, ticket, stored } = await withTicket();
      const call = (text: string) =>
        post(`/desk/tickets/${ticket.id}/handoffs`, bearer(deskKeyFor('opin')), {
          to: 'helsinki',
          mode: 'consult',
          note: text,
        });
      const lastNote = async () => (await stored()).internalNotes.at(-1)?.body;
      return { world, ticket, call, validated: same, stored: lastNote };
    },
  },
  {
    name: 'decline reason',
    endpoint: endpointNamed('POST /desk/tickets/{id}/handoffs/decline'),
    path: ['reason'],
    limits: { min: 1, max: 2_000 },
    async prepare() {
      const { world, ticket, stored } = await withTicket('consult to helsinki');
      const call = (text: string) =>
        post(`/desk/tickets/${ticket.id}/handoffs/decline`, bearer(deskKeyFor('helsinki')), {
          reason: text,
        });
      const reason = async () =>
        (await stored()).internalNotes.find((n) => n.kind === 'decline_reason')?.body;
      return { world, ticket, call, validated: same, stored: reason };
    },
  },
  ...(['subject', 'body'] as const).map((field): TextField => ({
    name: `inbound e-mail ${field}`,
    endpoint: endpointNamed('POST /desk/inbound-email'),
    path: [field],
    limits: field === 'subject' ? { min: 1, max: 998 } : { min: 0, max: 10_000 },
    async prepare() {
      const { world, ticket } = await withTicket('transfer to tampere');
      const reference = `${await replySubject(world, ticket.id, 'helpdesk@tuni.fi')} `;
      const call = (text: string) =>
        post('/desk/inbound-email', bearer(deskKeyFor('tampere')), {
          from: 'helpdesk@tuni.fi',
          subject: field === 'subject' ? `${reference}${text}` : `${reference}Vastaus`,
          body: field === 'body' ? text : 'Hoidamme asian.',
        });
      const validated = (text: string) => (field === 'subject' ? `${reference}${text}` : text);
      return { world, ticket, call, validated, stored: () => Promise.resolve(undefined) };
    },
  })),
];

/** A text field by name. */
export function fieldNamed(name: string): TextField {
  const found = textFields.find((field) => field.name === name);
  if (!found) throw new Error(`No text field ${name}.`);
  return found;
}
