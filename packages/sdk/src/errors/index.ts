/** @internal Barrel of the error classes and their guards; re-exported by the entry points. */
export { SupportError, isSupportError } from './support-error.js';
export {
  SupportHttpError,
  isSupportHttpError,
  type SupportHttpErrorInit,
} from './support-http-error.js';
export { SupportRateLimitError, isSupportRateLimitError } from './support-rate-limit-error.js';
export { SupportNetworkError, isSupportNetworkError } from './support-network-error.js';
export { SupportTimeoutError, isSupportTimeoutError } from './support-timeout-error.js';
export { SupportAbortError, isSupportAbortError } from './support-abort-error.js';
export {
  SupportResponseValidationError,
  isSupportResponseValidationError,
} from './support-response-validation-error.js';
