/**
 * `@opin/support-server`: the Opin.fi support service. It serves the HTTP contract v1 on its
 * database (embedded PGlite or PostgreSQL) with the desks, topics and articles of a config
 * directory or the demo, manages desk keys and answers its health endpoints. Work in progress:
 * the clock loop and the e-mail and real-time integrations come next.
 * @packageDocumentation
 */
export { startSupportServer, type SupportServer, type SupportServerOptions } from './server.js';
export type { DatabaseTarget } from './storage/target.js';
export { ConfigError } from './config/config-error.js';
export { loadConfigDir } from './config/load-config-dir.js';
export type { SupportConfig } from '@opin/support-domain';
export type { LogLevel } from './log/logger.js';
export type { ApiOptions } from '@opin/support-http';
export type { ConnectionLimits } from '@opin/support-http/node';
