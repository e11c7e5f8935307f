/**
 * Sends the draft as a ticket with the draft's idempotency key, and turns every outcome into
 * what the form shows: sent, fields to fix, or a failure that keeps the draft.
 * @internal
 */
import { msg } from '@lit/localize';
import {
  createIdempotencyKey,
  isSupportHttpError,
  isSupportRateLimitError,
  type CreatedTicket,
  type CreateTicketRequest,
  type Locale,
  type Topic,
} from '@opin/support-sdk';
import { hasVisibleText } from '@opin/support-sdk/schemas';
import type { PanelContext } from '../../context.js';
import type { Draft } from '../../stores/draft-store.js';
import { describeError, isTransient, type Problem } from '../../text/errors.js';
import { chosenInstitution } from '../shared/chosen-institution.js';
import { fieldForIssuePath, validateField, type FieldErrors } from './form-validation.js';

/** How a send ended. */
export type SubmitOutcome =
  | { kind: 'sent'; created: CreatedTicket }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'failed'; problem: Problem };

/** The request body for `draft` (texts trimmed; a name without a visible character left out). */
export function requestBody(
  draft: Draft,
  topic: Topic,
  origin: string,
  locale: Locale,
  institutionId: string | null,
) {
  const name = hasVisibleText(draft.name) ? draft.name.trim() : '';
  const body: CreateTicketRequest = {
    topicId: topic.id,
    origin,
    language: draft.language ?? locale,
    subject: draft.subject.trim(),
    description: draft.description.trim(),
    contact: name === '' ? { email: draft.email.trim() } : { email: draft.email.trim(), name },
  };
  if (institutionId !== null) body.institutionId = institutionId;
  if (draft.website !== '') body.website = draft.website;
  return body;
}

function keptMessage(context: PanelContext): string {
  return context.drafts.persistent
    ? msg('Your ticket is saved in this browser, and we will send it when you try again.')
    : msg('Keep this window open and try again: your browser does not let us save drafts.');
}

/**
 * After the server accepted the ticket: remembers it in this browser, forgets the draft and
 * tells the page (`opin-ticket-created`; who answers comes from the ticket's plan).
 */
export function recordSent(context: PanelContext, created: CreatedTicket): CreatedTicket {
  const { ticket, accessToken } = created;
  context.tickets.remember({ id: ticket.id, accessToken, createdAt: ticket.createdAt });
  context.drafts.clear();
  context.emit('opin-ticket-created', {
    id: ticket.id,
    receivingDesk: ticket.origin,
    answeringDesk: ticket.plan.answeringDesk,
    language: ticket.language,
  });
  return created;
}

/** Sends the current draft once. Never throws. */
export async function submitDraft(
  context: PanelContext,
  topic: Topic,
  locale: Locale,
  signal: AbortSignal,
): Promise<SubmitOutcome> {
  const draft = context.drafts.current;
  const institution = chosenInstitution(context, topic);
  const body = requestBody(draft, topic, context.config.origin, locale, institution);
  try {
    const created = await context.client.createTicket(body, {
      idempotencyKey: draft.idempotencyKey,
      signal,
    });
    return { kind: 'sent', created };
  } catch (error) {
    return failure(context, error, draft, locale);
  }
}

function failure(context: PanelContext, error: unknown, draft: Draft, locale: Locale) {
  const problem = describeError(error, locale);
  if (isTransient(error)) {
    context.drafts.update({ queued: true });
    const notSent = msg('Your ticket could not be sent yet.');
    return failed(`${notSent} ${problem.message} ${keptMessage(context)}`, problem.code);
  }
  if (isSupportRateLimitError(error)) {
    const waiting = msg('Your ticket is kept here until then.');
    return failed(`${problem.message} ${waiting}`, problem.code);
  }
  if (isSupportHttpError(error) && error.code === 'idempotency_mismatch') {
    context.drafts.update({ idempotencyKey: createIdempotencyKey(), queued: false });
    const message = msg(
      'An earlier version of this ticket may already have reached us. Send again to file this version as a new ticket.',
    );
    return failed(message, error.code);
  }
  if (isSupportHttpError(error) && error.status === 400) {
    const errors: FieldErrors = {};
    for (const issue of error.details ?? []) {
      const field = fieldForIssuePath(issue.path);
      if (field && !errors[field]) {
        errors[field] = validateField(field, draft[field]) ?? msg('Check this field.');
      }
    }
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors } as const;
  }
  return failed(problem.message, problem.code);
}

function failed(message: string, code: string): SubmitOutcome {
  return { kind: 'failed', problem: { code, message } };
}
