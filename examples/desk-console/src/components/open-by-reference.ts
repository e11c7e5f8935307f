/**
 * `<dc-open-by-reference>`: opens any ticket by its reference — e.g. one this desk handed over,
 * which is no longer in its queue.
 * @internal
 */
import { html } from 'lit';
import { OpenTicketEvent } from '../events.js';
import { LightElement } from '../light-element.js';
import { formText } from '../form-text.js';

/** A small "open ticket" form. */
export class OpenByReference extends LightElement {
  override render() {
    return html`<form class="inline-form" @submit=${this.#submit}>
      <label>
        Open ticket by reference
        <input
          name="reference"
          required
          pattern="[Oo][Pp][Ii][Nn]-[0-9]{6,}"
          placeholder="OPIN-482019375568"
          size="12"
        />
      </label>
      <button type="submit">Open</button>
    </form>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const reference = formText(new FormData(form), 'reference').trim().toUpperCase();
    if (reference !== '') this.dispatchEvent(new OpenTicketEvent(reference));
  };
}
