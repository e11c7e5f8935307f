/**
 * What a test does with the Efecte fake besides calling its API: act as the agent (set an
 * attribute, add a worklog comment under the agent's name), configure and fire Efecte's outbound
 * call, make the next calls fail, expire tokens, count writes, and read the cards as stored.
 * The agent's edits count as no API write.
 */
import { once } from 'node:events';
import { fullCard } from './card-json.js';
import type { FakeValue } from './fake-model.js';
import type { FakeRequestRecord, FakeState, FakeWriteCounts } from './fake-state.js';
import type { FakeFault, FaultQueue } from './faults.js';
import { fireOutbound, type OutboundAnswer, type OutboundConfig } from './outbound-call.js';
import { agentUser } from './opin-template.js';

/** A card as B's `RESTDataCard` shows it. */
export interface FakeCardView {
  readonly dataCardId: string;
  readonly name: string;
  readonly templateCode: string;
  readonly folderCode: string;
  readonly data: Record<string, { name: string; type: string; values: FakeValue[] }>;
}

/** The test's side of the fake. */
export class FakeHandle {
  private outbound: OutboundConfig | undefined;

  constructor(
    private readonly state: FakeState,
    private readonly faults: FaultQueue,
  ) {}

  /** Writes through the API so far, by kind (a copy). */
  get writes(): FakeWriteCounts {
    return { ...this.state.writes };
  }

  /** Every request so far: method, path under the base, status (0: held). */
  get requests(): readonly FakeRequestRecord[] {
    return [...this.state.requests];
  }

  /** Every card, newest first. */
  cards(): FakeCardView[] {
    return [...this.state.cards.values()]
      .sort((a, b) => Number(b.dataCardId) - Number(a.dataCardId))
      .map((card) => this.card(card.dataCardId));
  }

  /** One card as stored; throws for an unknown id. */
  card(dataCardId: string): FakeCardView {
    const card = this.state.cards.get(dataCardId);
    if (!card) throw new Error(`The fake has no card ${dataCardId}.`);
    return fullCard(this.state.template(card.templateCode), card, undefined) as FakeCardView;
  }

  /** The agent sets `attributeCode` (absolute, as an edit in Efecte's UI). */
  setAttribute(dataCardId: string, attributeCode: string, values: readonly unknown[]): void {
    const card = this.state.cards.get(dataCardId);
    if (!card) throw new Error(`The fake has no card ${dataCardId}.`);
    const template = this.state.template(card.templateCode);
    const data = this.state.checkData(template, { [attributeCode]: { values } }, agentUser.name, {
      worklogs: false,
    });
    this.state.set(card, data);
  }

  /** Someone other than the integration user adds a worklog comment. */
  addWorklog(
    dataCardId: string,
    attributeCode: string,
    text: string,
    author = agentUser.name,
  ): void {
    const card = this.state.cards.get(dataCardId);
    if (!card) throw new Error(`The fake has no card ${dataCardId}.`);
    const template = this.state.template(card.templateCode);
    const attribute = template.attributes[attributeCode];
    if (attribute?.type !== 'worklog') throw new Error(`${attributeCode} is not a worklog.`);
    this.state.append(template, card, attributeCode, [
      { author, value: text, date: this.state.now().toISOString() },
    ]);
  }

  /** Configures Efecte's outbound call (its shape is assumed: `./outbound-call.ts`). */
  configureOutbound(config: OutboundConfig): void {
    this.outbound = config;
  }

  /** Fires the outbound call for a card: with the configured secret, another, or none (`null`). */
  fireOutbound(dataCardId: string, secret?: string | null): Promise<OutboundAnswer> {
    if (!this.outbound) throw new Error('No outbound call configured in the fake.');
    return fireOutbound(this.outbound, dataCardId, secret);
  }

  /** The next `count` requests answer 500 (`error`) or are never answered (`hang`). */
  failNext(count: number, fault: FakeFault = 'error'): void {
    this.faults.failNext(count, fault);
  }

  /** Resolves once `count` requests are held by `hang` faults. */
  async waitForHeld(count: number): Promise<void> {
    while (this.faults.held < count) await once(this.faults.events, 'hang');
  }

  /** Every token issued so far stops working (as if it expired). */
  expireTokens(): void {
    this.state.expireTokens();
  }
}
