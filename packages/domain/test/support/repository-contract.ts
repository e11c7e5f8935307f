/**
 * What every `TicketRepository` must do (docs/design/server.md, "One implementation of the rules"),
 * as a suite a repository is tested with: the in-memory one here; a server's on its database.
 */
import { deskEventSchema, type OutboxEmail } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { changeTicket } from '../../src/change-ticket.js';
import { nextClockTime } from '../../src/clock-due.js';
import type { DomainEnv } from '../../src/domain-env.js';
import { newReplyKey } from '../../src/email/reply-tag.js';
import { acceptHandoff, requestHandoff } from '../../src/handoffs.js';
import { changeStatusByOwner } from '../../src/lifecycle.js';
import type { StoredTicket } from '../../src/model.js';
import type { TicketRepository } from '../../src/repository/ticket-repository.js';
import { addEvent, commit } from '../../src/ticket-edits.js';
import { fileTicket, planTicket } from '../../src/tickets.js';
import { rejected, ticketInput, TestClock } from './rules.js';
import { defaultRuleOptions } from '../../src/rule-options.js';
import { demoDirectory } from '../../src/demo-config/index.js';

/** A repository under test, and how to read its outbox. */
export interface RepositoryUnderTest {
  tickets: TicketRepository;
  /** The e-mails about one ticket, as stored. */
  outboxAbout: (ticketId: string) => Promise<readonly OutboxEmail[]>;
}

const mail = (ticketId: string, id: string): OutboxEmail => ({
  id,
  at: '2026-12-01T10:00:00.000Z',
  to: 'maija@example.fi',
  from: 'no-reply@opin.fi',
  subject: 'Testi',
  body: 'Testi',
  ticketId,
});

/**
 * The suite; `make` gives a fresh, empty repository with the default rule options (at once, or
 * once a database is emptied).
 */
