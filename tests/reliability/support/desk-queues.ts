/**
 * @internal Counts what the server stored the way desks see it: through every desk's queue.
 */
import { createDeskClient, type DeskTicket } from '@opin/support-sdk/desk';
import type { RunningMockServer } from '@opin/support-mock-server/node';

/** Every entry of every desk's queue (a ticket listed by two desks appears twice). */
export async function entriesOfEveryDeskQueue(server: RunningMockServer): Promise<DeskTicket[]> {
  const queues = await Promise.all(
    Object.values(server.deskKeys).map((deskKey) =>
      createDeskClient({ baseUrl: server.apiBase, deskKey }).queue(),
    ),
  );
  return queues.flat();
}
