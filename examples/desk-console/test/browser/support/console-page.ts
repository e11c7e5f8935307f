/**
 * The desk console in the test page, against the mock API that msw's service worker serves in
 * this page (`<origin>/api/v1`, from `@opin/support-mock-server`, rate limits off). Every mount
 * starts from the seed data and a console that has opened no ticket yet.
 * @internal
 */
import { createMockApi, type MockApi } from '@opin/support-mock-server';
import { createSupportClient, type CreateTicketRequest } from '@opin/support-sdk';
import { assert } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { defineConsoleElements } from '../../../src/define.js';
import type { DeskConsoleApp } from '../../../src/components/desk-console-app.js';
import { waitFor } from './wait.js';

/** The API base the console under test uses (`?api=`). */
export const apiBase = `${location.origin}/api/v1`;

let started: Promise<MockApi> | undefined;

function startMockApi(): Promise<MockApi> {
  started ??= (async () => {
    const api = createMockApi({ rateLimitPerMinute: 0 });
    await setupWorker(...api.handlers).start({ onUnhandledFrame: 'bypass', quiet: true });
    return api;
  })();
  return started;
}

/** Files a ticket as a learner (Finnish, enrolment failed at Tampere, unless overridden). */
export async function fileTicket(request: Partial<CreateTicketRequest> = {}): Promise<string> {
  await startMockApi();
  const learner = createSupportClient({ baseUrl: apiBase, retry: { limit: 0 } });
  const created = await learner.createTicket({
    topicId: 'enrolment-failed',
    institutionId: 'tampere',
    origin: 'opin',
    language: 'fi',
    subject: 'Ilmoittautuminen ei onnistu',
    description: 'Saan virheen.',
    contact: { email: 'oppija@example.fi' },
    ...request,
  });
  return created.ticket.id;
}

/** Back to the seed data, with no console in the page and nothing remembered by one. */
export async function resetConsole(): Promise<void> {
  (await startMockApi()).reset();
  for (const element of document.querySelectorAll('dc-desk-console-app')) element.remove();
  localStorage.clear();
}

/**
 * Mounts the console playing `deskId` (with `?ticket=` if given, and `?hooks=` if given) and waits
 * for that desk's queue heading.
 */
export async function mountConsole(
  deskId: string,
  ticketId?: string,
  hooks?: string,
): Promise<DeskConsoleApp> {
  await startMockApi();
  defineConsoleElements();
  const url = new URL(location.href);
  url.searchParams.set('api', apiBase);
  url.searchParams.set('desk', deskId);
  if (ticketId === undefined) url.searchParams.delete('ticket');
  else url.searchParams.set('ticket', ticketId);
  if (hooks === undefined) url.searchParams.delete('hooks');
  else url.searchParams.set('hooks', hooks);
  history.replaceState(null, '', url);
  const app = document.createElement('dc-desk-console-app');
  document.body.append(app);
  await waitFor(() => app.querySelector('#queue-heading'), `the queue of ${deskId}`);
  return app;
}

/** The queue entry (a button) of ticket `id`, if it is listed now. */
export function entryOf(app: Element, id: string): HTMLButtonElement | undefined {
  return [...app.querySelectorAll<HTMLButtonElement>('.queue-entry')].find(
    (entry) => entry.querySelector('.queue-ref')?.textContent === id,
  );
}

/** The queue entry (a button) of ticket `id`, once it is listed. */
export function queueEntry(app: Element, id: string): Promise<HTMLButtonElement> {
  return waitFor(() => entryOf(app, id), `${id} in the queue`);
}

/**
 * Plays another desk with the "Play desk" select, as the person would, and waits until the console
 * shows that desk (its queue is listed once the next refresh ends).
 */
export async function playDesk(app: DeskConsoleApp, deskId: string): Promise<void> {
  const select = await waitFor(
    () => app.querySelector<HTMLSelectElement>('dc-desk-picker select'),
    'the desk picker',
  );
  select.value = deskId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await app.updateComplete;
  assert.equal(app.deskId, deskId);
}

/** Waits until the console shows ticket `id` open. */
export function ticketHeading(app: Element, id: string): Promise<HTMLElement> {
  return waitFor(() => {
    const heading = app.querySelector<HTMLElement>('#ticket-heading');
    return heading?.textContent.startsWith(`${id}:`) ? heading : undefined;
  }, `${id} open`);
}

/** The button with exactly this text, once it is shown. */
export function button(app: Element, text: string): Promise<HTMLButtonElement> {
  return waitFor(
    () => [...app.querySelectorAll('button')].find((b) => b.textContent.trim() === text),
    `the button "${text}"`,
  );
}
