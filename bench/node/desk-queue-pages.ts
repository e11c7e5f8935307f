/**
 * A desk's whole queue read through the API: every page (docs/design/api.md, "Paging"), the next
 * one named in `X-Next-Cursor`.
 * @internal
 */

/** A ticket as listed in a desk queue: its id and owning desk. */
export interface QueuedTicket {
  id: string;
  owner: unknown;
}

/** Every ticket in the queue of the desk whose key is `key`, in the queue's order. */
export async function readDeskQueue(apiBase: string, key: string): Promise<QueuedTicket[]> {
  const tickets: QueuedTicket[] = [];
  let cursor: string | null = null;
  do {
    const query: URLSearchParams = new URLSearchParams({
      limit: '500',
      ...(cursor !== null && { cursor }),
    });
    const response: Response = await fetch(`${apiBase}/desk/queue?${query}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${key}` },
    });
    if (!response.ok) throw new Error(`GET /desk/queue answered ${response.status}.`);
    const page: unknown = await response.json();
    if (!Array.isArray(page)) throw new Error('The desk queue is not a list.');
    for (const ticket of page as unknown[]) {
      const fields = typeof ticket === 'object' && ticket !== null ? ticket : {};
      const id = 'id' in fields ? fields.id : undefined;
      if (typeof id !== 'string') throw new Error('A ticket in the desk queue has no id.');
      tickets.push({ id, owner: 'owner' in fields ? fields.owner : undefined });
    }
    cursor = response.headers.get('x-next-cursor');
  } while (cursor !== null);
  return tickets;
}
