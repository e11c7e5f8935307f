/** Desk keys: created once, stored hashed, verified, revoked, listed without the keys. */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  createDeskKey,
  listDeskKeys,
  revokeDeskKey,
  verifyDeskKey,
} from '../src/keys/desk-keys.js';
import { useInMemoryPglite } from './support/pglite.js';

describe('desk keys', () => {
  const db = useInMemoryPglite();

  it('creates a random 256-bit key that verifies as its desk', async () => {
    const created = await createDeskKey(db(), 'hanken');
    expect(created.deskId).toBe('hanken');
    expect(created.id).toMatch(/^dk_[0-9a-f]{16}$/);
    expect(created.key).toMatch(/^opin_dk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(created.key.slice('opin_dk_'.length), 'base64url')).toHaveLength(32);
    expect(await verifyDeskKey(db(), created.key)).toBe('hanken');
    const another = await createDeskKey(db(), 'hanken');
    expect(another.key).not.toBe(created.key);
    expect(await verifyDeskKey(db(), another.key)).toBe('hanken');
  });

  it('stores only the hash: the key appears nowhere in the database', async () => {
    const created = await createDeskKey(db(), 'tampere');
    const { rows } = await sql<{
      row: string;
    }>`select desk_keys::text as row from desk_keys`.execute(db());
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows) {
      expect(row).not.toContain(created.key);
      expect(row).not.toContain(created.key.slice('opin_dk_'.length));
    }
  });

  it('refuses unknown, malformed and altered keys', async () => {
    const created = await createDeskKey(db(), 'aalto');
    const last = created.key.at(-1) === 'A' ? 'B' : 'A';
    expect(await verifyDeskKey(db(), `${created.key.slice(0, -1)}${last}`)).toBeNull();
    expect(await verifyDeskKey(db(), '')).toBeNull();
    expect(await verifyDeskKey(db(), 'dev-aalto')).toBeNull();
    expect(await verifyDeskKey(db(), `${created.key} `)).toBeNull();
    expect(await verifyDeskKey(db(), created.id)).toBeNull();
  });

  it('revokes a key by its id: it stops working, others of the desk keep working', async () => {
    const kept = await createDeskKey(db(), 'opin');
    const revoked = await createDeskKey(db(), 'opin');
    expect(await revokeDeskKey(db(), revoked.id)).toBe(true);
    expect(await verifyDeskKey(db(), revoked.key)).toBeNull();
    expect(await verifyDeskKey(db(), kept.key)).toBe('opin');
    expect(await revokeDeskKey(db(), revoked.id)).toBe(false);
    expect(await revokeDeskKey(db(), 'dk_0000000000000000')).toBe(false);
    const listed = await listDeskKeys(db());
    const entry = listed.find((key) => key.id === revoked.id);
    expect(entry?.revokedAt).toBeInstanceOf(Date);
    expect(listed.find((key) => key.id === kept.id)?.revokedAt).toBeNull();
  });

  it('lists ids, desks and dates, never a key', async () => {
    const created = await createDeskKey(db(), 'helsinki');
    const listed = await listDeskKeys(db());
    const entry = listed.find((key) => key.id === created.id);
    expect(entry).toEqual({
      id: created.id,
      deskId: 'helsinki',
      createdAt: expect.any(Date) as Date,
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain('opin_dk_');
  });

  it('refuses a desk id that is not a lowercase slug', async () => {
    await expect(createDeskKey(db(), 'Hanken')).rejects.toThrow(/not a desk id/);
    await expect(createDeskKey(db(), 'han ken')).rejects.toThrow(RangeError);
    await expect(createDeskKey(db(), '')).rejects.toThrow(RangeError);
  });
});
