import { describe, expect, it } from 'vitest';
import { frameVersions } from './ticket-watcher.js';

describe('reading the versions of an event stream', () => {
  it('names the version of every complete frame and keeps the unfinished rest', () => {
    const text =
      'event: ticket\nid: 3\ndata: {"id":"t"}\n\n: heartbeat\n\nevent: changes\nid: 4\ndata: {}\n\nevent: cha';
    expect(frameVersions(text)).toEqual({ versions: [3, 4], rest: 'event: cha' });
  });

  it('waits for the blank line that ends a frame', () => {
    expect(frameVersions('event: ticket\nid: 7\ndata: {}\n')).toEqual({
      versions: [],
      rest: 'event: ticket\nid: 7\ndata: {}\n',
    });
  });
});
