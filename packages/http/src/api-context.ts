/**
 * What every handler of one API instance shares: the rules' environment (repository, clock,
 * options, directory), the HTTP layer's own state, how desk keys are checked and, on a host that
 * offers them, the control endpoints. The mock builds one in memory
 * (`@opin/support-mock-server`); the server builds one on its database (`@opin/support-server`).
 * @internal
 */
import type { DomainEnv } from '@opin/support-domain';
import type { ApiClock } from './clock.js';
import type { ApiControl } from './control/api-control.js';
import type { DeskKeys } from './http/desk-keys.js';
import type { HttpState } from './http/state.js';
import type { ResolvedApiOptions } from './options.js';
import type { WebhookDeliveryLog } from './webhooks/webhook-delivery-log.js';

/** The rules' environment, plus what only the HTTP layer needs. */
export interface ApiContext extends DomainEnv {
  readonly clock: ApiClock;
  readonly options: ResolvedApiOptions;
  /** Idempotency records, rate windows and open event streams. */
  readonly http: HttpState;
  /** Which desk a key belongs to. */
  readonly deskKeys: DeskKeys;
  /** The `/_mock/*` control endpoints' storage side; without it they are not served. */
  readonly control: ApiControl | undefined;
  /** The desks' webhook delivery logs (`noWebhookDeliveries` where no desk has a webhook). */
  readonly webhookDeliveries: WebhookDeliveryLog;
  /**
   * Where an unexpected failure goes (a 500 answers it): the host logs it for its operator,
   * never with the request, its headers or its body.
   */
  readonly reportError: (error: unknown) => void;
}
