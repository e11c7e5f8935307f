/**
 * Styles every panel element shares: type, colours from the public custom properties, buttons,
 * fields, focus rings, dark mode, forced colours and reduced motion. Sizes are in `em`, so a host
 * page's `html { font-size }` changes nothing.
 *
 * Colours: the background and the text come from `--opin-support-background` and
 * `--opin-support-text` (light by default, dark under `prefers-color-scheme: dark`); muted text,
 * borders and surfaces are mixed from those two, so a page that themes them gets matching ones.
 * The accent fills (header, primary buttons) as it is; as text or a line on the background
 * (`--_link`: links, outlines, focus rings) it is the accent itself in light mode and, in dark
 * mode, the accent mixed with the text colour, which keeps it readable on a dark background.
 * @internal
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --_accent: var(--opin-support-accent, #0a5a9c);
    --_accent-contrast: var(--opin-support-accent-contrast, #ffffff);
    --_radius: var(--opin-support-radius, 0.5em);
    --_background: var(--opin-support-background, #ffffff);
    --_text: var(--opin-support-text, #1b1b1b);
    --_link: var(--_accent);
    --_muted: color-mix(in srgb, var(--_text) 80%, var(--_background));
    --_border: color-mix(in srgb, var(--_text) 62%, var(--_background));
    --_surface: color-mix(in srgb, var(--_text) 5%, var(--_background));
    --_error: #b3261e;
    color-scheme: light;
    display: block;
    color: var(--_text);
    font-family: var(
      --opin-support-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    );
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
    margin-top: 1em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_link);
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  button.secondary {
    background: transparent;
    color: var(--_link);
  }
  button.choice {
    display: block;
    inline-size: 100%;
    text-align: start;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    margin-block-end: 0.5em;
  }
  button.choice {
    font-weight: 600;
  }
  button.choice .summary {
    display: block;
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.9em;
  }
  button.choice:hover {
    border-color: var(--_link);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.75;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 1em;
  }
  .notice {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_link);
  }
  .alert {
    color: var(--_error);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-block-end: 1em;
  }
  .alert p {
    margin: 0;
  }
  .alert button {
    margin-block-start: 0.5em;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_background: var(--opin-support-background, #1c1d1f);
      --_text: var(--opin-support-text, #eceef0);
      --_link: color-mix(in srgb, var(--_accent) 40%, var(--_text));
      --_error: color-mix(in srgb, #b3261e 35%, var(--_text));
      color-scheme: dark;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .notice {
      border: 1px solid CanvasText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    h2:focus-visible {
      outline-color: Highlight;
    }
  }
`;
