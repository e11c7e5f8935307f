/**
 * @internal A small `text/event-stream` parser (the WHATWG "server-sent events" rules): `event`,
 * `id` and `data` fields, multi-line data, comments, and CR, LF or CRLF line ends, also when a
 * CRLF is split between chunks. `retry` and unknown fields are ignored.
 */

/** One dispatched event. */
export interface EventStreamFrame {
  /** The `event` field, `message` when absent. */
  event: string;
  /** The last `id` seen on the stream, if any. */
  id: string | undefined;
  /** The `data` lines joined with `\n`. */
  data: string;
}

/** Returns a function that takes decoded text chunks and returns the frames they complete. */
export function createEventStreamParser(): (chunk: string) => EventStreamFrame[] {
  let pending = '';
  let afterCarriageReturn = false;
  let event = '';
  let id: string | undefined;
  let data: string[] = [];

  const readLine = (line: string, frames: EventStreamFrame[]) => {
    if (line === '') {
      if (data.length > 0) frames.push({ event: event || 'message', id, data: data.join('\n') });
      data = [];
      event = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  };

  return (chunk) => {
    // A chunk ending in CR may be followed by one starting with the LF of the same CRLF.
    if (afterCarriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    if (chunk) afterCarriageReturn = chunk.endsWith('\r');
    const lines = (pending + chunk).split(/\r\n|\r|\n/);
    pending = lines.pop() ?? '';
    const frames: EventStreamFrame[] = [];
    for (const line of lines) readLine(line, frames);
    return frames;
  };
}
