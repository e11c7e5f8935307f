/**
 * A server with the demo config on an in-memory PGlite whose `helsinki` desk (and, when asked,
 * `aalto`) is connected to an Efecte fake on loopback (`./efecte-fake/`), the fake's outbound call
 * pointed at the server's `/integrations/efecte/{deskId}`, and the SDK's clients: what the Efecte
 * tests share. The connectors' timings are short, and the tests wait on what they observe (the
 * fake's cards, the API's tickets), never on the clock.
 */
import type { EfecteConfig } from '@opin/support-domain';
import { createSupportClient } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import type { ConnectorTimings } from '../../src/efecte/desk-connector.js';
import type { SupportServer } from '../../src/server.js';
import type { DatabaseTarget } from '../../src/storage/target.js';
import type { Logger } from '../../src/log/logger.js';
import { startDemoInMemory } from './demo-in-memory.js';
import {
  integrationUser,
  startEfecteFake,
  type EfecteFake,
  type FakeCardView,
} from './efecte-fake/index.js';

/** The inbound secret of each desk (at least 32 bytes). */
export const inboundSecret = (desk: string) => `efecte-${desk}-inbound-secret-0123456789abcdef`;

/** The mapping of design §4's example, for the fake's default template. */
export function efecteEntry(desk: string, baseUrl: string): EfecteConfig {
  const env = desk.toUpperCase();
  return {
    desk,
    baseUrl,
    login: { env: `EFECTE_${env}_LOGIN` },
    password: { env: `EFECTE_${env}_PASSWORD` },
    inboundSecret: { env: `EFECTE_${env}_INBOUND_SECRET` },
    templateCode: 'incident',
    folderCode: 'opin_fi',
    attributes: {
      reference: 'opin_reference',
      subject: 'subject',
      summary: 'description',
      handoffState: 'opin_state',
      toOpin: 'opin_outbound',
      fromAgent: 'opin_reply',
      request: 'opin_request',
    },
    statusCodes: { received: '01', in_progress: '02', waiting_for_learner: '03', resolved: '05' },
    pollIntervalSeconds: 60,
    reconcileEveryMinutes: 60,
  };
}

function envFor(desks: readonly string[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const desk of desks) {
    const name = desk.toUpperCase();
    env[`EFECTE_${name}_LOGIN`] = integrationUser.login;
    env[`EFECTE_${name}_PASSWORD`] = integrationUser.password;
    env[`EFECTE_${name}_INBOUND_SECRET`] = inboundSecret(desk);
  }
  return env;
}

/** A running set-up. */
export interface EfecteConnected {
  readonly server: SupportServer;
  readonly fakes: ReadonlyMap<string, EfecteFake>;
  readonly learner: ReturnType<typeof createSupportClient>;
  desk(id: string): ReturnType<typeof createDeskClient>;
  close(): Promise<void>;
}

/** Fast timings; polling rare unless a test asks (it then calls `poll()`). */
export const testTimings: ConnectorTimings = {
  pollIntervalMs: 3_600_000,
  outboundIntervalMs: 3_600_000,
  reconcileIntervalMs: 3_600_000,
  retryBaseMs: 50,
  requestTimeoutMs: 2_000,
};

/** Starts fakes for `desks` and a server connected to them. */
export async function startEfecteConnected(
  desks: readonly string[] = ['helsinki'],
  options: {
    timings?: ConnectorTimings;
    fakes?: ReadonlyMap<string, EfecteFake>;
    database?: DatabaseTarget;
    logger?: Logger;
  } = {},
): Promise<EfecteConnected> {
  const fakes = new Map(options.fakes ?? []);
  for (const desk of desks) if (!fakes.has(desk)) fakes.set(desk, await startEfecteFake());
  const server = await startDemoInMemory({
    efecte: desks.map((desk) => efecteEntry(desk, fakes.get(desk)?.baseUrl ?? '')),
    efecteEnv: envFor(desks),
    efecteTimings: options.timings ?? testTimings,
    ...(options.database ? { database: options.database } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await server.ready;
  for (const desk of desks) {
    fakes.get(desk)?.handle.configureOutbound({
      url: `${server.url}/integrations/efecte/${desk}`,
      secret: inboundSecret(desk),
    });
  }
  const baseUrl = `${server.url}/api/v1`;
  return {
    server,
    fakes,
    learner: createSupportClient({ baseUrl }),
    desk: (id) => createDeskClient({ baseUrl, deskKey: `dev-${id}` }),
    async close() {
      await server.close();
      if (!options.fakes) for (const fake of fakes.values()) await fake.close();
    },
  };
}

/** Waits (the test's ceiling is the limit) until `condition` holds; resolves to its value. */
export async function until<T>(
  condition: () => T | undefined | false | Promise<T | undefined | false>,
): Promise<T> {
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The card of `ticketId` in `fake`, once there is one. */
export function cardOf(fake: EfecteFake, ticketId: string): FakeCardView | undefined {
  return fake.handle
    .cards()
    .find((card) => card.data['opin_reference']?.values[0]?.value === ticketId);
}

/** The texts of a worklog attribute of a card. */
export function worklog(card: FakeCardView, attribute: string): string[] {
  return (card.data[attribute]?.values ?? []).map((value) => String(value.value));
}
