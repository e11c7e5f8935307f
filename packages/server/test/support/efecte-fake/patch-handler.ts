/**
 * `PATCH /dc/{templateCode}/data/{dataCardId}`: edits one card with `{dataCardId, data,
 * folderCode?}` (`dataCardId` and `data` required); 200 `{meta, dataCard: {dataCardId}}`
 * (B: https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * operation modifyDataCard, `RESTDataCardModifyRequest`). The given attributes get the given
 * values; the others stay. What an edit does to a worklog is not documented, so the fake refuses
 * worklogs here (append them with `POST …/{attributeCode}`).
 */
import type { FakeContext } from './fake-context.js';
import { FakeRefusal, onlyFields, onlyParams, readJsonObject, sendJson } from './fake-http.js';

/** Answers an edit. */
export async function handlePatch(
  context: FakeContext,
  templateCode: string,
  dataCardId: string,
): Promise<void> {
  const { state, url, user } = context;
  onlyParams(url.searchParams, ['createEmptyReferences', 'dataCards']);
  const template = state.template(templateCode);
  const card = state.card(templateCode, dataCardId);
  const body = await readJsonObject(context.request);
  onlyFields(body, ['dataCardId', 'folderCode', 'data']);
  if (body['dataCardId'] !== dataCardId) {
    throw new FakeRefusal(400, 'dataCardId is required and must be the path id');
  }
  const { folderCode } = body;
  if (
    folderCode !== undefined &&
    (typeof folderCode !== 'string' || !template.folders.includes(folderCode))
  ) {
    throw new FakeRefusal(400, 'folderCode is not allowed');
  }
  const data = state.checkData(template, body['data'], user.name, { worklogs: false });
  if (typeof folderCode === 'string') card.folderCode = folderCode;
  state.set(card, data);
  state.writes.patch += 1;
  sendJson(context.response, 200, {
    meta: { timestamp: state.now().toISOString(), url: url.href },
    dataCard: { dataCardId },
  });
}
