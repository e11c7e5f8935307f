/**
 * The routing preview's notes besides the who-answers card (`plan.ts`): which desks work by e-mail,
 * and which desks will see the learner's data (docs/design/domain.md, the routing rule's step 6).
 * @internal
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '@opin/support-sdk';
import type { DeskDirectory } from '../data/desk-directory.js';

/** "<desk> works by e-mail: …", for the preview. */
export function emailDeskNote(desk: string): string {
  return msg(
    str`${desk} handles tickets by e-mail, so its replies can take a little longer to show here.`,
    { desc: '1: desk name.' },
  );
}

/** The desks that will see the learner's data, as one list in the UI language. */
export function deskList(ids: readonly string[], desks: DeskDirectory, locale: Locale): string {
  const names = [...new Set(ids)].map((id) => desks.name(id, locale));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
