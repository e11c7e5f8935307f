/**
 * The server keeps serving: after whatever a property threw at it, a known-good request still
 * gets its documented answer. (Each state comparison also reads the ticket, stats and outbox.)
 */
import { expect } from 'vitest';
import type { World } from './world.js';

/** A catalog read still answers 200 with every topic. */
export async function expectStillServing(world: World): Promise<void> {
  const topics = await world.send({ method: 'GET', path: '/topics?locale=sv' });
  expect(topics.status, `GET /topics after the property's request: ${topics.text}`).toBe(200);
  expect((JSON.parse(topics.text) as unknown[]).length).toBeGreaterThan(0);
}
