/**
 * The connector's client of one Efecte tenant's REST API v1 (docs/design/realtime.md, §4), over
 * the calls Efecte documents: `GET /dc/{tpl}/data` (a page; `limit`, `filterId`, `filter`),
 * `GET /dc/{tpl}/data/{id}`, `POST /dc/{tpl}/data`, `PATCH /dc/{tpl}/data/{id}` and
 * `POST /dc/{tpl}/data/{id}/{attribute}`. Its writes can be repeated without harm: cards are found
 * by the ticket's reference before one is created, edits set absolute values, and worklog entries
 * carry a marker and are not written twice. Failures are `EfecteError`s; nothing of a card's
 * content is logged.
 * @internal
 */
import type { EfecteConfig } from '@opin/support-domain';
import type { Logger } from 'pino';
import { EfecteError } from './efecte-error.js';
import { readAnswer, type EfecteRequest } from './efecte-http.js';
import { EfecteSession, type EfecteLogin } from './efecte-session.js';
import {
  dataCardPageSchema,
  dataCardSchema,
  dataCardWrittenSchema,
  type DataCard,
  type DataCardInfo,
  type EfecteCardData,
} from './efecte-wire.js';
import { eqlAnd, eqlEquals, eqlUpdatedAfter } from './eql.js';
import { carriesMarker, withMarker, worklogMarker } from './worklog-marker.js';
import * as z from 'zod/mini';

/** What the client needs of a desk's `efecte.yaml` entry. */
export type EfecteClientConfig = Pick<
  EfecteConfig,
  'baseUrl' | 'templateCode' | 'folderCode' | 'attributes'
>;

/** How the client reaches Efecte. */
export interface EfecteClientOptions {
  readonly config: EfecteClientConfig;
  readonly user: EfecteLogin;
  /** Per request; default 10 s. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  readonly log?: Logger;
}

/** A worklog entry to append for a desk event. */
export interface WorklogEntry {
  readonly deskId: string;
  readonly seq: number;
  readonly text: string;
}

/** Efecte's largest page (A: `limit` 1–200). */
export const MAX_PAGE = 200;

const cardId = /^\d{1,20}$/;
const appendAnswerSchema = z.object({});

/** A client of one tenant and template. */
export class EfecteClient {
  private readonly session: EfecteSession;
  private readonly config: EfecteClientConfig;
  private readonly transport: { fetch: typeof fetch; timeoutMs: number };

  constructor(options: EfecteClientOptions) {
    this.config = options.config;
    this.transport = { fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs ?? 10_000 };
    const base = options.config.baseUrl.replace(/\/+$/, '');
    this.session = new EfecteSession(base, options.user, this.transport, options.log);
  }

  private url(path: string, query?: Record<string, string>): string {
    const base = this.config.baseUrl.replace(/\/+$/, '');
    const template = encodeURIComponent(this.config.templateCode);
    const search = query ? `?${new URLSearchParams(query).toString()}` : '';
    return `${base}/dc/${template}/data${path}${search}`;
  }

  private static checkId(dataCardId: string, operation: string): string {
    if (!cardId.test(dataCardId)) throw new EfecteError('refused', operation);
    return dataCardId;
  }

  private async call<S extends z.ZodMiniType>(
    request: Omit<EfecteRequest, 'headers'>,
    schema: S,
    json?: unknown,
  ): Promise<z.output<S>> {
    const response = await this.session.send({
      ...request,
      ...(json === undefined
        ? {}
        : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
    });
    return readAnswer(this.transport, { ...request, headers: {} }, response, schema);
  }

  /** One page of cards, ids descending: those below `filterId` (when given) that `filter` selects. */
  async page(
    options: { filter?: string; filterId?: string; limit?: number; signal?: AbortSignal },
    operation = 'page',
  ): Promise<DataCardInfo[]> {
    const limit = options.limit ?? MAX_PAGE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      throw new RangeError(`limit must be 1 to ${MAX_PAGE}`);
    }
    const query: Record<string, string> = { limit: String(limit) };
    if (options.filterId !== undefined) {
      query['filterId'] = EfecteClient.checkId(options.filterId, operation);
    }
    if (options.filter !== undefined) query['filter'] = options.filter;
    const page = await this.call(
      { operation, method: 'GET', url: this.url('', query), ...signalOf(options.signal) },
      dataCardPageSchema,
    );
    return page.data;
  }

