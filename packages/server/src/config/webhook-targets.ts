/**
 * Reads the webhook secrets at start, from the environment variable or file each entry of
 * `webhooks.yaml` names, and turns the entries into the sender's targets. A secret that is
 * missing, unreadable or shorter than 32 bytes refuses the start, with one problem line per
 * secret naming the entry and the variable or file, never the secret itself.
 * @internal
 */
import type { WebhookConfig } from '@opin/support-domain';
import type { WebhookTarget } from '../delivery/webhook-target.js';
import { ConfigError } from './config-error.js';
import { problemLine } from './field-path.js';
import { readSecret, type SecretSources } from './read-secret.js';

export type { SecretSources } from './read-secret.js';

/** The shortest webhook secret taken, in bytes (UTF-8). */
export const minSecretBytes = 32;

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
    const current = await readSecret(webhook.secret, sources, minSecretBytes);
    const previous =
      webhook.previousSecret && (await readSecret(webhook.previousSecret, sources, minSecretBytes));
    if (!current.ok) problems.push(problemLine(where.file, [index, 'secret'], current.problem));
    if (previous && !previous.ok) {
      problems.push(problemLine(where.file, [index, 'previousSecret'], previous.problem));
    }
    if (!current.ok || (previous && !previous.ok)) continue;
    targets.push({
      desk: webhook.desk,
      url: new URL(webhook.url),
      secrets: previous ? [current.value, previous.value] : [current.value],
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
