/**
 * Reads the webhook secrets at start, from the environment variable or file each entry of
 * `webhooks.yaml` names, and turns the entries into the sender's targets. A secret that is
 * missing, unreadable or shorter than 32 bytes refuses the start, with one problem line per
 * secret naming the entry and the variable or file, never the secret itself.
 * @internal
 */
import { readFile } from 'node:fs/promises';
import type { SecretSource, WebhookConfig } from '@opin/support-domain';
import type { WebhookTarget } from '../delivery/webhook-target.js';
import { ConfigError } from './config-error.js';
import { problemLine } from './field-path.js';

/** The shortest webhook secret taken, in bytes (UTF-8). */
export const minSecretBytes = 32;

/** Where secrets come from: the environment, and files (tests pass their own). */
export interface SecretSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile?: (path: string) => Promise<string>;
}

type SecretRead = { ok: true; secret: string } | { ok: false; message: string };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'an error';
}

async function readSecret(source: SecretSource, sources: SecretSources): Promise<SecretRead> {
  let secret: string;
  let from: string;
  if (source.env !== undefined) {
    from = `environment variable ${source.env}`;
    const value = sources.env[source.env];
    if (value === undefined || value === '') return { ok: false, message: `${from} is not set` };
    secret = value;
  } else {
    from = `file ${source.file ?? ''}`;
    try {
      const text = await (sources.readFile ?? ((path) => readFile(path, 'utf8')))(
        source.file ?? '',
      );
      secret = text.replace(/\r?\n$/, '');
    } catch (error) {
      return { ok: false, message: `${from} cannot be read (${errorCode(error)})` };
    }
  }
  const bytes = new TextEncoder().encode(secret).length;
  if (bytes < minSecretBytes) {
    return {
      ok: false,
      message: `the secret in ${from} is ${bytes} bytes; a webhook secret needs at least ${minSecretBytes}`,
    };
  }
  return { ok: true, secret };
}

/**
 * The targets of `webhooks` (from `file`, e.g. `webhooks.yaml`), their secrets read now; throws
 * `ConfigError` (naming `source`, the config directory) listing every secret that cannot be used.
 * `demo` lets the address guard reach loopback (the demo's own receiver).
 */
export async function webhookTargets(
  webhooks: readonly WebhookConfig[],
  where: { readonly source: string; readonly file: string; readonly demo: boolean },
  sources: SecretSources,
): Promise<WebhookTarget[]> {
  const problems: string[] = [];
  const targets: WebhookTarget[] = [];
  for (const [index, webhook] of webhooks.entries()) {
    const current = await readSecret(webhook.secret, sources);
    const previous = webhook.previousSecret && (await readSecret(webhook.previousSecret, sources));
    if (!current.ok) problems.push(problemLine(where.file, [index, 'secret'], current.message));
    if (previous && !previous.ok) {
      problems.push(problemLine(where.file, [index, 'previousSecret'], previous.message));
    }
    if (!current.ok || (previous && !previous.ok)) continue;
    targets.push({
      desk: webhook.desk,
      url: new URL(webhook.url),
      secrets: previous ? [current.secret, previous.secret] : [current.secret],
      events: webhook.events && new Set(webhook.events),
      addresses: {
        allowPrivateNetwork: webhook.allowPrivateNetwork === true,
        allowLoopback: where.demo,
      },
    });
  }
  if (problems.length > 0) throw new ConfigError(where.source, problems);
  return targets;
}
