import { describe, expect, it } from 'vitest';
import { fileTicket, useMockServer } from './support/http.js';

describe('CORS over HTTP', () => {
  const handle = useMockServer();

  it('answers a preflight with the allowed methods and headers', async () => {
    const response = await fetch(`${handle.base}/tickets`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://portal.example.fi',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, Prefer',
    );
  });

  it('lets any origin read responses and the Retry-After and Idempotent-Replayed headers, without cookies', async () => {
    await fileTicket(handle.base);
    for (const path of ['/topics', '/tickets/OPIN-000001', '/no-such-endpoint']) {
      const response = await fetch(`${handle.base}${path}`, {
        headers: { Origin: 'https://portal.example.fi' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toBe(
        'Retry-After, Idempotent-Replayed, X-Next-Cursor, Preference-Applied',
      );
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });
});
