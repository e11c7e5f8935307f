/**
 * The routing preview as a notice: the who-answers card (`plan-card.ts`), which desks work by
 * e-mail, and (in the form) which desks will see the learner's data.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, RoutingPreview } from '@opin/support-sdk';
import type { DeskDirectory } from '../data/desk-directory.js';
import { deskList, emailDeskNote } from '../text/routing.js';
import { renderPlanCard } from './plan-card.js';

/** The preview's card and notes, with the privacy note when `privacy` is set. */
export function renderRoutingNote(
  preview: RoutingPreview,
  desks: DeskDirectory,
  locale: Locale,
  options: { privacy: boolean },
): TemplateResult {
  const name = (id: string) => desks.name(id, locale);
  const ids = preview.desks.map((desk) => desk.id);
  const seenBy = deskList(ids, desks, locale);
  return html`<div class="notice">
    ${renderPlanCard(
      {
        holder: name(preview.receivingDesk),
        answering: name(preview.answeringDesk),
        language: preview.language,
        expectedBy: preview.expectedBy,
      },
      'due',
      locale,
    )}
    ${preview.desks.map((desk) =>
      desk.integration === 'email' ? html`<p>${emailDeskNote(name(desk.id))}</p>` : nothing,
    )}
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
