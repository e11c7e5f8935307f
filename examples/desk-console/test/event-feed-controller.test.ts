/**
 * How the console follows a desk's event stream: connecting, live once it opens (then catching up
 * once), polling while connects fail; the stream of the desk played before is stopped and ignored.
 */
import { describe, expect, it } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeskEvent } from '@opin/support-sdk/schemas';
import {
  EventFeedController,
  type FeedHandlers,
  type FeedMode,
  type FollowEvents,
} from '../src/event-feed-controller.js';

const event = {
  id: 'opin:1',
  seq: 1,
  type: 'ticket.received',
  at: '2026-12-07T10:15:00.000Z',
  desk: 'opin',
  ticketId: 'OPIN-482019375568',
  version: 1,
  data: {
    status: 'received',
    owner: 'opin',
    assisting: null,
    handoff: null,
    timelineEventId: 'e1',
  },
} satisfies DeskEvent;

/** A controller on a bare host, with what it told the host and the streams it opened. */
function setUp() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (controller) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const told: string[] = [];
  const feed = new EventFeedController(host, {
    event: (e) => told.push(`event ${e.id}`),
    catchUp: () => told.push('catch up'),
    mode: (mode: FeedMode) => told.push(mode),
  });
  const streams: { handlers: FeedHandlers; signal: AbortSignal }[] = [];
  const follow: FollowEvents = (handlers, signal) => void streams.push({ handlers, signal });
  return { controllers, feed, told, streams, follow };
}

describe("the console's event feed", () => {
  it('is live once the stream opens, catches up then, and hands on each event', () => {
    const { feed, told, streams, follow } = setUp();
    feed.follow(follow);
    expect(feed.mode).toBe('connecting');
    streams[0]?.handlers.onOpen();
    streams[0]?.handlers.onEvent(event);
    expect(told).toEqual(['connecting', 'live', 'catch up', 'event opin:1']);
  });

  it('polls while connects fail, and is live again with the next open or event', () => {
    const { feed, told, streams, follow } = setUp();
    feed.follow(follow);
    streams[0]?.handlers.onError(new Error('503'));
    expect(feed.mode).toBe('polling');
    streams[0]?.handlers.onEvent(event);
    expect(feed.mode).toBe('live');
    streams[0]?.handlers.onReset();
    expect(told).toEqual(['connecting', 'polling', 'live', 'event opin:1', 'catch up']);
  });

  it('stops the stream of the desk played before and ignores what it still says', () => {
    const { feed, told, streams, follow } = setUp();
    feed.follow(follow);
    const [first] = streams;
    feed.follow(undefined);
    expect(first?.signal.aborted).toBe(true);
    expect(feed.mode).toBe('off');
    first?.handlers.onOpen();
    first?.handlers.onEvent(event);
    expect(told).toEqual(['connecting', 'off']);
  });

  it('closes the stream when the console leaves the page and opens one when it is back', () => {
    const { controllers, feed, streams, follow } = setUp();
    feed.follow(follow);
    controllers[0]?.hostDisconnected?.();
    expect(streams[0]?.signal.aborted).toBe(true);
    controllers[0]?.hostConnected?.();
    expect(streams).toHaveLength(2);
    expect(streams[1]?.signal.aborted).toBe(false);
    expect(feed.mode).toBe('connecting');
  });
});
