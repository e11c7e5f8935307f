/**
 * `<dc-demo-controls>`: the mock server's clock and reset, for playing expiry and starting over.
 * @internal
 */
import { html } from 'lit';
import { OpenTicketEvent, requestAction } from '../events.js';
import { LightElement } from '../light-element.js';

/** Four hours: the default acknowledgement window of a hand-off. */
const ACK_WINDOW_MINUTES = 240;

/** "Advance server clock by 4 h" and "Reset demo data". */
export class DemoControls extends LightElement {
  override render() {
    return html`<div class="demo-controls" role="group" aria-label="Demo controls">
      <button type="button" @click=${this.#advance}>Advance server clock by 4 h</button>
      <button type="button" class="danger" @click=${this.#reset}>Reset demo data</button>
    </div>`;
  }

  #advance = () => {
    requestAction(this, {
      label: 'Advance server clock',
      perform: async (s) => {
        await s.mock.advanceClock(ACK_WINDOW_MINUTES);
        // Ages and due times follow the server clock from the refresh that comes next.
        await s.clock.sync(true);
      },
      success:
        'Server clock advanced by 4 hours: unanswered hand-offs have returned, and every ticket is 4 hours older.',
    });
  };

  #reset = () => {
    requestAction(this, {
      label: 'Reset demo data',
      perform: (s) => s.mock.reset(),
      success: 'Demo data reset: no tickets, no e-mails.',
      onSuccess: () => this.dispatchEvent(new OpenTicketEvent(undefined)),
    });
  };
}
