/**
 * Styles of the ticket step: the reference, the conversation (bubbles and notes) and the reply box.
 * @internal
 */
import { css } from 'lit';

export const ticketStyles = css`
  /* The step's width decides (narrow screens, and a narrow inline panel on a wide page). */
  :host {
    container-type: inline-size;
  }
  /* The heading wraps before the Copy button does: the button stays beside it, never below. */
  .heading {
    display: flex;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 1em;
  }
  .heading h2 {
    flex: 1 1 auto;
    min-inline-size: 0;
    margin: 0;
  }
  .heading button {
    flex: none;
  }
  .reference {
    white-space: nowrap;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  /* Narrow: each label above its value. */
  @container (max-width: 24em) {
    .facts {
      grid-template-columns: 1fr;
      row-gap: 0;
    }
    .facts dd {
      margin-block-end: 0.5em;
    }
  }
  .thread {
    list-style: none;
    padding: 0;
  }
  .thread li {
    margin-block-end: 0.75em;
  }
  .message {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-inline-end: 1.5em;
    border-inline-start: 4px solid var(--_border);
  }
  .message.learner {
    margin-inline: 1.5em 0;
    border-inline-start-color: var(--_link);
  }
  .note,
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .note {
    text-align: center;
  }
  .thread p {
    margin: 0;
  }
  .subject {
    font-weight: 600;
  }
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
