/**
 * @internal Reads an `Opin-Signature` header: `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. Other
 * `key=value` parts (a later scheme) are skipped; anything else is malformed.
 */
import { WebhookSignatureError } from './webhook-signature-error.js';

/** @internal The parts of a signature header that {@link verifyWebhookSignature} uses. */
export interface SignatureHeader {
  /** Unix seconds. */
  readonly timestamp: number;
  /** The `v1` signatures, lower-case hex, 64 characters each. */
  readonly signatures: readonly string[];
}

/** Long enough for a timestamp and a few signatures; a longer header is not one the server sent. */
const maxLength = 1024;

function malformed(message: string): WebhookSignatureError {
  return new WebhookSignatureError('malformed', `Opin-Signature: ${message}`);
}

/** @internal The header's timestamp and signatures; throws a `malformed` {@link WebhookSignatureError}. */
export function parseSignatureHeader(header: string | null | undefined): SignatureHeader {
  if (typeof header !== 'string' || header.trim() === '') throw malformed('missing.');
  if (header.length > maxLength) throw malformed(`longer than ${maxLength} characters.`);
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const match = /^\s*([a-z][a-z0-9]*)=([^\s,=]+)\s*$/.exec(part);
    if (!match) throw malformed('not a list of key=value parts.');
    const [, key, value = ''] = match;
    if (key === 't') {
      if (timestamp !== undefined) throw malformed('more than one t.');
      if (!/^\d{1,12}$/.test(value)) throw malformed('t is not unix seconds.');
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/i.test(value)) throw malformed('a v1 is not 64 hex digits.');
      signatures.push(value.toLowerCase());
    }
  }
  if (timestamp === undefined) throw malformed('no t.');
  if (signatures.length === 0) throw malformed('no v1 signature.');
  return { timestamp, signatures };
}
