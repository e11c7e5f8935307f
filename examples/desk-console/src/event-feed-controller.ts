/**
 * Follows the played desk's event stream (`GET /desk/events`, through the SDK's `watchEvents`)
 * while its host is connected, and says how the console stays current:
 *
 * - `connecting` — the stream is being opened;
 * - `live` — the stream is open: each event is handed on, and the console does not poll;
 * - `polling` — the stream could not be opened (an API without it, a proxy that buffers): the
 *   console polls the queue as before, while the SDK keeps trying the stream with back-off.
 *
 * Each time the stream opens the host catches up once (reads the queue): the stream starts at
 * "now", so this reads what changed before. Nothing is stored, not even the last event id.
 * @internal
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeskEvent } from '@opin/support-sdk/schemas';

/** How the console stays current. */
export type FeedMode = 'off' | 'connecting' | 'live' | 'polling';

/** What a stream tells its follower. */
export interface FeedHandlers {
  /** The stream is open (its first frame arrived). */
  onOpen(): void;
  onEvent(event: DeskEvent): void;
  /** The server could not resume from the last event: read the queue again. */
  onReset(): void;
  /** A connect or the stream failed; the source keeps trying unless `signal` aborted. */
  onError(error: unknown): void;
}

/** Opens a desk's event stream and follows it until `signal` aborts. */
export type FollowEvents = (handlers: FeedHandlers, signal: AbortSignal) => void;

/** What the host is told. */
export interface FeedListener {
  /** An event arrived (the host refreshes what it names). */
  event(event: DeskEvent): void;
  /** The host must catch up: the stream (re)opened, or the server said reset. */
  catchUp(): void;
  /** The mode changed. */
  mode(mode: FeedMode): void;
}

/** The played desk's event stream. */
export class EventFeedController implements ReactiveController {
  readonly #listener: FeedListener;
  #follow: FollowEvents | undefined;
  #abort: AbortController | undefined;
  #mode: FeedMode = 'off';

  constructor(host: ReactiveControllerHost, listener: FeedListener) {
    this.#listener = listener;
    host.addController(this);
  }

  /** How the console stays current now. */
  get mode(): FeedMode {
    return this.#mode;
  }

  /** Follows `follow`'s stream from now on (`undefined`: none; the host polls). */
  follow(follow: FollowEvents | undefined): void {
    this.#stop();
    this.#follow = follow;
    this.#start();
  }

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #start(): void {
    const follow = this.#follow;
    if (!follow || this.#abort) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#setMode('connecting');
    const current = () => this.#abort === abort && !abort.signal.aborted;
    follow(
      {
        onOpen: () => {
          if (!current()) return;
          this.#setMode('live');
          // The stream starts at "now": whatever changed before it opened is read once.
          this.#listener.catchUp();
        },
        onEvent: (event) => {
          if (!current()) return;
          // An event proves the stream open, whatever the source said before.
          if (this.#mode !== 'live') this.#setMode('live');
          this.#listener.event(event);
        },
        onReset: () => {
          if (current()) this.#listener.catchUp();
        },
        onError: () => {
          if (current()) this.#setMode('polling');
        },
      },
      abort.signal,
    );
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#setMode('off');
  }

  #setMode(mode: FeedMode): void {
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.#listener.mode(mode);
  }
}
