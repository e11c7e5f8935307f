/**
 * Follows one ticket live through the SDK's `watchTicket` while its host is connected: the first
 * frame is the current ticket, each later one a change. Leaving the document aborts the stream.
 * @internal
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SupportClient, Ticket, TicketAccess } from '@opin/support-sdk';

/** The watched ticket: loading, live (or ended after `closed`), or failed. */
export type WatchState =
  | { status: 'pending' }
  | { status: 'live'; ticket: Ticket }
  | { status: 'error'; error: unknown; ticket: Ticket | null };

/** Called with the previous and the new ticket for every newer version. */
export type TicketChange = (previous: Ticket | null, next: Ticket) => void;

/** Keeps `state` on the newest version of a ticket. */
export class TicketWatch implements ReactiveController {
  state: WatchState = { status: 'pending' };
  readonly #host: ReactiveControllerHost;
  readonly #client: () => SupportClient;
  readonly #access: () => TicketAccess;
  readonly #onChange: TicketChange;
  #abort: AbortController | null = null;

  constructor(
    host: ReactiveControllerHost,
    client: () => SupportClient,
    access: () => TicketAccess,
    onChange: TicketChange,
  ) {
    this.#host = host;
    this.#client = client;
    this.#access = access;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The newest ticket seen, if any. */
  get ticket(): Ticket | null {
    return this.state.status === 'pending' ? null : this.state.ticket;
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = null;
  }

  /** (Re)opens the stream, e.g. after an error. */
  restart(): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    void this.#follow(abort.signal);
  }

  /** Takes a ticket an action returned (a reply, a reopen) if it is newer than the one shown. */
  accept(ticket: Ticket): void {
    const previous = this.ticket;
    if (previous && previous.version >= ticket.version) return;
    this.state = { status: 'live', ticket };
    this.#onChange(previous, ticket);
    this.#host.requestUpdate();
  }

  async #follow(signal: AbortSignal): Promise<void> {
    try {
      for await (const ticket of this.#client().watchTicket(this.#access(), { signal })) {
        this.accept(ticket);
      }
    } catch (error) {
      if (signal.aborted) return;
      this.state = { status: 'error', error, ticket: this.ticket };
      this.#host.requestUpdate();
    }
  }
}
