/**
 * `localStorage` that never throws: blocked storage (privacy settings, sandboxed frames) or a full
 * quota makes it fall back to memory and report that nothing is kept.
 * @internal
 */

/** A key–value store that reports whether it actually persists. */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** False once the browser refused to keep data (reads or writes failed). */
  readonly persistent: boolean;
}

/** Wraps `storage` (default `localStorage`); every failure switches to an in-memory copy. */
export function createSafeStorage(storage: () => Storage = () => localStorage): SafeStorage {
  const memory = new Map<string, string>();
  let persistent = true;
  const fail = () => {
    persistent = false;
  };
  return {
    get persistent() {
      return persistent;
    },
    get(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (!persistent) return null;
      try {
        return storage().getItem(key);
      } catch {
        fail();
        return null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      if (!persistent) return;
      try {
        storage().setItem(key, value);
        memory.delete(key);
      } catch {
        fail();
      }
    },
    remove(key) {
      memory.delete(key);
      if (!persistent) return;
      try {
        storage().removeItem(key);
      } catch {
        fail();
      }
    },
  };
}
