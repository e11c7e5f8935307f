/**
 * One probe of a property: send a request to the fixture, check the answer is documented, check
 * a refusal changed nothing, and check the server still serves. A successful POST may change the
 * state, so the next probe starts from the fixture as it was built.
 */
import { expect } from 'vitest';
import { expectDocumented, type ErrorBody } from './contract.js';
import type { Endpoint } from './endpoints.js';
import { createFixture, type Fixture, type FixtureName } from './fixtures.js';
import { expectStillServing } from './serving.js';
import { expectUnchanged, snapshot } from './snapshot.js';
import type { Call, Checkpoint, Reply } from './world.js';

/** The fixture the next probe runs against. */
export interface FixtureHolder {
  fixture: Fixture;
  /** The fixture's state as built. */
  built: Checkpoint;
  /** Whether the last probe may have changed the state (a POST succeeded). */
  dirty: boolean;
}

/** A fixture holder with a fresh fixture. */
export async function holdFixture(): Promise<FixtureHolder> {
  const fixture = await createFixture();
  return { fixture, built: await fixture.world.checkpoint(), dirty: false };
}

/** Puts the fixture back as it was built (rebuilt, if it cannot be restored). */
export async function restoreFixture(holder: FixtureHolder): Promise<void> {
  if (!(await holder.built.restore())) Object.assign(holder, await holdFixture());
  holder.dirty = false;
}

/**
 * docs/design/quality.md, "Secrets": a refusal never repeats the credential it was sent. (Desk
 * keys are short and name their desk, which messages may mention; tokens are 43 characters.)
 */
function expectNoTokenEchoed(call: Call, reply: Reply): void {
  const authorization = new Headers(call.headers).get('authorization') ?? '';
  const token = authorization.replace(/^\S*\s+/, '');
  if (token.length >= 16) expect(reply.text).not.toContain(token);
}

/** What a probe saw. */
export interface ProbeResult {
  reply: Reply;
  /** The error body of a refusal. */
  error: ErrorBody | undefined;
}

/**
 * Sends the call (built for the current fixture, about the named fixture ticket) and checks
 * everything docs/design/api.md promises.
 */
export async function probe(
  holder: FixtureHolder,
  endpoint: Endpoint,
  ticket: FixtureName,
  buildCall: (fixture: Fixture) => Call,
): Promise<ProbeResult> {
  if (holder.dirty) await restoreFixture(holder);
  const { fixture } = holder;
  const call = buildCall(fixture);
  const before = await snapshot(fixture.world, fixture.tickets[ticket]);
  const reply = await fixture.world.send(call);
  const error = expectDocumented(endpoint, reply);
  if (reply.status >= 400) {
    expectNoTokenEchoed(call, reply);
    await expectUnchanged(fixture.world, before, `${call.method} ${call.path} → ${reply.status}`);
    await expectStillServing(fixture.world);
  } else if (call.method !== 'GET') {
    holder.dirty = true;
  }
  return { reply, error };
}
