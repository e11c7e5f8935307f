/**
 * The console's events: components ask the app to run an action or to open a ticket; the app
 * runs it with the played desk's clients, shows errors in the alert region and refreshes.
 * @internal
 */
import type { ConsoleServices } from './services.js';

/** Something the person asked for, run by the app. */
export interface ConsoleAction {
  /** What is being done, e.g. `Accept hand-off`; shown with an error. */
  label: string;
  /** The SDK call(s). */
  perform(services: ConsoleServices): Promise<unknown>;
  /** Announced in the status region after success. */
  success: string;
  /** Run after success (e.g. to clear a form). */
  onSuccess?: () => void;
}

/** Asks the app to run an action. Bubbles and is composed. */
export class ConsoleActionEvent extends Event {
  static readonly eventName = 'dc-action';
  constructor(readonly action: ConsoleAction) {
    super(ConsoleActionEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the app to open a ticket (or close the open one, with `undefined`). */
export class OpenTicketEvent extends Event {
  static readonly eventName = 'dc-open-ticket';
  constructor(readonly ticketId: string | undefined) {
    super(OpenTicketEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'dc-action': ConsoleActionEvent;
    'dc-open-ticket': OpenTicketEvent;
  }
}

/** Dispatches a {@link ConsoleActionEvent} from `source`. */
export function requestAction(source: EventTarget, action: ConsoleAction): void {
  source.dispatchEvent(new ConsoleActionEvent(action));
}