export function describeTicketRepository(
  name: string,
  make: () => RepositoryUnderTest | Promise<RepositoryUnderTest>,
): void {
  describe(`${name}: the TicketRepository contract`, () => {
    const setUp = async () => {
      const under = await make();
      const env: DomainEnv = {
        tickets: under.tickets,
        clock: new TestClock(),
        options: defaultRuleOptions,
        directory: demoDirectory,
        replyKey: newReplyKey(),
      };
      const { ticket } = await fileTicket(env, planTicket(demoDirectory, ticketInput()));
      return { ...under, env, id: ticket.id };
    };
    const load = async (tickets: TicketRepository, id: string): Promise<StoredTicket> => {
      const ticket = await tickets.find(id);
      if (!ticket) throw new Error(`${id} is not stored`);
      return structuredClone(ticket);
    };

    it('files a ticket at version 1 with what its filing wrote to the records', async () => {
      const { tickets, id, outboxAbout } = await setUp();
      const stored = await load(tickets, id);
      expect(stored).toMatchObject({ id, version: 1, status: 'received' });
      expect(stored.timeline.map((event) => event.type)).toEqual(['created']);
      expect((await outboxAbout(id)).map((email) => email.to)).toEqual(['maija@example.fi']);
    });

    it('saves the fields a rule set and only the entries it appended, never an edit of one stored', async () => {
      const { tickets, id } = await setUp();
      const before = await load(tickets, id);
      const answer = await tickets.change(id, (ticket, records) => {
        const [created] = ticket.timeline;
        if (created) created.type = 'reopened';
        ticket.status = 'in_progress';
        addEvent(
          {
            records,
            clock: new TestClock(),
            options: defaultRuleOptions,
            directory: demoDirectory,
            replyKey: newReplyKey(),
          },
          ticket,
          ticket.createdAt,
          {
            type: 'status_changed',
            status: 'in_progress',
          },
        );
        commit(ticket, ticket.createdAt);
        return ticket.version;
      });
      expect(answer).toBe(2);
      const after = await load(tickets, id);
      expect(after).toMatchObject({ version: 2, status: 'in_progress' });
      expect(after.timeline[0]).toEqual(before.timeline[0]);
      expect(after.timeline.slice(1)).toMatchObject([{ type: 'status_changed' }]);
    });

    it('saves nothing when the rule throws: not the ticket, not its records, and tells no one', async () => {
      const { tickets, id, outboxAbout } = await setUp();
      const before = await load(tickets, id);
      const outbox = await outboxAbout(id);
      const heard: number[] = [];
      const stop = tickets.follow(id, { changed: (t) => heard.push(t.version), ended: () => {} });
      const refusal = await rejected(() =>
        tickets.change(id, (ticket, records) => {
          ticket.status = 'closed';
          ticket.subject = 'Muutettu';
          records.send(mail(id, 'mail-thrown'));
          records.inboundEmails.set(`opin\n<x@y>`, {
            fingerprint: 'x',
            outcome: { kind: 'ignored', reason: 'auto_reply' },
          });
          commit(ticket, ticket.createdAt);
          throw new Error('refused');
        }),
      );
      stop();
      expect(refusal.message).toBe('refused');
      expect(await load(tickets, id)).toEqual(before);
      expect(await outboxAbout(id)).toEqual(outbox);
      expect(await tickets.records((records) => records.inboundEmails.get(`opin\n<x@y>`))).toBe(
        undefined,
      );
      expect(heard).toEqual([]);
    });

    it('saves nothing and tells no one when the rule leaves the version as loaded', async () => {
      const { tickets, id } = await setUp();
      const before = await load(tickets, id);
      const heard: number[] = [];
      const stop = tickets.follow(id, { changed: (t) => heard.push(t.version), ended: () => {} });
      const answer = await tickets.change(id, (ticket) => ticket.status);
      stop();
      expect(answer).toBe('received');
      expect(await load(tickets, id)).toEqual(before);
      expect(heard).toEqual([]);
    });

    it('tells the followers after the change is saved, with the ticket as saved', async () => {
      const { tickets, env, id } = await setUp();
      const heard: { version: number; storedVersion: number | undefined }[] = [];
      const followed = new Promise<void>((resolve) => {
        tickets.follow(id, {
          changed: (ticket) => {
            void tickets.find(id).then((stored) => {
              heard.push({ version: ticket.version, storedVersion: stored?.version });
              resolve();
            });
          },
          ended: () => {},
        });
      });
      await changeTicket(env, id, (rules, ticket) =>
        changeStatusByOwner(rules, ticket, 'opin', 'in_progress', rules.clock.nowIso()),
      );
      await followed;
      expect(heard).toEqual([{ version: 2, storedVersion: 2 }]);
    });

    it('numbers each desk’s events from 1 without gaps, each desk on its own', async () => {
      const { tickets, env, id } = await setUp();
      await changeTicket(env, id, (rules, ticket) =>
        requestHandoff(
          rules,
          ticket,
          'opin',
          { to: 'helsinki', mode: 'consult' },
          rules.clock.nowIso(),
        ),
      );
      const second = (await fileTicket(env, planTicket(demoDirectory, ticketInput()))).ticket.id;
      const opin = await tickets.deskEvents.since('opin', 0, 10);
      expect(opin.map((event) => [event.id, event.seq, event.type, event.ticketId])).toEqual([
        ['opin:1', 1, 'ticket.received', id],
        ['opin:2', 2, 'handoff.offered', id],
        ['opin:3', 3, 'ticket.received', second],
      ]);
      for (const event of opin) expect(deskEventSchema.parse(event)).toEqual(event);
      const helsinki = await tickets.deskEvents.since('helsinki', 0, 10);
      expect(helsinki.map((event) => [event.id, event.seq, event.type, event.version])).toEqual([
        ['helsinki:1', 1, 'handoff.offered', 2],
      ]);
      expect(await tickets.deskEvents.bounds('opin')).toEqual({ latest: 3, oldest: 1 });
      expect(await tickets.deskEvents.bounds('helsinki')).toEqual({ latest: 1, oldest: 1 });
      expect(await tickets.deskEvents.bounds('aalto')).toEqual({ latest: 0, oldest: 1 });
      expect(await tickets.deskEvents.since('aalto', 0, 10)).toEqual([]);
    });

    it('reads a desk’s log after a seq, a page at a time', async () => {
      const { tickets, env } = await setUp();
      for (let filed = 0; filed < 4; filed++) {
        await fileTicket(env, planTicket(demoDirectory, ticketInput()));
      }
      const seqs = async (after: number, limit: number) =>
        (await tickets.deskEvents.since('opin', after, limit)).map((event) => event.seq);
      expect(await seqs(0, 2)).toEqual([1, 2]);
      expect(await seqs(2, 2)).toEqual([3, 4]);
      expect(await seqs(4, 2)).toEqual([5]);
      expect(await seqs(5, 2)).toEqual([]);
      expect(await seqs(99, 2)).toEqual([]);
    });

    it('writes the events of a change with the ticket as saved', async () => {
      const { tickets, env, id } = await setUp();
      await changeTicket(env, id, (rules, ticket) =>
        requestHandoff(
          rules,
          ticket,
          'opin',
          { to: 'helsinki', mode: 'transfer' },
          rules.clock.nowIso(),
        ),
      );
      await changeTicket(env, id, (rules, ticket) =>
        acceptHandoff(rules, ticket, 'helsinki', rules.clock.nowIso()),
      );
      const saved = await load(tickets, id);
      const helsinki = await tickets.deskEvents.since('helsinki', 1, 10);
      expect(helsinki.map((event) => [event.seq, event.type, event.version])).toEqual([
        [2, 'handoff.accepted', 3],
        [3, 'status.changed', 3],
      ]);
      expect(helsinki[0]).toMatchObject({
        desk: 'helsinki',
        ticketId: id,
        at: saved.timeline.at(-1)?.at,
        data: {
          status: 'in_progress',
          owner: 'helsinki',
          assisting: null,
          handoff: { from: 'opin', to: 'helsinki', mode: 'transfer', state: 'accepted' },
          timelineEventId: saved.timeline.at(-1)?.id,
        },
      });
      const opin = await tickets.deskEvents.since('opin', 2, 10);
      expect(opin.map((event) => [event.seq, event.type])).toEqual([[3, 'handoff.accepted']]);
    });

    it('writes no event when the rule throws or leaves the version as loaded', async () => {
      const { tickets, id } = await setUp();
      await rejected(() =>
        tickets.change(id, (ticket, records) => {
          ticket.status = 'in_progress';
          addEvent(
            {
              records,
              clock: new TestClock(),
              options: defaultRuleOptions,
              directory: demoDirectory,
              replyKey: newReplyKey(),
            },
            ticket,
            ticket.createdAt,
            { type: 'status_changed', status: 'in_progress' },
          );
          commit(ticket, ticket.createdAt);
          throw new Error('refused');
        }),
      );
      await tickets.change(id, (ticket) => ticket.status);
      expect(await tickets.deskEvents.bounds('opin')).toEqual({ latest: 1, oldest: 1 });
      expect((await tickets.deskEvents.since('opin', 0, 10)).map((event) => event.type)).toEqual([
        'ticket.received',
      ]);
    });

    it('tells a desk’s followers after its events are saved', async () => {
      const { tickets, env, id } = await setUp();
      const heard = new Promise<string[]>((resolve) => {
        const stop = tickets.deskEvents.follow('helsinki', () => {
          void tickets.deskEvents.since('helsinki', 0, 10).then((events) => {
            if (events.length === 0) return; // told more often than needed: wait for the event
            stop();
            resolve(events.map((event) => event.id));
          });
        });
      });
      await changeTicket(env, id, (rules, ticket) =>
        requestHandoff(
          rules,
          ticket,
          'opin',
          { to: 'helsinki', mode: 'consult' },
          rules.clock.nowIso(),
        ),
      );
      expect(await heard).toEqual(['helsinki:1']);
    });

    it('refuses a change of a ticket it does not hold with 404', async () => {
      const { tickets } = await setUp();
      const refusal = await rejected(() => tickets.change('OPIN-000000000000', () => 0));
      expect(refusal).toMatchObject({ status: 404, code: 'not_found' });
    });

    it('keeps what records() wrote, and nothing of work that throws', async () => {
      const { tickets, id, outboxAbout } = await setUp();
      await tickets.records((records) => records.send(mail(id, 'mail-kept')));
      await rejected(() =>
        tickets.records((records) => {
          records.send(mail(id, 'mail-dropped'));
          throw new Error('refused');
        }),
      );
      expect((await outboxAbout(id)).map((email) => email.id)).toContain('mail-kept');
      expect((await outboxAbout(id)).map((email) => email.id)).not.toContain('mail-dropped');
    });

    it('lets a rule read the e-mails of its own change', async () => {
      const { tickets, id } = await setUp();
      const seen = await tickets.change(id, (_ticket, records) => {
        records.send(mail(id, 'mail-own'));
        return records.sentAbout(id).map((email) => email.id);
      });
      expect(seen.at(-1)).toBe('mail-own');
    });

    it('lists a desk’s queue in filing order, a page at a time', async () => {
      const { tickets, env, id } = await setUp();
      const second = (await fileTicket(env, planTicket(demoDirectory, ticketInput()))).ticket.id;
      const third = (await fileTicket(env, planTicket(demoDirectory, ticketInput()))).ticket.id;
      const first = await tickets.queue('opin', { limit: 2, cursor: undefined });
      expect(first.items.map((ticket) => ticket.id)).toEqual([id, second]);
      expect(first.next).toBe(second);
      const rest = await tickets.queue('opin', { limit: 2, cursor: first.next });
      expect(rest).toEqual({ items: [expect.objectContaining({ id: third })], next: undefined });
      expect((await tickets.queue('helsinki', { limit: 2, cursor: undefined })).items).toEqual([]);
    });

    it('gives the tickets whose next clock time has come, and none before it', async () => {
      const { tickets, env, id } = await setUp();
      await changeTicket(env, id, (rules, ticket) =>
        requestHandoff(
          rules,
          ticket,
          'opin',
          { to: 'helsinki', mode: 'consult' },
          rules.clock.nowIso(),
        ),
      );
      const due = nextClockTime(await load(tickets, id), env.options);
      if (due === null) throw new Error('a pending hand-off needs the clock');
      const justBefore = new Date(Date.parse(due) - 1).toISOString();
      expect(await tickets.dueForClock(justBefore)).toEqual([]);
      expect(await tickets.dueForClock(due)).toEqual([id]);
    });
  });
}
