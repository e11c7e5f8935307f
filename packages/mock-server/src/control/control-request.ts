/**
 * One call to a `/_mock/*` endpoint, sent with ky with a time limit, failures as
 * the SDK's typed errors (`@opin/support-sdk`), a JSON answer checked with the contract's schema
 * (`@opin/support-sdk/schemas`).
 * @internal
 */
import {
  SupportAbortError,
  SupportNetworkError,
  SupportResponseValidationError,
  SupportTimeoutError,
} from '@opin/support-sdk';
import { supportHttpErrorOf } from '@opin/support-sdk/desk';
import ky, { TimeoutError } from 'ky';
import type { MockControlOptions } from './mock-control-options.js';

/** Anything with zod's `safeParse`. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** One control call, relative to the API base. */
export interface ControlRequest {
  method: 'GET' | 'POST';
  path: string;
  searchParams?: Record<string, string | undefined>;
  json?: unknown;
  signal?: AbortSignal | undefined;
}

/** Sends `request`; resolves once a 2xx answer has arrived in full. */
export async function sendControl(
  options: MockControlOptions,
  request: ControlRequest,
): Promise<void> {
  await exchange(options, request);
}

/** Sends `request`; resolves to its JSON body, checked with `schema`. */
export async function readControl<T>(
  options: MockControlOptions,
  request: ControlRequest,
  schema: ResponseSchema<T>,
): Promise<T> {
  return (await readControlPage(options, request, schema)).data;
}

/** Sends `request`; resolves to its JSON body, checked with `schema`, and its `X-Next-Cursor`. */
export async function readControlPage<T>(
  options: MockControlOptions,
  request: ControlRequest,
  schema: ResponseSchema<T>,
): Promise<{ data: T; nextCursor: string | undefined }> {
  const { status, text, headers } = await exchange(options, request);
  const parsed = schema.safeParse(parseJson(text));
  if (parsed.success) {
    return { data: parsed.data, nextCursor: headers.get('x-next-cursor') || undefined };
  }
  throw new SupportResponseValidationError('The response does not match the API contract.', {
    status,
  });
}

/** The 2xx answer's status and body, or the typed error of the failure. */
async function exchange(
  options: MockControlOptions,
  request: ControlRequest,
): Promise<{ status: number; headers: Headers; text: string }> {
  // ky sends it: base URL, JSON body, a time limit until the answer arrives (the mock sends each
  // small JSON body at once), no retries (a control call is not idempotent in general, and a
  // test wants its failure at once).
  const response = await typed(request, () =>
    ky(request.path, {
      prefixUrl: options.baseUrl.replace(/\/*$/, '/'),
      method: request.method,
      searchParams: request.searchParams,
      json: request.json,
      headers: { ...options.headers, accept: 'application/json' },
      signal: request.signal,
      timeout: options.timeout ?? 10_000,
      retry: 0,
      throwHttpErrors: false,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    }),
  );
  if (!response.ok) throw await supportHttpErrorOf(response);
  const text = await typed(request, () => response.text());
  return { status: response.status, headers: response.headers, text };
}

/** Runs `step`; a failure becomes the SDK's abort, timeout or network error. */
async function typed<T>(request: ControlRequest, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (request.signal?.aborted) {
      throw new SupportAbortError('The call was aborted.', { cause: request.signal.reason });
    }
    if (error instanceof TimeoutError) throw new SupportTimeoutError('The request timed out.');
    throw new SupportNetworkError('No response from the server (network error).', { cause: error });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // fails the schema, which reports it
  }
}
