/**
 * Styles of the ticket step: the timeline, the messages and the reply box.
 * @internal
 */
import { css } from 'lit';

export const ticketStyles = css`
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
    margin: 0 0 1em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .facts .description {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .timeline li {
    display: grid;
    gap: 0.1em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    margin-block-end: 0.75em;
  }
  .timeline time,
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .messages li {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block-end: 0.75em;
  }
  .messages li.learner {
    margin-inline-start: 1.5em;
  }
  .messages .meta {
    margin-block-end: 0.25em;
  }
  .messages .body {
    white-space: pre-wrap;
    margin: 0;
  }
`;
