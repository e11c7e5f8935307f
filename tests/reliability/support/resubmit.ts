/**
 * @internal What a real caller does with a draft: send it with its stored Idempotency-Key, and
 * when the call fails in a way that may pass, send it again with the same key until the server
 * acknowledges it.
 */
import {
  createSupportClient,
  isRetryableError,
  isSupportHttpError,
  type ClientOptions,
  type CreatedTicket,
  type SupportClient,
} from '@opin/support-sdk';
import type { Submission } from './submissions.js';

/** A draft the server acknowledged, and how many `createTicket` calls it took. */
export interface Acknowledgement {
  submission: Submission;
  created: CreatedTicket;
  calls: number;
}

/** Failures that may pass: the SDK's retry rule, or the same key still in flight (409). */
function worthSendingAgain(error: unknown): boolean {
  return isRetryableError(error) || (isSupportHttpError(error) && error.status === 409);
}

/** Sends the draft until it is acknowledged; gives up (rethrows) after `maxCalls` calls. */
export async function submitUntilAcknowledged(
  client: SupportClient,
  submission: Submission,
  maxCalls = 30,
): Promise<Acknowledgement> {
  for (let calls = 1; ; calls++) {
    try {
      const { body, idempotencyKey } = submission;
      const created = await client.createTicket(body, { idempotencyKey });
      return { submission, created, calls };
    } catch (error) {
      if (calls >= maxCalls || !worthSendingAgain(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}

/** Every learner sends their drafts one after another with a client of their own, all at once. */
export async function fileEveryDraft(
  draftsByLearner: Submission[][],
  options: ClientOptions,
): Promise<Acknowledgement[]> {
  const perLearner = await Promise.all(
    draftsByLearner.map(async (drafts) => {
      const client = createSupportClient(options);
      const acknowledged: Acknowledgement[] = [];
      for (const draft of drafts) acknowledged.push(await submitUntilAcknowledged(client, draft));
      return acknowledged;
    }),
  );
  return perLearner.flat();
}
