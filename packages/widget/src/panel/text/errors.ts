/**
 * What went wrong, in the learner's language, from the SDK's typed errors.
 * @internal
 */
import { msg, str } from '@lit/localize';
import {
  isRetryableError,
  isSupportHttpError,
  isSupportNetworkError,
  isSupportRateLimitError,
  isSupportResponseValidationError,
  isSupportTimeoutError,
  type Locale,
} from '@opin/support-sdk';
import { formatTime } from './dates.js';

/** A failure as the learner is told about it, and as `opin-error` reports it. */
export interface Problem {
  code: string;
  message: string;
}

/**
 * True when sending again soon may work, by the SDK's one retry rule (`isRetryableError`): no
 * answer, a timeout, 408 or a 500/502/503/504. A rate limit (429) is left out: the learner is told
 * when to try again instead.
 */
export function isTransient(error: unknown): boolean {
  return isRetryableError(error) && !isSupportRateLimitError(error);
}

/** "Try again after 14:05." for a rate-limit error's `retryAfter` (seconds). */
export function retryAfterText(retryAfterSeconds: number, locale: Locale): string {
  const time = formatTime(new Date(Date.now() + retryAfterSeconds * 1000), locale);
  return msg(str`Please try again after ${time}.`, {
    desc: 'The placeholder is a time of day, e.g. 14:05.',
  });
}

/** The learner-facing explanation of `error`. */
export function describeError(error: unknown, locale: Locale): Problem {
  if (isSupportRateLimitError(error)) {
    const message = msg('Too many tickets have been sent from this network.');
    return {
      code: error.code,
      message: `${message} ${retryAfterText(error.retryAfter ?? 60, locale)}`,
    };
  }
  if (isSupportNetworkError(error)) {
    return {
      code: 'network_error',
      message: msg('We could not reach the support service. Check your connection and try again.'),
    };
  }
  if (isSupportTimeoutError(error)) {
    return {
      code: 'timeout',
      message: msg('The support service did not answer in time. Please try again.'),
    };
  }
  if (isSupportResponseValidationError(error)) {
    return {
      code: 'invalid_response',
      message: msg('The support service sent an answer we could not read. Please try again later.'),
    };
  }
  if (isSupportHttpError(error)) {
    if (error.status === 404) {
      return {
        code: error.code,
        message: msg('We could not find this. It may no longer be available.'),
      };
    }
    if (error.status >= 500) {
      return {
        code: error.code,
        message: msg('The support service is having trouble. Please try again in a moment.'),
      };
    }
  }
  return {
    code: isSupportHttpError(error) ? error.code : 'unknown',
    message: msg('Something went wrong. Please try again.'),
  };
}
