/**
 * One desk's webhook as the sender uses it: the config entry with its secrets read
 * (`../config/webhook-targets.ts`) and what its address guard allows.
 * @internal
 */
import type { DeskEventType } from '@opin/support-sdk/schemas';
import type { WebhookAddressPolicy } from './webhook-address-guard.js';

/** Where and how one desk's events are posted. */
export interface WebhookTarget {
  readonly desk: string;
  /** The receiver; never logged (its path or query may hold a token). */
  readonly url: URL;
  /** The signing secrets: the current one, then the previous one while it is rotated. */
  readonly secrets: readonly [string, ...string[]];
  /** The event types posted; `undefined` for all. */
  readonly events: ReadonlySet<DeskEventType> | undefined;
  /** What the address guard lets the sender reach. */
  readonly addresses: WebhookAddressPolicy;
}

/** Whether `target` wants events of `type`. */
export function targetWants(target: WebhookTarget, type: DeskEventType): boolean {
  return target.events === undefined || target.events.has(type);
}
