/**
 * Changes the clock makes by itself: expired hand-offs return, resolved tickets close after 14
 * days. Run at the start of every request and after the clock moves.
 * @internal
 */
import type { MockContext } from '../context.js';
import { expireHandoffs } from './handoffs.js';
import { closeExpiredResolutions } from './lifecycle.js';

/** Applies every change that is due on the server clock. */
export function runSweeps(ctx: MockContext): void {
  expireHandoffs(ctx);
  closeExpiredResolutions(ctx);
}
