/**
 * Sealing a remembered `POST /tickets` response (it holds the learner's access token, which is
 * never stored in clear): AES-256-GCM under a key derived with HKDF-SHA256 from the raw
 * Idempotency-Key (input key material) and the client (salt). The database keeps only the
 * Idempotency-Key's SHA-256, so only a request that presents the key again can open the response;
 * the authenticated data binds it to its row (client, key hash) and its status.
 * @internal
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const info = 'opin-support idempotency response v1';
const ivBytes = 12;
const tagBytes = 16;

/** Where a sealed response belongs: opening it elsewhere fails. */
export interface SealContext {
  client: string;
  key: string;
  keyHash: string;
  status: number;
}

function keyOf(context: SealContext): Buffer {
  return Buffer.from(hkdfSync('sha256', context.key, context.client, info, 32));
}

function additionalData(context: SealContext): Buffer {
  return Buffer.from(JSON.stringify([context.client, context.keyHash, context.status]));
}

/** `body` encrypted: base64url of IV, tag and ciphertext. */
export function sealResponse(context: SealContext, body: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', keyOf(context), iv, { authTagLength: tagBytes });
  cipher.setAAD(additionalData(context));
  const ciphertext = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/** The body `sealResponse` sealed; throws if the key, the context or the bytes differ. */
export function openResponse(context: SealContext, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(context), bytes.subarray(0, ivBytes), {
    authTagLength: tagBytes,
  });
  decipher.setAAD(additionalData(context));
  decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
  return Buffer.concat([
    decipher.update(bytes.subarray(ivBytes + tagBytes)),
    decipher.final(),
  ]).toString('utf8');
}
