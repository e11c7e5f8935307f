/**
 * An error message announced once: `role="alert"` exists only while the message is shown, with
 * a screen-reader-only "Error:" prefix.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/** The screen-reader-only prefix of every error message. */
export function errorPrefix(): string {
  return msg('Error:', { desc: 'Read by screen readers before an error.' });
}

/** Renders `message` as an alert; a new message is a new node, so it is announced again. */
export function renderAlert(message: string, extra?: TemplateResult): TemplateResult {
  return keyed(
    message,
    html`<div class="alert" role="alert">
      <p>
        <span class="visually-hidden">${errorPrefix()}</span>
        ${message}
      </p>
      ${extra}
    </div>`,
  ) as TemplateResult;
}
