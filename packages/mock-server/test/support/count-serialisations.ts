/**
 * Counts the serialisations of one ticket (any view of it: learner, desk, whole or changes) by
 * spying on `JSON.stringify`, so tests prove "once per change" by counting, not by timing. The spy
 * lives until `vi.restoreAllMocks()`.
 */
import { vi } from 'vitest';

/** Counts serialisations of the ticket `id` from now on; call the result to read the count. */
export function countSerialisations(id: string): () => number {
  const original = JSON.stringify.bind(JSON);
  let count = 0;
  vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: never[]) => {
    if (typeof value === 'object' && value !== null && 'timeline' in value) {
      if ((value as { id?: unknown }).id === id) count += 1;
    }
    return original(value, ...rest);
  }) as typeof JSON.stringify);
  return () => count;
}
