/**
 * The institution a ticket is about: the learner's choice in the draft, else the one the page
 * preselected (`institution` attribute); none when the topic does not need one.
 * @internal
 */
import type { Topic } from '@opin/support-sdk';
import type { PanelContext } from '../../context.js';

/** The chosen institution id for `topic`, or null. */
export function chosenInstitution(context: PanelContext, topic: Topic): string | null {
  if (!topic.requiresInstitution) return null;
  return context.drafts.current.institutionId ?? context.config.institution;
}
