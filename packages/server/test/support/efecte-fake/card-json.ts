/**
 * A data card as the API shows it: in full, B's `RESTDataCard` `{name, dataCardId, templateName,
 * templateCode, folderName, folderCode, data: {<code>: {name, type, values}}, hidden, deleted}`,
 * every attribute listed, an empty one with `values: []`; in brief, B's `RESTDataCardInfoElement`
 * `{dataCardId, name, url}`
 * (https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json).
 * `selectedAttributes` narrows `data` (A: https://docs.efecte.com/en_US/esm-rest-api-interface-description).
 */
import { FakeRefusal } from './fake-http.js';
import type { FakeCard, FakeTemplate } from './fake-model.js';

function cardName(template: FakeTemplate, card: FakeCard): string {
  const first = card.data.get(template.nameAttribute)?.[0];
  return first === undefined ? card.dataCardId : String(first.value);
}

/** The attribute codes of `selectedAttributes` ("subject, status"); unknown codes are refused. */
export function selectedAttributes(
  template: FakeTemplate,
  raw: string | null,
): readonly string[] | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const codes = raw.split(',').map((code) => code.trim());
  for (const code of codes) {
    if (!(code in template.attributes)) throw new FakeRefusal(400, `unknown attribute ${code}`);
  }
  return codes;
}

/** B's `RESTDataCard`. */
export function fullCard(
  template: FakeTemplate,
  card: FakeCard,
  selected: readonly string[] | undefined,
): unknown {
  const codes = selected ?? Object.keys(template.attributes);
  const data = Object.fromEntries(
    codes.map((code) => {
      const attribute = template.attributes[code];
      return [
        code,
        {
          name: attribute?.name ?? code,
          type: attribute?.type ?? 'string',
          values: card.data.get(code) ?? [],
        },
      ];
    }),
  );
  return {
    name: cardName(template, card),
    dataCardId: card.dataCardId,
    templateName: template.name,
    templateCode: template.code,
    folderName: card.folderCode,
    folderCode: card.folderCode,
    data,
    hidden: false,
    deleted: false,
  };
}

/** B's `RESTDataCardInfoElement`. */
export function cardInfo(template: FakeTemplate, card: FakeCard): unknown {
  return {
    dataCardId: card.dataCardId,
    name: cardName(template, card),
    url: `/dc/${template.code}/data/${card.dataCardId}`,
  };
}
