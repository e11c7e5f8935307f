/**
 * `POST /dc/{templateCode}/data/{dataCardId}/{attributeCode}`: "add value to empty or multi value
 * attribute", body `{values: [...]}`; 200 B's `ApiResponse`
 * (B: https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * operation updateDataCardAttributeValueByPost, `RESTDataCardElementUpdateRequest`). A worklog
 * comment gets the caller as its author and the fake's time as its date. Each call adds, so a
 * repeated call adds twice.
 */
import type { FakeContext } from './fake-context.js';
import { FakeRefusal, onlyFields, onlyParams, readJsonObject, sendJson } from './fake-http.js';
import { checkValues } from './value-check.js';

/** Answers an append. */
export async function handleAppend(
  context: FakeContext,
  templateCode: string,
  dataCardId: string,
  attributeCode: string,
): Promise<void> {
  const { state, url, user } = context;
  onlyParams(url.searchParams, []);
  const template = state.template(templateCode);
  const card = state.card(templateCode, dataCardId);
  const attribute = template.attributes[attributeCode];
  if (!attribute) throw new FakeRefusal(404, `unknown attribute ${attributeCode}`);
  const body = await readJsonObject(context.request);
  onlyFields(body, ['values']);
  const values = checkValues(attributeCode, attribute, body['values'], user.name, state.now());
  if (values.length === 0) throw new FakeRefusal(400, 'values must not be empty');
  state.append(template, card, attributeCode, values);
  state.writes.append += 1;
  sendJson(context.response, 200, {
    code: 200,
    message: 'OK',
    timestamp: state.now().toISOString(),
  });
}
