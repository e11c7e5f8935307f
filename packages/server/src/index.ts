/**
 * `@opin/support-server`: the Opin.fi support service. It serves the HTTP contract v1 on its
 * database (embedded PGlite or PostgreSQL) with the desks, topics and articles of a config
 * directory or the demo, manages desk keys, answers its health endpoints, applies what falls due
 * (its clock loop), delivers and takes e-mail, keeps each desk's event log (served as a stream),
 * delivers signed webhooks and runs the Efecte connector.
 * @packageDocumentation
 */
export {
  startSupportServer,
  type InboundMailOptions,
  type SupportServer,
  type SupportServerOptions,
} from './server.js';
export type { DatabaseTarget } from './storage/target.js';
export type { WebhookTarget } from './delivery/webhook-target.js';
export type { WebhookDeliveryTuning } from './delivery/serve-webhooks.js';
export { ConfigError } from './config/config-error.js';
export { loadConfigDir } from './config/load-config-dir.js';
export type { SupportConfig } from '@opin/support-domain';
export type { LogLevel } from './log/logger.js';
export type { ApiOptions } from '@opin/support-http';
export type { ConnectionLimits } from '@opin/support-http/node';
export type { MailDeliveryOptions } from './mail/mail-delivery.js';
