/**
 * A learner following one ticket: `GET /tickets/{id}/events` held open on a connection of its own,
 * noting when each version's frame (its `id:` line) arrived.
 * @internal
 */
import { request, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

/** An open event stream. */
export interface TicketWatcher {
  /** When the first frame of `version` or a later one arrived, as `performance.now()`. */
  arrivalOf(version: number): Promise<number>;
  /** Ends the stream. */
  close(): void;
}

/** The versions named by the complete frames in `text`, and the unfinished rest. */
export function frameVersions(text: string): { versions: number[]; rest: string } {
  const frames = text.split('\n\n');
  const rest = frames.pop() ?? '';
  const versions = frames.flatMap((frame) => {
    const match = /^id: (\d+)$/m.exec(frame);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  });
  return { versions, rest };
}

/** Opens the stream in change mode; resolves once it answered 200. */
export function watchTicket(apiBase: string, id: string, token: string): Promise<TicketWatcher> {
  const url = new URL(`${apiBase}/tickets/${encodeURIComponent(id)}/events?frames=changes`);
  /** Each new version's arrival, in order of version. */
  const arrivals: { version: number; at: number }[] = [];
  const firstFrom = (version: number) => arrivals.find((arrival) => arrival.version >= version);
  const waiting: { version: number; resolve: (at: number) => void }[] = [];
  return new Promise((resolve, reject) => {
    const req = request(url, {
      agent: false,
      headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
    });
    req.once('error', reject);
    req.once('response', (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        reject(new Error(`The event stream of ${id} answered ${response.statusCode}.`));
        response.destroy();
        return;
      }
      let buffered = '';
      response.setEncoding('utf8').on('data', (chunk: string) => {
        const at = performance.now();
        const { versions, rest } = frameVersions(buffered + chunk);
        buffered = rest;
        for (const version of versions) {
          if (version > (arrivals.at(-1)?.version ?? 0)) arrivals.push({ version, at });
        }
        for (const waiter of waiting.splice(0)) {
          const arrival = firstFrom(waiter.version);
          if (arrival === undefined) waiting.push(waiter);
          else waiter.resolve(arrival.at);
        }
      });
      resolve({
        arrivalOf: (version) => {
          const arrival = firstFrom(version);
          if (arrival !== undefined) return Promise.resolve(arrival.at);
          return new Promise((arrived) => waiting.push({ version, resolve: arrived }));
        },
        close: () => req.destroy(),
      });
    });
    req.end();
  });
}
