/**
 * Paging of `GET /desk/queue` and `GET /_mock/outbox` (issue 16, finding 10; docs/design/api.md,
 * "Paging"): a page holds at most `limit` items, the pages together hold every item once and in
 * order (also when one is added between two page requests), and a bad `limit` or `cursor` is 400.
 * Each page is requested only after the one before has arrived, so nothing depends on timing.
 */
import { createDeskClient } from '@opin/support-sdk/desk';
import { describe, expect, it } from 'vitest';
import { createMockControl } from '../src/control/index.js';
import { bearer, deskDo, errorOf, fileTicket, useMockServer } from './support/http.js';

interface Page {
  ids: string[];
  next: string | null;
}

describe('paging of the desk queue and the outbox', () => {
  const handle = useMockServer({ rateLimitPerMinute: 0, confirmationMailsPerHour: 0 });

  /** Files `count` tickets at the opin desk, one e-mail each; returns their references in order. */
  const file = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      ids.push(
        (await fileTicket(handle.base, { contact: { email: `l${i}@example.fi` } })).ticket.id,
      );
    }
    return ids;
  };

  /** One page of a list endpoint: the ids on it and `X-Next-Cursor`. */
  const page = async (path: string, query: Record<string, string>, headers = {}) => {
    const response = await fetch(`${handle.base}${path}?${new URLSearchParams(query)}`, {
      headers,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const items = (await response.json()) as { id: string }[];
    return { ids: items.map((item) => item.id), next: response.headers.get('x-next-cursor') };
  };
  const queuePage = (query: Record<string, string>) =>
    page('/desk/queue', query, bearer('dev-opin'));
  const outboxPage = (query: Record<string, string>) => page('/_mock/outbox', query);

  /** Reads every page of `read` with `limit`, calling `between` after the first page. */
  const readAll = async (
    read: (query: Record<string, string>) => Promise<Page>,
    limit: number,
    between: () => Promise<unknown> = () => Promise.resolve(),
  ) => {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const current: Page = await read({
        limit: String(limit),
        ...(cursor !== null && { cursor }),
      });
      pages.push(current.ids);
      if (pages.length === 1) await between();
      cursor = current.next;
    } while (cursor !== null);
    return pages;
  };

  it('pages the queue: at most `limit` a page, every ticket once and in filing order', async () => {
    const ids = await file(7);
    const pages = await readAll(queuePage, 3);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(ids);
    // The last page is exact: no cursor when nothing follows.
    expect((await queuePage({ limit: '7' })).next).toBeNull();
  });

  it('lists a ticket filed between two page requests once, on a later page', async () => {
    const ids = await file(5);
    const added: string[] = [];
    const pages = await readAll(queuePage, 2, async () => {
      added.push(...(await file(1)));
    });
    expect(added).toHaveLength(1);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(pages.flat()).toEqual([...ids, ...added]);
  });

  it('keeps the place of a ticket that left the queue after its page was read', async () => {
    const ids = await file(4);
    const first = await queuePage({ limit: '2' });
    expect(first.ids).toEqual(ids.slice(0, 2));
    // The page's last ticket is taken over by another desk: out of this queue, still the place.
    await deskDo(handle.base, 'opin', `/tickets/${ids[1]}/handoffs`, {
      to: 'helsinki',
      mode: 'transfer',
    });
    await deskDo(handle.base, 'helsinki', `/tickets/${ids[1]}/handoffs/accept`);
    expect(await queuePage({ limit: '2', cursor: first.next ?? '' })).toEqual({
      ids: ids.slice(2),
      next: null,
    });
  });

  it('sends 100 tickets by default with a cursor to the rest, and the whole queue through the SDK', async () => {
    const ids = await file(101);
    const first = await queuePage({});
    expect(first.ids).toEqual(ids.slice(0, 100));
    expect(first.next).not.toBeNull();
    expect(await queuePage({ cursor: first.next ?? '' })).toEqual({
      ids: ids.slice(100),
      next: null,
    });

    const desk = createDeskClient({ baseUrl: handle.base, deskKey: 'dev-opin' });
    expect((await desk.queue()).map((t) => t.id)).toEqual(ids);
    const sdkFirst = await desk.queuePage({ limit: 60 });
    expect(sdkFirst.tickets.map((t) => t.id)).toEqual(ids.slice(0, 60));
    const sdkSecond = await desk.queuePage({ limit: 60, cursor: sdkFirst.nextCursor });
    expect(sdkSecond.tickets.map((t) => t.id)).toEqual(ids.slice(60));
    expect(sdkSecond.nextCursor).toBeUndefined();
  });

  it('pages the outbox oldest first, with the filters, and an e-mail sent meanwhile once', async () => {
    await file(5);
    const all = await outboxPage({ limit: '500' });
    expect(all.ids).toHaveLength(5);
    let added = '';
    const pages = await readAll(outboxPage, 2, async () => {
      await file(1);
      added = (await outboxPage({ limit: '500' })).ids[5] ?? '';
    });
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(pages.flat()).toEqual([...all.ids, added]);
    expect(await outboxPage({ limit: '1', to: 'L3@example.fi' })).toEqual({
      ids: [all.ids[3]],
      next: null,
    });
    // The control client reads every page.
    const control = createMockControl({ baseUrl: handle.base });
    expect((await control.outbox()).map((email) => email.id)).toEqual([...all.ids, added]);
  });

  it('refuses a bad limit or cursor with 400 validation_failed', async () => {
    await file(2);
    for (const path of ['/desk/queue', '/_mock/outbox']) {
      for (const query of [
        'limit=0',
        'limit=501',
        'limit=-1',
        'limit=abc',
        'limit=2.5',
        'limit=',
        'limit=1e2',
        'cursor=',
        'cursor=no-such-item',
      ]) {
        const response = await fetch(`${handle.base}${path}?${query}`, {
          headers: bearer('dev-opin'),
        });
        expect(response.status, `${path}?${query}`).toBe(400);
        const error = await errorOf(response);
        expect(error.code).toBe('validation_failed');
        expect(error.details).toEqual([
          expect.objectContaining({ path: [query.slice(0, query.indexOf('='))] }),
        ]);
      }
      expect((await page(path, { limit: '500' }, bearer('dev-opin'))).ids).toHaveLength(2);
      expect((await page(path, { limit: '1' }, bearer('dev-opin'))).ids).toHaveLength(1);
    }
  });

  it('asks for the desk key before it reads the paging query', async () => {
    const response = await fetch(`${handle.base}/desk/queue?limit=0`);
    expect(response.status).toBe(401);
  });
});
