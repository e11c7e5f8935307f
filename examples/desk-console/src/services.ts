/**
 * The SDK clients the console works with, for the desk being played. All API traffic goes
 * through them.
 * @internal
 */
import { createSupportClient, type SupportClient } from '@opin/support-sdk';
import { createDeskClient, type Desk, type DeskClient } from '@opin/support-sdk/desk';
import { createMockControl, type MockControl } from '@opin/support-mock-server/control';
import { ConsoleClock } from './console-clock.js';
import type { FollowEvents } from './event-feed-controller.js';
import { followDeskEvents } from './follow-desk-events.js';
import { createMailCatcherClient, type MailCatcherClient } from './mail-catcher-client.js';

/** Everything an action needs: the played desk, its client and the mock server's controls. */
export interface ConsoleServices {
  /** The desk being played. */
  deskId: string;
  /** Every desk, from `listDesks`. */
  desks: readonly Desk[];
  desk: DeskClient;
  /** Follows the desk's event stream (`GET /desk/events`). */
  followEvents: FollowEvents;
  mock: MockControl;
  /** The console's now: this computer's clock plus the mock server clock's offset. */
  clock: ConsoleClock;
  /** The learner client: listing desks, topics and institutions, filing test tickets. */
  support: SupportClient;
  /** `pnpm demo`'s mail catcher (`?mail=`): e-mail desks read and answer their mail through it. */
  catcher: MailCatcherClient | undefined;
}

/** The mock server's key of a desk. */
export function deskKeyOf(deskId: string): string {
  return `dev-${deskId}`;
}

/** Creates the clients for playing `deskId` against `apiBase` (and the mail catcher, if any). */
export function createServices(
  apiBase: string,
  deskId: string,
  desks: readonly Desk[],
  mailCatcher?: string,
): ConsoleServices {
  const options = { baseUrl: apiBase, timeout: 5_000, totalTimeout: 15_000 };
  const mock = createMockControl(options);
  return {
    deskId,
    desks,
    desk: createDeskClient({ ...options, deskKey: deskKeyOf(deskId) }),
    followEvents: followDeskEvents(apiBase, deskKeyOf(deskId)),
    mock,
    clock: new ConsoleClock(mock),
    support: createSupportClient(options),
    catcher: mailCatcher === undefined ? undefined : createMailCatcherClient(mailCatcher),
  };
}
