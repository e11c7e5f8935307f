/**
 * The conversation as a desk sees it: messages with the learner and internal notes between desks,
 * merged in time order and told apart.
 * @internal
 */
import type { Message } from '@opin/support-sdk';
import type { Desk, DeskTicket, InternalNote } from '@opin/support-sdk/desk';
import { deskName } from './format.js';

/** One entry of the conversation. */
export interface ThreadEntry {
  id: string;
  at: string;
  /** `learner`: by the learner; `reply`: a desk to the learner; `internal`: between desks only. */
  kind: 'learner' | 'reply' | 'internal';
  /** e.g. `Learner`, `Opin.fi support → learner`, `Internal note · Tampere University`. */
  heading: string;
  body: string;
  language: string | undefined;
}

const noteLabels: Readonly<Record<InternalNote['kind'], string>> = {
  note: 'Internal note',
  handoff_note: 'Hand-off note',
  consult_answer: 'Consult answer',
  decline_reason: 'Decline reason',
  alert: 'Alert',
};

/** Messages and internal notes of `ticket`, oldest first. */
export function threadEntries(ticket: DeskTicket, desks: readonly Desk[]): ThreadEntry[] {
  const messages = ticket.messages.map((message) => fromMessage(message, desks));
  const notes = ticket.internalNotes.map((note): ThreadEntry => ({
    id: note.id,
    at: note.at,
    kind: 'internal',
    heading: `${noteLabels[note.kind]} · ${deskName(desks, note.desk)}`,
    body: note.body,
    language: note.language,
  }));
  return [...messages, ...notes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function fromMessage(message: Message, desks: readonly Desk[]): ThreadEntry {
  const author = message.author;
  const heading =
    author.kind === 'learner' ? 'Learner' : `${deskName(desks, author.desk)} → learner`;
  return {
    id: message.id,
    at: message.at,
    kind: author.kind === 'learner' ? 'learner' : 'reply',
    heading,
    body: message.body,
    language: message.language,
  };
}
