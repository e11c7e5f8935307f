/**
 * `@opin/support-server`: the Opin.fi support service. Work in progress: today it opens its
 * database (embedded PGlite or PostgreSQL), migrates it, manages desk keys and answers its health
 * endpoints, with the desks, topics and articles of a config directory or the demo; the HTTP
 * contract comes next.
 * @packageDocumentation
 */
export { startSupportServer, type SupportServer, type SupportServerOptions } from './server.js';
export type { DatabaseTarget } from './storage/target.js';
export { ConfigError } from './config/config-error.js';
export { loadConfigDir } from './config/load-config-dir.js';
export type { SupportConfig } from '@opin/support-domain';
export type { LogLevel } from './log/logger.js';
