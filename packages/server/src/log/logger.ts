/**
 * Structured logs: one JSON object per line (pino). Whatever could identify a person or open a
 * door is redacted wherever it appears under these names (headers, keys, tokens, e-mail
 * addresses, contacts, connection strings); request and message bodies are never logged at all.
 * @internal
 */
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

/** Field names whose values never reach a log, at the top level or one level down. */
const secretFields = [
  'authorization',
  'cookie',
  'key',
  'deskKey',
  'token',
  'accessToken',
  'idempotencyKey',
  'email',
  'contact',
  'password',
  'databaseUrl',
];

/** Where the logger's redaction applies: each field, its `*.` twin, and request headers. */
export const redactedPaths: readonly string[] = [
  ...secretFields,
  ...secretFields.map((field) => `*.${field}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
];

/** How verbose the logs are. */
export type LogLevel = Level;

/** A logger with the server's redaction, writing to `destination` (default: stdout). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'opin-support-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...redactedPaths], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes synchronously to a file descriptor (1 stdout, 2 stderr). */
export function createFdLogger(level: LogLevel, fd: 1 | 2): Logger {
  return createLogger(level, pino.destination({ dest: fd, sync: true }));
}

export type { Logger };
