/**
 * Layout of the panel root: header, body, footer. Reflows down to 320 px.
 * @internal
 */
import { css } from 'lit';

export const panelStyles = css`
  /* Fills the dialog (whose width is --opin-support-width) or, inline, the page's container;
     a column, so the footer sits at the bottom of a short step. */
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 100%;
    background: var(--_background);
    font-size: medium;
    /* What a host page sets on its text would reach the panel through inheritance. */
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    text-align: start;
    white-space: normal;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.75em 1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  header.pinned {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .title {
    flex: 1 1 auto;
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125em;
  }
  header button {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.25em 0.5em;
    background: transparent;
    color: inherit;
    border: 2px solid transparent;
  }
  header button[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 700;
  }
  header button:focus-visible {
    outline: 3px solid var(--_accent-contrast);
    outline-offset: -3px;
  }
  .close {
    font-size: 1.25em;
    line-height: 1;
  }
  .body {
    flex: 1 0 auto;
    padding: 1em;
  }
  .back {
    margin-block-end: 0.75em;
    padding: 0.25em 0.5em;
    background: transparent;
    color: var(--_link);
    border-color: transparent;
  }
  footer {
    padding: 0.75em 1em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
  footer p {
    margin: 0;
  }
  @media (forced-colors: active) {
    header {
      border-block-end: 1px solid CanvasText;
    }
    header button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
