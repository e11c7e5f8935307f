/**
 * Failures the tests ask for: the next n requests (any endpoint, login included) answer 500, or
 * hang (never answered until the fake closes). How Efecte fails under load is not documented;
 * these are the failures every HTTP client must survive.
 */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';

/** How an injected failure looks to the client. */
export type FakeFault = 'error' | 'hang';

/** The queue of injected failures and the requests left hanging. @internal */
export class FaultQueue {
  private readonly queued: FakeFault[] = [];
  private readonly hanging = new Set<ServerResponse>();
  /** Emits `hang` when a request is held. */
  readonly events = new EventEmitter();

  /** The next `count` requests fail as `fault`. */
  failNext(count: number, fault: FakeFault): void {
    for (let i = 0; i < count; i += 1) this.queued.push(fault);
  }

  /** The failure for this request, if one is queued. */
  take(): FakeFault | undefined {
    return this.queued.shift();
  }

  /** Holds `response` until `releaseAll`. */
  hold(response: ServerResponse): void {
    this.hanging.add(response);
    response.on('close', () => this.hanging.delete(response));
    this.events.emit('hang');
  }

  /** How many requests are held now. */
  get held(): number {
    return this.hanging.size;
  }

  /** Drops every held request's connection. */
  releaseAll(): void {
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
  }
}
