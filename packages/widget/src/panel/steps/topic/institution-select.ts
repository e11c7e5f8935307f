/**
 * The institution choice of the topic step: names in the UI language, sorted, with an inline
 * error when the learner goes on without choosing.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Institution, Locale } from '@opin/support-sdk';
import { intlTags } from '../../text/languages.js';
import { unknownInstitution } from '../shared/chosen-institution.js';

/** What the select shows. */
export interface InstitutionSelectOptions {
  institutions: readonly Institution[];
  selected: string | null;
  locale: Locale;
  error: string | null;
  onChange: (id: string | null) => void;
}

/**
 * A labelled `<select>` of institutions, and last "My institution is not listed / I don't know"
 * ({@link unknownInstitution}): Opin.fi support then takes the ticket.
 */
export function renderInstitutionSelect(options: InstitutionSelectOptions): TemplateResult {
  const { institutions, selected, locale, error, onChange } = options;
  const collator = new Intl.Collator(intlTags[locale]);
  const sorted = [...institutions].sort((a, b) => collator.compare(a.name[locale], b.name[locale]));
  return html`<div class="field">
    <label for="institution">${msg('Your institution')}</label>
    <select
      id="institution"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'institution-error' : nothing}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value || null)}
    >
      <option value="" ?selected=${selected === null}>${msg('Choose your institution')}</option>
      ${sorted.map(
        (institution) =>
          html`<option value=${institution.id} ?selected=${institution.id === selected}>
            ${institution.name[locale]}
          </option>`,
      )}
      <option value=${unknownInstitution} ?selected=${selected === unknownInstitution}>
        ${msg('My institution is not listed / I don’t know')}
      </option>
    </select>
    ${error ? html`<p id="institution-error" class="field-error">${error}</p>` : nothing}
  </div>`;
}
