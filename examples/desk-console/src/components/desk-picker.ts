/**
 * `<dc-desk-picker>`: chooses the desk the person plays (all desks from `listDesks`).
 * @internal
 */
import { html } from 'lit';
import type { Desk } from '@opin/support-sdk/desk';
import { LightElement } from '../light-element.js';
import { deskKeyOf } from '../services.js';

/** Fired with the chosen desk id. */
export class DeskChangeEvent extends Event {
  static readonly eventName = 'dc-desk-change';
  constructor(readonly deskId: string) {
    super(DeskChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A labelled select of every desk, with the key the console uses for it. */
export class DeskPicker extends LightElement {
  static override properties = {
    desks: { attribute: false },
    deskId: { attribute: false },
  };
  /** Every desk. */
  declare desks: readonly Desk[];
  /** The desk being played. */
  declare deskId: string;

  constructor() {
    super();
    this.desks = [];
    this.deskId = '';
  }

  override render() {
    return html`<div class="desk-picker">
      <label>
        Play desk
        <select @change=${this.#change}>
          ${this.desks.map(
            (desk) =>
              html`<option value=${desk.id} ?selected=${desk.id === this.deskId}>
                ${desk.name.en} (${desk.id}) —
                ${desk.integration === 'email' ? 'e-mail' : 'realtime'}
              </option>`,
          )}
        </select>
      </label>
      <span class="desk-key">key <code>${deskKeyOf(this.deskId)}</code></span>
    </div>`;
  }

  #change = (event: Event) => {
    const select = event.currentTarget as HTMLSelectElement;
    this.dispatchEvent(new DeskChangeEvent(select.value));
  };
}

declare global {
  interface HTMLElementEventMap {
    'dc-desk-change': DeskChangeEvent;
  }
}
