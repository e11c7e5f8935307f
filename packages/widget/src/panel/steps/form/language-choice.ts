/**
 * The ticket language as an explicit radio group: each language named in itself, defaulting to
 * the UI language.
 * @internal
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import { autonyms, uiLocales } from '../../text/languages.js';

/** Three radios; `onChange` gets the chosen language. */
export function renderLanguageChoice(
  selected: Locale,
  onChange: (locale: Locale) => void,
): TemplateResult {
  return html`<fieldset aria-describedby="language-hint">
    <legend>${msg('Language of your ticket')}</legend>
    <p id="language-hint" class="hint">${msg('We answer you in this language.')}</p>
    ${uiLocales.map(
      (locale) =>
        html`<div class="radio">
          <input
            type="radio"
            id="language-${locale}"
            name="language"
            value=${locale}
            .checked=${locale === selected}
            @change=${() => onChange(locale)}
          />
          <label for="language-${locale}" lang=${locale}>${autonyms[locale]}</label>
        </div>`,
    )}
  </fieldset>`;
}
