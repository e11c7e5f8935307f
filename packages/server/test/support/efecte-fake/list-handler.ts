/**
 * `GET /dc/{templateCode}/data`: a page of a template's cards, ids descending. A: `limit`
 * (required, 1–200), `filterId` ("only data cards with id:s lower than filterId will be
 * returned"), `filter` (EQL), `dataCards` (full cards or "simple info-elements"),
 * `selectedAttributes` (https://docs.efecte.com/en_US/esm-rest-api-interface-description). B: the
 * answer `{meta: {count, limit, links: {next}}, data: [...]}`, `next` carrying `filterId` = the
 * page's last id
 * (https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * `RESTPaginatedDataCardsInfo`). Whether `count` is the page's or the total, and whether `next`
 * is sent on a last page, are not documented: the fake counts the page and sends `next` only
 * when the page is full. Any other parameter is refused.
 */
import { cardInfo, fullCard, selectedAttributes } from './card-json.js';
import { parseEql } from './eql-filter.js';
import type { FakeContext } from './fake-context.js';
import { booleanParam, FakeRefusal, onlyParams, sendJson } from './fake-http.js';

function integerParam(raw: string | null, name: string): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d{1,10}$/.test(raw)) throw new FakeRefusal(400, `${name} must be a whole number`);
  return Number(raw);
}

/** Answers a list. */
export function handleList(context: FakeContext, templateCode: string): void {
  const { state, url } = context;
  const query = url.searchParams;
  onlyParams(query, ['limit', 'filterId', 'filter', 'dataCards', 'selectedAttributes']);
  const template = state.template(templateCode);
  const limit = integerParam(query.get('limit'), 'limit');
  if (limit === undefined || limit < 1 || limit > 200) {
    throw new FakeRefusal(400, 'limit is required, 1 to 200');
  }
  const filterId = integerParam(query.get('filterId'), 'filterId') ?? 0;
  const full = booleanParam(query, 'dataCards') ?? false;
  const selected = selectedAttributes(template, query.get('selectedAttributes'));
  const filter = query.get('filter');
  const matches = filter === null ? () => true : parseEql(template, filter);

  const page = [...state.cards.values()]
    .filter((card) => card.templateCode === template.code)
    .filter((card) => filterId === 0 || Number(card.dataCardId) < filterId)
    .filter(matches)
    .sort((a, b) => Number(b.dataCardId) - Number(a.dataCardId))
    .slice(0, limit);

  const links: Record<string, string> = {};
  const last = page.at(-1);
  if (page.length === limit && last) {
    const next = new URL(url.href);
    next.searchParams.set('filterId', last.dataCardId);
    links['next'] = next.href;
  }
  sendJson(context.response, 200, {
    meta: { count: page.length, limit, links },
    data: page.map((card) =>
      full ? fullCard(template, card, selected) : cardInfo(template, card),
    ),
  });
}
