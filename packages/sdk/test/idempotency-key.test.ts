import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from '../src/index.js';
import { idempotencyKeySchema } from '../src/schemas/index.js';

describe('createIdempotencyKey', () => {
  it('returns 32 URL-safe characters that the API accepts as a key', () => {
    const key = createIdempotencyKey();

    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
  });

  it('returns a different key every time', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => createIdempotencyKey()));

    expect(keys.size).toBe(1000);
  });
});
