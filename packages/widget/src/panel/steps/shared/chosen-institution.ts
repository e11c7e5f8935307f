/**
 * The institution a ticket is about: the learner's choice in the draft, else the one the page
 * preselected (`institution` attribute); none when the topic does not need one. The learner may
 * choose "my institution is not listed / I don't know" ({@link unknownInstitution}): the ticket then
 * names no institution and Opin.fi support owns it (docs/design/domain.md, the routing rule).
 * @internal
 */
import type { Topic } from '@opin/support-sdk';
import type { PanelContext } from '../../context.js';

/** The draft's `institutionId` when the learner does not know their institution. */
export const unknownInstitution = '?';

/** The learner's choice for `topic`: an institution id, {@link unknownInstitution}, or null. */
export function institutionChoice(context: PanelContext, topic: Topic): string | null {
  if (!topic.requiresInstitution) return null;
  return context.drafts.current.institutionId ?? context.config.institution;
}

/** True when `topic` needs an institution and the learner has not chosen one (or "unknown"). */
export function needsInstitutionChoice(context: PanelContext, topic: Topic): boolean {
  return topic.requiresInstitution && institutionChoice(context, topic) === null;
}

/** The institution id to send for `topic`, or null (none needed, or the learner does not know). */
export function chosenInstitution(context: PanelContext, topic: Topic): string | null {
  const choice = institutionChoice(context, topic);
  return choice === unknownInstitution ? null : choice;
}

/**
 * The institution whose own articles the learner may see, under any topic: the one they chose,
 * else the page's preselected one, else the portal's (`origin`); none on Opin.fi's own portal
 * without a choice, or when they do not know their institution.
 */
export function articleInstitution(context: PanelContext): string | undefined {
  const { institution, origin } = context.config;
  const choice = context.drafts.current.institutionId ?? institution ?? origin;
  return choice === unknownInstitution || choice === 'opin' ? undefined : choice;
}
