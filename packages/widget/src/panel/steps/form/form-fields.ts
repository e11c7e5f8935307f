/**
 * One labelled text field of the ticket form, with its hint and inline error linked through
 * `aria-describedby` and marked with `aria-invalid`.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { errorPrefix } from '../../ui/alert.js';
import type { FieldName } from './form-validation.js';

/** What a field shows and how it reports input and leaving. */
export interface FieldOptions {
  name: FieldName;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'email';
  autocomplete?: string;
  required?: boolean;
  onInput: (name: FieldName, value: string) => void;
  onBlur: (name: FieldName) => void;
}

/** The field's `<label>`, control, hint and error. */
export function renderField(options: FieldOptions): TemplateResult {
  const { name, error, hint } = options;
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  const input = (event: Event) =>
    options.onInput(name, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const blur = () => options.onBlur(name);
  const optional = options.required
    ? nothing
    : html` <span class="muted">${msg('(optional)')}</span>`;
  const control = options.multiline
    ? html`<textarea
        id=${name}
        name=${name}
        ?required=${options.required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(options.value)}
        @input=${input}
        @blur=${blur}
      ></textarea>`
    : html`<input
        id=${name}
        name=${name}
        type=${options.type ?? 'text'}
        autocomplete=${ifDefined(options.autocomplete)}
        ?required=${options.required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(options.value)}
        @input=${input}
        @blur=${blur}
      />`;
  return html`<div class="field">
    <label for=${name}>${options.label}${optional}</label>
    ${control} ${hint ? html`<p id="${name}-hint" class="hint">${hint}</p>` : nothing}
    ${
      error
        ? html`<p id="${name}-error" class="field-error">
            <span class="visually-hidden">${errorPrefix()}</span> ${error}
          </p>`
        : nothing
    }
  </div>`;
}
