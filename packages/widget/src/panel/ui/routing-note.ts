/**
 * The routing preview as a notice: who answers, in which language, how soon, which desks work by
 * e-mail, and (in the form) which desks will see the learner's data.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, RoutingPreview, Topic } from '@opin/support-sdk';
import type { DeskDirectory } from '../data/desk-directory.js';
import { deskList, describeRouting } from '../text/routing.js';

/** The preview's sentences, with the privacy note when `privacy` is set. */
export function renderRoutingNote(
  preview: RoutingPreview,
  topic: Topic,
  desks: DeskDirectory,
  locale: Locale,
  options: { privacy: boolean },
): TemplateResult {
  const sentences = describeRouting(preview, topic, desks, locale);
  const seenBy = deskList(
    preview.desks.map((desk) => desk.id),
    desks,
    locale,
  );
  return html`<div class="notice">
    ${sentences.map((sentence) => html`<p>${sentence}</p>`)}
    ${
      options.privacy
        ? html`<p>
            ${msg(
              str`Privacy: only ${seenBy} will see what you write here and your contact details.`,
              { desc: '1: a list of support desk names.' },
            )}
          </p>`
        : nothing
    }
  </div>`;
}
