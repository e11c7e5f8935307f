/**
 * The Efecte connector of one desk (docs/design/realtime.md, §4): its client of the desk's
 * tenant, its rows, its Opin → Efecte loop (`./outbound-loop.ts`) and its Efecte → Opin worker
 * (`./inbound-worker.ts`) and its reconciliation (`./reconcile.ts`), started and stopped together. Desks share nothing but the database, so
 * one desk's slow or failing Efecte never delays another's.
 * @internal
 */
import type { DomainEnv, EfecteConfig } from '@opin/support-domain';
import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { Backoff } from './backoff.js';
import { EfecteClient } from './efecte-client.js';
import type { EfecteCredentials } from './efecte-credentials.js';
import { EfecteStore } from './efecte-store.js';
import { startInboundWorker, type InboundWorker } from './inbound-worker.js';
import { startOutboundLoop, type OutboundLoop } from './outbound-loop.js';
import { reconcileDesk, type ReconcileCounts } from './reconcile.js';
import { runEvery } from '../tasks/run-every.js';

/** Timings a test may shorten (milliseconds); the defaults come from `efecte.yaml`. */
export interface ConnectorTimings {
  /** Polling of Efecte (default `pollIntervalSeconds`). */
  readonly pollIntervalMs?: number;
  /** The outbound loop's look without a wake-up (default 30 s). */
  readonly outboundIntervalMs?: number;
  /** The first wait after a failure (default 1 s; doubling to 5 min). */
  readonly retryBaseMs?: number;
  /** Reconciliation (default `reconcileEveryMinutes`). */
  readonly reconcileIntervalMs?: number;
  /** Each call's timeout (default 10 s). */
  readonly requestTimeoutMs?: number;
}

/** A running connector of one desk. */
export interface DeskConnector {
  readonly config: EfecteConfig;
  readonly credentials: EfecteCredentials;
  readonly inbound: InboundWorker;
  readonly outbound: OutboundLoop;
  /** Runs a reconciliation round now (`./reconcile.ts`). */
  reconcile(): Promise<ReconcileCounts>;
  /** Applies the desk's events after `seq` again (a replay; idempotent writes). */
  replayFrom(seq: number): Promise<void>;
  stop(): Promise<void>;
}

/** What a connector runs on. */
export interface DeskConnectorOptions {
  readonly config: EfecteConfig;
  readonly credentials: EfecteCredentials;
  readonly db: Kysely<Database>;
  readonly env: DomainEnv;
  readonly log: Logger;
  readonly timings?: ConnectorTimings;
}

/** Starts the desk's connector. */
export function startDeskConnector(options: DeskConnectorOptions): DeskConnector {
  const { config, credentials, log } = options;
  const timings = options.timings ?? {};
  const client = new EfecteClient({
    config,
    user: { login: credentials.login, password: credentials.password },
    timeoutMs: timings.requestTimeoutMs ?? 10_000,
    log,
  });
  const store = new EfecteStore(options.db, config.desk, config.templateCode);
  const retryBaseMs = timings.retryBaseMs ?? 1_000;
  const outbound = startOutboundLoop({
    context: { config, client, store },
    tickets: options.env.tickets,
    log,
    intervalMs: timings.outboundIntervalMs ?? 30_000,
    backoff: new Backoff(retryBaseMs, 5 * 60_000),
  });
  const inbound = startInboundWorker({
    context: {
      config,
      integrationLogin: credentials.login,
      client,
      store,
      env: options.env,
      log,
    },
    log,
    pollIntervalMs: timings.pollIntervalMs ?? config.pollIntervalSeconds * 1_000,
    backoff: new Backoff(retryBaseMs, 5 * 60_000),
  });
  const abort = new AbortController();
  const reconcile = () =>
    reconcileDesk({
      config,
      client,
      store,
      tickets: options.env.tickets,
      log,
      recheck: (dataCardId) => inbound.notify(dataCardId),
      signal: abort.signal,
    });
  const reconciling = runEvery(
    timings.reconcileIntervalMs ?? config.reconcileEveryMinutes * 60_000,
    reconcile,
    (error) => {
      if (abort.signal.aborted) return;
      const message = error instanceof Error ? error.message : 'unknown';
      log.warn({ desk: config.desk, err: { message } }, 'efecte reconciliation failed');
    },
  );
  log.info({ desk: config.desk }, 'efecte connector started');
  return {
    config,
    credentials,
    inbound,
    outbound,
    reconcile,
    async replayFrom(seq) {
      await store.rewind(seq);
      outbound.poke();
    },
    async stop() {
      abort.abort();
      await Promise.all([outbound.stop(), inbound.stop(), reconciling.stop()]);
      log.info({ desk: config.desk }, 'efecte connector stopped');
    },
  };
}
