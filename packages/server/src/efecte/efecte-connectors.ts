/**
 * Every Efecte desk's connector (`./desk-connector.ts`), one per entry of `efecte.yaml`, started
 * when the server's database is ready and stopped when it closes; the inbound endpoint
 * (`./inbound-endpoint.ts`) finds a desk's connector here.
 * @internal
 */
import type { DomainEnv, EfecteConfig } from '@opin/support-domain';
import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import type { EfecteCredentials } from './efecte-credentials.js';
import { startDeskConnector, type ConnectorTimings, type DeskConnector } from './desk-connector.js';

/** The running connectors by desk. */
export interface EfecteConnectors {
  get(desk: string): DeskConnector | undefined;
  stop(): Promise<void>;
}

/** Starts one connector per entry (`credentials` from `readEfecteCredentials`). */
export function startEfecteConnectors(options: {
  entries: readonly EfecteConfig[];
  credentials: ReadonlyMap<string, EfecteCredentials>;
  db: Kysely<Database>;
  env: DomainEnv;
  log: Logger;
  timings?: ConnectorTimings;
}): EfecteConnectors {
  const running = new Map<string, DeskConnector>();
  for (const config of options.entries) {
    const credentials = options.credentials.get(config.desk);
    if (!credentials) continue;
    running.set(
      config.desk,
      startDeskConnector({
        config,
        credentials,
        db: options.db,
        env: options.env,
        log: options.log,
        ...(options.timings ? { timings: options.timings } : {}),
      }),
    );
  }
  return {
    get: (desk) => running.get(desk),
    async stop() {
      await Promise.all([...running.values()].map((connector) => connector.stop()));
      running.clear();
    },
  };
}
