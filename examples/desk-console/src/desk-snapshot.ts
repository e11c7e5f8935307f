/**
 * One refresh of what the played desk sees: its queue, the open ticket and, for an e-mail desk,
 * the e-mails sent to it (from the mail catcher when the console has one, else the mock's outbox).
 * @internal
 */
import { isSupportHttpError } from '@opin/support-sdk';
import type { DeskTicket } from '@opin/support-sdk/desk';
import { caughtFor, type DeskMail } from './desk-mail.js';
import { emailsTo } from './email-subject.js';
import type { ConsoleServices } from './services.js';

/** The played desk's view at one moment. */
export interface DeskSnapshot {
  queue: DeskTicket[];
  /** E-mails to the desk, newest first (empty for a realtime desk). */
  inbox: DeskMail[];
  /** The open ticket, if one was asked for and this desk may see it. */
  ticket: DeskTicket | undefined;
  /** The error code (`forbidden`, `not_found`) when the asked-for ticket is not visible. */
  hidden: string | undefined;
}

/**
 * Loads the queue, the ticket `openId` and the desk's e-mails in parallel. Both lists are paged by
 * the API (docs/design/api.md, "Paging"); `queue()` and `outbox()` read every page, so the console
 * shows all of them however long they grow.
 */
export async function loadDeskSnapshot(
  services: ConsoleServices,
  openId: string | undefined,
): Promise<DeskSnapshot> {
  const deskEmail = services.desks.find((d) => d.id === services.deskId)?.deskEmail;
  const [queue, opened, inbox] = await Promise.all([
    services.desk.queue(),
    openId === undefined ? undefined : fetchTicket(services, openId),
    deskEmail === undefined ? [] : loadInbox(services, deskEmail),
  ]);
  return {
    queue,
    inbox,
    ticket: typeof opened === 'string' ? undefined : opened,
    hidden: typeof opened === 'string' ? opened : undefined,
  };
}

/** The e-mails to `deskEmail`, newest first. */
async function loadInbox(services: ConsoleServices, deskEmail: string): Promise<DeskMail[]> {
  if (services.catcher) return caughtFor(await services.catcher.messages(), deskEmail);
  return emailsTo(await services.mock.outbox(), deskEmail);
}

/** The ticket, or the error code when this desk may not see it (any more). */
async function fetchTicket(services: ConsoleServices, id: string): Promise<DeskTicket | string> {
  try {
    return await services.desk.getTicket(id);
  } catch (error) {
    if (!isSupportHttpError(error) || (error.status !== 403 && error.status !== 404)) throw error;
    return error.code;
  }
}