  /**
   * The card carrying `reference` in the reference attribute, if any: how a create that Efecte
   * took but Opin never recorded (a crash between the two) is found and adopted. With several
   * (someone copied a card), the oldest.
   */
  async findByReference(reference: string, signal?: AbortSignal): Promise<string | undefined> {
    const operation = 'findByReference';
    const filter = eqlEquals(this.config.attributes.reference, reference, operation);
    const found = await this.page({ filter, ...signalOf(signal) }, operation);
    const ids = found.map((card) => card.dataCardId).sort((a, b) => Number(a) - Number(b));
    return ids[0];
  }

  /** A card, all attributes or `attributes` only. */
  async readCard(
    dataCardId: string,
    attributes?: readonly string[],
    signal?: AbortSignal,
  ): Promise<DataCard> {
    const operation = 'readCard';
    const id = EfecteClient.checkId(dataCardId, operation);
    const query = attributes ? { selectedAttributes: attributes.join(',') } : undefined;
    return this.call(
      { operation, method: 'GET', url: this.url(`/${id}`, query), ...signalOf(signal) },
      dataCardSchema,
    );
  }

  /** Creates a card in the configured folder; resolves to its id. Not idempotent by itself. */
  async createCard(data: EfecteCardData, signal?: AbortSignal): Promise<string> {
    const written = await this.call(
      { operation: 'createCard', method: 'POST', url: this.url(''), ...signalOf(signal) },
      dataCardWrittenSchema,
      { folderCode: this.config.folderCode, data },
    );
    return written.dataCard.dataCardId;
  }

  /** Sets the given attributes to the given values (absolute: repeating it changes nothing). */
  async patchCard(dataCardId: string, data: EfecteCardData, signal?: AbortSignal): Promise<void> {
    const operation = 'patchCard';
    const id = EfecteClient.checkId(dataCardId, operation);
    await this.call(
      { operation, method: 'PATCH', url: this.url(`/${id}`), ...signalOf(signal) },
      dataCardWrittenSchema,
      { dataCardId: id, data },
    );
  }

  /**
   * Appends `entry` to the worklog `attributeCode`, ending with its marker line; reads the
   * worklog first and writes nothing when an entry already carries the marker (a retry after a
   * lost answer). Resolves to whether it wrote.
   */
  async appendWorklog(
    dataCardId: string,
    attributeCode: string,
    entry: WorklogEntry,
    signal?: AbortSignal,
  ): Promise<{ written: boolean }> {
    const operation = 'appendWorklog';
    const id = EfecteClient.checkId(dataCardId, operation);
    if (!/^[A-Za-z0-9_]{1,100}$/.test(attributeCode)) throw new EfecteError('refused', operation);
    const marker = worklogMarker(entry.deskId, entry.seq);
    const card = await this.readCard(id, [attributeCode], signal);
    const existing = card.data[attributeCode]?.values ?? [];
    if (
      existing.some(
        (value) => typeof value.value === 'string' && carriesMarker(value.value, marker),
      )
    ) {
      return { written: false };
    }
    await this.call(
      { operation, method: 'POST', url: this.url(`/${id}/${attributeCode}`), ...signalOf(signal) },
      appendAnswerSchema,
      { values: [{ value: withMarker(entry.text, marker) }] },
    );
    return { written: true };
  }

  /**
   * Every card updated after `since` (`$updated$ > '…'`), read page by page with `filterId`
   * (each page's last id) until a page is not full; at most `maxCards`, newest first.
   */
  async listUpdatedSince(
    since: Date,
    options: { pageSize?: number; maxCards?: number; signal?: AbortSignal } = {},
  ): Promise<DataCardInfo[]> {
    const limit = options.pageSize ?? MAX_PAGE;
    const maxCards = options.maxCards ?? 10_000;
    const filter = eqlAnd(eqlUpdatedAfter(since));
    const cards: DataCardInfo[] = [];
    let filterId: string | undefined;
    while (cards.length < maxCards) {
      const page = await this.page(
        {
          filter,
          limit,
          ...(filterId === undefined ? {} : { filterId }),
          ...signalOf(options.signal),
        },
        'listUpdatedSince',
      );
      cards.push(...page);
      const last = page.at(-1);
      if (page.length < limit || !last) break;
      if (filterId !== undefined && Number(last.dataCardId) >= Number(filterId)) {
        throw new EfecteError('malformed', 'listUpdatedSince');
      }
      filterId = last.dataCardId;
    }
    return cards.slice(0, maxCards);
  }
}

function signalOf(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}
