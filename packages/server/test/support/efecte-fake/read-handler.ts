/**
 * `GET /dc/{templateCode}/data/{dataCardId}`: one card, B's `RESTDataCard`, narrowed by
 * `selectedAttributes`; 404 for an unknown card
 * (B: https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * operation getDataCard).
 */
import { fullCard, selectedAttributes } from './card-json.js';
import type { FakeContext } from './fake-context.js';
import { onlyParams, sendJson } from './fake-http.js';

/** Answers a read. */
export function handleRead(context: FakeContext, templateCode: string, dataCardId: string): void {
  const { state, url } = context;
  onlyParams(url.searchParams, ['selectedAttributes']);
  const template = state.template(templateCode);
  const card = state.card(templateCode, dataCardId);
  const selected = selectedAttributes(template, url.searchParams.get('selectedAttributes'));
  sendJson(context.response, 200, fullCard(template, card, selected));
}
