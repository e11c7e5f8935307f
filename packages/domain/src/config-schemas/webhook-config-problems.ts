/**
 * What the entries of `webhooks.yaml` cannot see one by one: a desk the config does not have, a
 * second webhook for a desk (one per desk), and plain `http:`, which only the demo may use, and
 * only to its own machine (loopback).
 * @internal
 */
import type { ConfigProblem } from './config-problems.js';
import type { WebhookConfig } from './webhook-config-schema.js';

/** Whether `hostname` (as `URL` writes it) names this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** Every problem of `webhooks` against the config's desks; empty when they are usable. */
export function webhookConfigProblems(
  webhooks: readonly WebhookConfig[],
  desks: readonly { readonly id: string }[],
  options: { readonly demo: boolean },
): ConfigProblem[] {
  const deskIds = new Set(desks.map((desk) => desk.id));
  const firstAt = new Map<string, number>();
  const problems: ConfigProblem[] = [];
  webhooks.forEach((webhook, index) => {
    const problem = (field: string, message: string) =>
      problems.push({ part: 'webhooks', path: [index, field], message });
    if (!deskIds.has(webhook.desk)) problem('desk', `unknown desk "${webhook.desk}"`);
    const first = firstAt.get(webhook.desk);
    if (first === undefined) firstAt.set(webhook.desk, index);
    else
      problem('desk', `desk "${webhook.desk}" already has a webhook at [${first}]: one per desk`);
    const url = new URL(webhook.url);
    if (url.protocol === 'http:' && !(options.demo && isLoopbackHost(url.hostname))) {
      problem(
        'url',
        options.demo
          ? 'Must be an https:// URL (plain http:// only to loopback).'
          : 'Must be an https:// URL (plain http:// only to loopback, and only with --demo).',
      );
    }
  });
  return problems;
}
