/**
 * What a desk's card shows of a ticket (docs/design/realtime.md, §4 "The mapping"): its reference,
 * subject and a summary (topic, language, hand-off mode and its note: never the learner's contact
 * details), and its status as the configured static value. Pure: the ticket as the desk may read
 * it in, the attribute values out.
 * @internal
 */
import type { EfecteConfig, StoredTicket } from '@opin/support-domain';
import type { EfecteCardData } from './efecte-wire.js';

/** The status's static value, or `undefined` when the mapping names none (e.g. `closed`). */
export function statusCode(config: Pick<EfecteConfig, 'statusCodes'>, ticket: StoredTicket) {
  return config.statusCodes[ticket.status];
}

/** The summary: topic, language, hand-off (mode, from, to) and its note, one per line. */
export function summaryOf(ticket: StoredTicket): string {
  const lines = [`Topic: ${ticket.topicId}`, `Language: ${ticket.language}`];
  const handoff = ticket.handoff;
  if (handoff) {
    lines.push(
      `Hand-off: ${handoff.mode} from ${handoff.from} to ${handoff.to} (${handoff.state})`,
    );
    const note = ticket.internalNotes.findLast((entry) => entry.kind === 'handoff_note');
    if (note) lines.push(`Note: ${note.body}`);
  }
  return lines.join('\n');
}

/** The attributes a new card gets, or an adopted one is set to (absolute values). */
export function cardFields(
  config: Pick<EfecteConfig, 'attributes' | 'statusCodes'>,
  ticket: StoredTicket,
): EfecteCardData {
  const a = config.attributes;
  const code = statusCode(config, ticket);
  return {
    [a.reference]: { values: [{ value: ticket.id }] },
    [a.subject]: { values: [{ value: ticket.subject }] },
    [a.summary]: { values: [{ value: summaryOf(ticket) }] },
    ...(code === undefined ? {} : { [a.handoffState]: { values: [{ value: code }] } }),
  };
}

/** The state attribute alone, for a status or hand-off change. */
export function stateFields(
  config: Pick<EfecteConfig, 'attributes' | 'statusCodes'>,
  ticket: StoredTicket,
): EfecteCardData | undefined {
  const code = statusCode(config, ticket);
  return code === undefined
    ? undefined
    : { [config.attributes.handoffState]: { values: [{ value: code }] } };
}

/** The learner's question as the card's first `toOpin` entry: the description. */
export function questionText(ticket: StoredTicket): string {
  return ticket.description;
}
