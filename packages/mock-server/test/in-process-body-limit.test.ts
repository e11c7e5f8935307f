import '@opin/support-http/node';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../src/index.js';
import { ticketBody } from './support/http.js';

describe('the body limit with the handlers in process (msw, no HTTP server)', () => {
  it('refuses a body over 64 KiB without Content-Length with 413 instead of hanging', async () => {
    // Regression: msw keeps a clone of the request, and cancelling one branch of a cloned
    // body waits for the other branch, so the refusal waited forever.
    const api = createMockApi();
    const request = new Request('https://portal.example/api/v1/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'big-body-0001' },
      body: JSON.stringify(ticketBody({ description: 'a'.repeat(70_000) })),
    });
    expect(request.headers.get('content-length')).toBeNull();
    const response = await getResponse(api.handlers, request);
    expect(response?.status).toBe(413);
    expect(await response?.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
