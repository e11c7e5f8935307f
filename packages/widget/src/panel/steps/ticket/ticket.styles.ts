/**
 * Styles of the ticket step: the reference, the conversation (bubbles and notes) and the reply box.
 * @internal
 */
import { css } from 'lit';

export const ticketStyles = css`
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 1em;
  }
  .heading h2 {
    margin: 0;
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
