/**
 * `POST /dc/{templateCode}/data`: creates one card from `{folderCode, data: {<code>: {values}}}`
 * (both required); 201 `{meta, dataCard: {dataCardId}}`
 * (B: https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * operation createNewDataCard, `RESTDataCardCreateRequest`, `RESTDataCardResponse`). Efecte
 * documents no idempotency key: the same body twice makes two cards.
 */
import type { FakeContext } from './fake-context.js';
import { FakeRefusal, onlyFields, onlyParams, readJsonObject, sendJson } from './fake-http.js';

/** Answers a create. */
export async function handleCreate(context: FakeContext, templateCode: string): Promise<void> {
  const { state, url, user } = context;
  onlyParams(url.searchParams, ['createEmptyReferences', 'dataCards']);
  const template = state.template(templateCode);
  const body = await readJsonObject(context.request);
  onlyFields(body, ['folderCode', 'data']);
  const { folderCode } = body;
  if (typeof folderCode !== 'string') throw new FakeRefusal(400, 'folderCode is required');
  const data = state.checkData(template, body['data'], user.name, { worklogs: true });
  const card = state.create(template, folderCode, data);
  state.writes.create += 1;
  sendJson(context.response, 201, {
    meta: { timestamp: state.now().toISOString(), url: url.href },
    dataCard: { dataCardId: card.dataCardId },
  });
}
