/**
 * Form fields: labels, inputs, hints and inline errors.
 * @internal
 */
import { css } from 'lit';

export const fieldStyles = css`
  .field {
    margin-block-end: 1em;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  fieldset {
    border: 0;
    margin: 0 0 1em;
    padding: 0;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.25em;
  }
  .radio label {
    font-weight: normal;
    margin: 0;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_link);
  }
  input:not([type='radio']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_background);
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    min-block-size: 8em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .hint {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 0.25em 0 0;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
    margin: 0.25em 0 0;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
`;
