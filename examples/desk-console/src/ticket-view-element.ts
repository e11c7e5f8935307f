/**
 * Base of the console's components that show one part of the open ticket: they all take the
 * ticket, the desk directory (for names) and the desk being played.
 * @internal
 */
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import { LightElement } from './light-element.js';

/** A light-DOM element showing part of one ticket. */
export abstract class TicketViewElement extends LightElement {
  static override properties = {
    ticket: { attribute: false },
    desks: { attribute: false },
    deskId: { attribute: false },
  };
  /** The open ticket, as the played desk sees it. */
  declare ticket: DeskTicket | undefined;
  /** Every desk, for names, languages and integrations. */
  declare desks: readonly Desk[];
  /** The desk being played. */
  declare deskId: string;

  constructor() {
    super();
    this.ticket = undefined;
    this.desks = [];
    this.deskId = '';
  }
}
