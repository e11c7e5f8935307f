import { describe, expect, it } from 'vitest';
import {
  isRetryableError,
  SupportAbortError,
  SupportError,
  SupportHttpError,
  SupportNetworkError,
  SupportRateLimitError,
  SupportResponseValidationError,
  SupportTimeoutError,
} from '../src/index.js';

const http = (status: number) =>
  new (status === 429 ? SupportRateLimitError : SupportHttpError)({
    status,
    code: `http_${status}`,
    message: `HTTP ${status}`,
  });

describe('isRetryableError, the one retry rule', () => {
  it.each([408, 429, 500, 502, 503, 504])('says a %i may pass', (status) => {
    expect(isRetryableError(http(status))).toBe(true);
  });

  it.each([400, 401, 403, 404, 409, 413, 415, 422, 501, 505])('says a %i will not', (status) => {
    expect(isRetryableError(http(status))).toBe(false);
  });

  it('says no answer and a timeout may pass', () => {
    expect(isRetryableError(new SupportNetworkError('offline'))).toBe(true);
    expect(isRetryableError(new SupportTimeoutError('slow'))).toBe(true);
  });

  it('says an abort, a broken response and errors the SDK did not throw will not', () => {
    expect(isRetryableError(new SupportAbortError('aborted'))).toBe(false);
    expect(isRetryableError(new SupportResponseValidationError('bad', { status: 200 }))).toBe(
      false,
    );
    expect(isRetryableError(new SupportError('base'))).toBe(false);
    expect(isRetryableError(new TypeError('fetch failed'))).toBe(false);
    expect(isRetryableError({ name: 'SupportNetworkError' })).toBe(false);
    expect(isRetryableError(undefined)).toBe(false);
  });

  it('recognises errors from another realm by name, as the guards do', () => {
    const foreign = Object.assign(new Error('from an iframe'), {
      name: 'SupportHttpError',
      status: 503,
    });

    expect(isRetryableError(foreign)).toBe(true);
  });
});
