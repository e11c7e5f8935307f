/**
 * The Efecte fake's state: templates, users, cards, issued tokens, counted writes and requests.
 * Card ids are numeric strings, each new one greater than the last, so lists newest first are
 * ids descending, as in B's list example
 * (https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * `RESTPaginatedDataCardsInfo`).
 */
import { randomBytes } from 'node:crypto';
import { FakeRefusal } from './fake-http.js';
import type { FakeCard, FakeTemplate, FakeUser, FakeValue } from './fake-model.js';
import { checkValues } from './value-check.js';

/** Writes through the API, by kind: what idempotency tests count. */
export interface FakeWriteCounts {
  create: number;
  patch: number;
  append: number;
}

/** One request as the fake saw it (method and path, no body). */
export interface FakeRequestRecord {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/** Everything the fake holds. @internal */
export class FakeState {
  readonly cards = new Map<string, FakeCard>();
  readonly writes: FakeWriteCounts = { create: 0, patch: 0, append: 0 };
  readonly requests: FakeRequestRecord[] = [];
  /** Token → the login it was issued to. */
  private readonly tokens = new Map<string, string>();
  private nextId = 40_201;

  constructor(
    readonly templates: ReadonlyMap<string, FakeTemplate>,
    readonly users: readonly FakeUser[],
    readonly now: () => Date,
  ) {}

  /** A new opaque token for `login`, as B's `ApiResponse.token` writes it ("Bearer …"). */
  issueToken(login: string): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, login);
    return `Bearer ${token}`;
  }

  /** The user an `Authorization` header belongs to, if its token is current. */
  userOf(authorization: string | undefined): FakeUser | undefined {
    const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    const login = match?.[1] === undefined ? undefined : this.tokens.get(match[1]);
    return this.users.find((user) => user.login === login);
  }

  /** Forgets every token issued: the next call with one is 401 (an expiry). */
  expireTokens(): void {
    this.tokens.clear();
  }

  template(code: string): FakeTemplate {
    const template = this.templates.get(code);
    if (!template) throw new FakeRefusal(404, `no template ${code}`);
    return template;
  }

  card(templateCode: string, dataCardId: string): FakeCard {
    const card = this.cards.get(dataCardId);
    if (!card || card.templateCode !== templateCode) {
      throw new FakeRefusal(404, `no data card ${dataCardId}`);
    }
    return card;
  }

  /** `data` (`{code: {values}}`) checked against the template, as values to store. */
  checkData(
    template: FakeTemplate,
    data: unknown,
    author: string,
    options: { worklogs: boolean },
  ): Map<string, FakeValue[]> {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new FakeRefusal(400, 'data must be an object');
    }
    const checked = new Map<string, FakeValue[]>();
    for (const [code, element] of Object.entries(data as Record<string, unknown>)) {
      const attribute = template.attributes[code];
      if (!attribute) throw new FakeRefusal(400, `unknown attribute ${code}`);
      if (attribute.type === 'worklog' && !options.worklogs) {
        throw new FakeRefusal(400, `${code}: worklog edits are not documented; append instead`);
      }
      if (typeof element !== 'object' || element === null || Array.isArray(element)) {
        throw new FakeRefusal(400, `${code}: expected {values}`);
      }
      const keys = Object.keys(element);
      if (keys.length !== 1 || keys[0] !== 'values') {
        throw new FakeRefusal(400, `${code}: expected {values} only`);
      }
      const { values } = element as { values: unknown };
      checked.set(code, checkValues(code, attribute, values, author, this.now()));
    }
    return checked;
  }

  /** Stores a new card; worklog values are kept newest first, as B's example shows them. */
  create(template: FakeTemplate, folderCode: string, data: Map<string, FakeValue[]>): FakeCard {
    if (!template.folders.includes(folderCode)) {
      throw new FakeRefusal(400, `folder ${folderCode} is not allowed for ${template.code}`);
    }
    const dataCardId = String(this.nextId);
    this.nextId += 1 + (this.nextId % 3);
    const card: FakeCard = {
      dataCardId,
      templateCode: template.code,
      folderCode,
      data: new Map(),
      updatedAt: this.now().getTime(),
    };
    for (const [code, values] of data) card.data.set(code, [...values].reverse());
    this.cards.set(dataCardId, card);
    return card;
  }

  /** Replaces the given attributes' values. */
  set(card: FakeCard, data: Map<string, FakeValue[]>): void {
    for (const [code, values] of data) card.data.set(code, values);
    card.updatedAt = this.now().getTime();
  }

  /** Adds values to an empty or multi-value attribute (B: "add value to empty or multi value"). */
  append(template: FakeTemplate, card: FakeCard, code: string, values: FakeValue[]): void {
    const attribute = template.attributes[code];
    if (!attribute) throw new FakeRefusal(404, `unknown attribute ${code}`);
    const existing = card.data.get(code) ?? [];
    const multi = attribute.multiValue === true || attribute.type === 'worklog';
    if (!multi && existing.length > 0) {
      throw new FakeRefusal(400, `${code} is neither empty nor multi-valued`);
    }
    card.data.set(code, [...[...values].reverse(), ...existing]);
    card.updatedAt = this.now().getTime();
  }
}
