/**
 * `@opin/support-server`: the Opin.fi support service. Work in progress: today it opens its
 * database (embedded PGlite or PostgreSQL), migrates it, manages desk keys and answers its health
 * endpoints; the HTTP contract comes next.
 * @packageDocumentation
 */
export { startSupportServer, type SupportServer, type SupportServerOptions } from './server.js';
export type { DatabaseTarget } from './storage/target.js';
export type { LogLevel } from './log/logger.js';
