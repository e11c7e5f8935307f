import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from '../src/watch/event-stream-parser.js';

const parseAll = (...chunks: string[]) => {
  const parse = createEventStreamParser();
  return chunks.flatMap((chunk) => parse(chunk));
};

describe('the event-stream parser', () => {
  it('reads event, id and data of a frame', () => {
    expect(parseAll('event: ticket\nid: 7\ndata: {"a":1}\n\n')).toEqual([
      { event: 'ticket', id: '7', data: '{"a":1}' },
    ]);
  });

  it('joins multi-line data with newlines', () => {
    expect(parseAll('data: first\ndata: second\ndata\n\n')).toEqual([
      { event: 'message', id: undefined, data: 'first\nsecond\n' },
    ]);
  });

  it('skips comments and heartbeats', () => {
    expect(parseAll(': heartbeat\n\n:ping\ndata: x\n\n')).toEqual([
      { event: 'message', id: undefined, data: 'x' },
    ]);
  });

  it('accepts CRLF and CR line ends, also a CRLF split between chunks', () => {
    expect(parseAll('data: a\r', '\ndata: b\r\n\r', '\ndata: c\r\r')).toEqual([
      { event: 'message', id: undefined, data: 'a\nb' },
      { event: 'message', id: undefined, data: 'c' },
    ]);
  });

  it('waits for the blank line when a frame is split anywhere', () => {
    const parse = createEventStreamParser();

    expect(parse('event: tic')).toEqual([]);
    expect(parse('ket\nda')).toEqual([]);
    expect(parse('ta: {"v"')).toEqual([]);
    expect(parse(':2}\n')).toEqual([]);
    expect(parse('\n')).toEqual([{ event: 'ticket', id: undefined, data: '{"v":2}' }]);
  });

  it('keeps the last id for later frames, resets the event name, and keeps a space after the first', () => {
    expect(parseAll('id: 3\nevent: ticket\ndata:  x\n\ndata:y\n\n')).toEqual([
      { event: 'ticket', id: '3', data: ' x' },
      { event: 'message', id: '3', data: 'y' },
    ]);
  });

  it('dispatches nothing for a frame without data, and ignores unknown fields', () => {
    expect(parseAll('event: ticket\nretry: 10\n\nfoo: bar\n\n')).toEqual([]);
  });
});
