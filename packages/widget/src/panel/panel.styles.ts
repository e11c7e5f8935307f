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
  /* One row in every language: the title wraps within its share, the controls never move down. */
  header {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.25em 0.25em 1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .title {
    flex: 1 1 0;
    min-inline-size: 0;
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.25;
  }
  .languages {
    display: flex;
    flex: none;
    gap: 2px;
    padding: 2px;
    border: 1px solid;
    border-radius: var(--_radius);
  }
  header button {
    min-block-size: 2.25em;
    min-inline-size: 2.25em;
    padding: 0 0.375em;
    background: transparent;
    color: inherit;
    border: 0;
    font-weight: 600;
  }
  .languages button {
    min-block-size: 2em;
    border-radius: calc(var(--_radius) - 2px);
  }
  /* The pressed language is filled, never outlined: an outline is the focus ring. */
  .languages button[aria-pressed='true'] {
    background: var(--_accent-contrast);
    color: var(--_accent);
  }
  header button:focus-visible {
    outline: 3px solid var(--_accent-contrast);
    outline-offset: 1px;
    position: relative;
  }
  .close {
    flex: none;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    font-size: 1.25em;
    line-height: 1;
  }
  /* The body and the footer, below the header; in the dialog the panel has the dialog's height
     and only this scrolls, so the header never covers what is focused (WCAG 2.4.11). */
  .scroller {
    display: flex;
    flex-direction: column;
    flex: 1 0 auto;
    position: relative;
  }
  :host([in-dialog]) {
    block-size: 100%;
  }
  :host([in-dialog]) .scroller {
    flex: 1 1 0;
    min-block-size: 0;
    overflow-y: auto;
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
    .languages button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
