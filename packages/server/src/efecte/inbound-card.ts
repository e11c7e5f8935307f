/**
 * Efecte → Opin, one card at a time (docs/design/realtime.md, §4 "Applying a card"): whatever
 * brought the card up (an outbound call, the polling), the card is read through the REST API and
 * diffed against what was last seen on it (`efecte_cards.seen_state`), and only what changed is
 * acted on, as the desk (`./desk-actions.ts`): a new `request` code first (with the agent's new
 * entries as a decline's reason or a hand-off's note; then cleared on the card, so the same
 * request later is a change again), then each new
 * `fromAgent` worklog entry in order. Entries carrying an Opin marker or written by the
 * integration user are skipped (no echo). What was seen is recorded after each action, so a
 * repeat acts on nothing twice. A card the desk has no mapping for is adopted when its reference
 * names a ticket the desk reads. Nothing of the card's content is logged.
 * @internal
 */
import { createHash } from 'node:crypto';
import { mayRead, type DomainEnv, type EfecteConfig } from '@opin/support-domain';
import type { Logger } from '../log/logger.js';
import type { SeenStateRow } from '../storage/tables/efecte-cards.js';
import { actOnEntry, actOnRequest, isAgentRequest, type ActionOutcome } from './desk-actions.js';
import type { EfecteClient } from './efecte-client.js';
import type { EfecteStore, MappedCard } from './efecte-store.js';
import type { DataCard, EfecteValue } from './efecte-wire.js';
import { carriesAnyMarker } from './worklog-marker.js';

/** What applying needs. */
export interface InboundContext {
  readonly config: Pick<EfecteConfig, 'desk' | 'attributes'>;
  /** The integration user's login: entries it wrote are the connector's own. */
  readonly integrationLogin: string;
  readonly client: EfecteClient;
  readonly store: EfecteStore;
  readonly env: DomainEnv;
  readonly log: Logger;
  readonly signal?: AbortSignal;
}

/** What one card came to, for tests and logs (counts and codes, no content). */
export interface InboundResult {
  readonly mapped: boolean;
  readonly actions: number;
  readonly refused: readonly string[];
}

/** Reads card `dataCardId` and acts on what changed since it was last seen. */
export async function applyInboundCard(
  ctx: InboundContext,
  dataCardId: string,
): Promise<InboundResult> {
  const a = ctx.config.attributes;
  const card = await ctx.client.readCard(
    dataCardId,
    [a.reference, a.request, a.fromAgent],
    ctx.signal,
  );
  const mapped = (await ctx.store.byCard(dataCardId)) ?? (await adopt(ctx, card));
  if (!mapped) return { mapped: false, actions: 0, refused: [] };
  const seen: SeenStateRow = { ...mapped.seen };
  const outcomes: ActionOutcome[] = [];
  const desk = ctx.config.desk;

  // Entries are known by a digest of author, date and text, not by position: Efecte's order
  // is not documented (the fake lists them newest first). New ones are taken oldest first.
  const handled = new Set(seen.entries ?? []);
  const fresh = agentEntries(ctx, card).filter((entry) => !handled.has(entry.key));
  const remember = async (keys: readonly string[]) => {
    for (const key of keys) handled.add(key);
    seen.entries = [...handled].slice(-MAX_REMEMBERED);
    await ctx.store.saw(dataCardId, seen);
  };

  let pending = fresh;
  const request = codeOf(card.data[a.request]?.values[0]);
  if (request === undefined) {
    if (seen.request) {
      seen.request = null;
      await ctx.store.saw(dataCardId, seen);
    }
  } else if (request !== seen.request) {
    const texts = fresh.filter((entry) => !entry.own).map((entry) => entry.text);
    // A decline's reason, or a hand-off's note: what the agent wrote with it.
    const withText = isAgentRequest(request) && request !== 'accept' && texts.length > 0;
    if (isAgentRequest(request)) {
      const text = withText
        ? texts.join('\n\n').slice(0, request === 'decline' ? 2_000 : MAX_TEXT)
        : undefined;
      outcomes.push(await actOnRequest(ctx.env, desk, mapped.ticketId, request, text));
    }
    seen.request = request;
    if (withText) pending = [];
    await remember(withText ? fresh.map((entry) => entry.key) : []);
    // Cleared once acted on, so that the same request later (a second hand-off) is a change.
    await ctx.client.patchCard(dataCardId, { [a.request]: { values: [] } }, ctx.signal);
  }

  for (const entry of pending) {
    if (entry.text.length > MAX_TEXT) {
      outcomes.push({ done: false, status: 400, code: 'too_long' });
    } else if (!entry.own) {
      outcomes.push(await actOnEntry(ctx.env, desk, mapped.ticketId, entry.text));
    }
    await remember([entry.key]);
  }

  const refused = outcomes.flatMap((outcome) => (outcome.done ? [] : [outcome.code]));
  if (outcomes.length > 0) {
    ctx.log.info({ desk, dataCardId, actions: outcomes.length, refused }, 'efecte card applied');
  }
  return { mapped: true, actions: outcomes.length, refused };
}

/** The longest message taken from a card, as the desk API's (longer ones are refused). */
const MAX_TEXT = 10_000;
/** How many handled entries a card's `seen_state` remembers. */
const MAX_REMEMBERED = 500;

/** An agent worklog entry as the connector sees it. */
interface AgentEntry {
  readonly key: string;
  readonly text: string;
  /** Written by the connector itself (a marker, or the integration user): never acted on. */
  readonly own: boolean;
  readonly date: string;
}

/** The card's non-empty `fromAgent` entries, oldest first, each with its digest. */
function agentEntries(ctx: InboundContext, card: DataCard): AgentEntry[] {
  const values = card.data[ctx.config.attributes.fromAgent]?.values ?? [];
  return values
    .map((value) => {
      const text = typeof value.value === 'string' ? value.value.trim() : '';
      const date = value.date ?? '';
      const key = createHash('sha256')
        .update(`${value.author ?? ''}\u0000${date}\u0000${text}`, 'utf8')
        .digest('base64url')
        .slice(0, 22);
      return { key, text, own: isOwn(ctx, value, text), date };
    })
    .filter((entry) => entry.text !== '')
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The code of a static value (`code`, or its `value` when Efecte gives no code). */
function codeOf(value: EfecteValue | undefined): string | undefined {
  const code = value?.code ?? value?.value;
  return code === null || code === undefined || code === '' ? undefined : String(code);
}

function isOwn(ctx: InboundContext, entry: EfecteValue, text: string): boolean {
  const author = entry.author?.trim().toLowerCase();
  return carriesAnyMarker(text) || author === ctx.integrationLogin.trim().toLowerCase();
}

/** Maps a card whose reference names a ticket the desk reads (a card made before a crash). */
async function adopt(ctx: InboundContext, card: DataCard): Promise<MappedCard | undefined> {
  const reference = card.data[ctx.config.attributes.reference]?.values[0]?.value;
  if (typeof reference !== 'string' || reference === '') return undefined;
  const ticket = await ctx.env.tickets.find(reference);
  if (!ticket || !mayRead(ticket, ctx.config.desk)) return undefined;
  await ctx.store.map(ticket.id, card.dataCardId);
  return ctx.store.byCard(card.dataCardId);
}
