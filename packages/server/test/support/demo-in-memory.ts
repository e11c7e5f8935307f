/**
 * The server in this process with the demo config (`--demo`) on an in-memory PGlite (or the
 * database a test names), on a free port of 127.0.0.1, logging nothing: for tests that need the
 * whole server but no data to keep.
 */
import { demoConfig } from '@opin/support-domain';
import {
  startSupportServer,
  type SupportServer,
  type SupportServerOptions,
} from '../../src/server.js';
import { inMemory } from '../../src/storage/target.js';
import { silentLog } from './silent-log.js';

/** What a test may add: mail delivery, the inbound listener, the API's options, the database. */
export type DemoExtras = Pick<
  SupportServerOptions,
  'mail' | 'inboundMail' | 'api' | 'efecte' | 'efecteEnv' | 'efecteTimings' | 'logger'
> &
  Partial<Pick<SupportServerOptions, 'database'>>;

/** Starts it; the caller awaits `ready` (a start may be meant to fail) and closes it. */
export function startDemoInMemory(extras: DemoExtras = {}): Promise<SupportServer> {
  return startSupportServer({
    port: 0,
    host: '127.0.0.1',
    database: { kind: 'embedded', dataDir: inMemory },
    config: demoConfig,
    demo: true,
    logger: silentLog,
    ...extras,
  });
}
