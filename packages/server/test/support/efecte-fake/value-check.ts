/**
 * Values written to an attribute, checked against its type as B shows them
 * (https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * `RESTDataCardCreateRequest`'s example and `RESTValueElement`): `{value}` for string, number and
 * date; `{value, code?}` naming one of a static-value attribute's values; `{value}` for a worklog
 * comment (its author and date are the server's). Anything else is refused.
 */
import { FakeRefusal } from './fake-http.js';
import type { FakeAttribute, FakeValue } from './fake-model.js';

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(element: Record<string, unknown>, keys: readonly string[], code: string): void {
  for (const key of Object.keys(element)) {
    if (!keys.includes(key)) throw new FakeRefusal(400, `${code}: unknown value field ${key}`);
  }
}

function checkOne(
  code: string,
  attribute: FakeAttribute,
  element: unknown,
  author: string,
  now: Date,
): FakeValue {
  if (!isRecord(element)) throw new FakeRefusal(400, `${code}: a value must be an object`);
  const { value } = element;
  switch (attribute.type) {
    case 'string':
      onlyKeys(element, ['value'], code);
      if (typeof value !== 'string') throw new FakeRefusal(400, `${code}: expected a string value`);
      return { value };
    case 'number':
      onlyKeys(element, ['value'], code);
      if (typeof value !== 'number') throw new FakeRefusal(400, `${code}: expected a number value`);
      return { value };
    case 'date':
      onlyKeys(element, ['value'], code);
      if (typeof value !== 'string' || !isoDate.test(value)) {
        throw new FakeRefusal(400, `${code}: expected a date value`);
      }
      return { value };
    case 'worklog':
      onlyKeys(element, ['value'], code);
      if (typeof value !== 'string' || value === '') {
        throw new FakeRefusal(400, `${code}: expected a worklog comment`);
      }
      return { author, value, date: now.toISOString() };
    case 'static-value': {
      onlyKeys(element, ['value', 'code'], code);
      const match = attribute.staticValues?.find(
        (option) =>
          option.value === value &&
          (element['code'] === undefined || option.code === element['code']),
      );
      // As B's RESTError example: "Couldn't find static-value with value: … and code: …".
      if (!match) throw new FakeRefusal(400, `${code}: no such static value`);
      return { value: match.value, code: match.code };
    }
  }
}

/** The values of a write to `attribute`, as they would be stored. */
export function checkValues(
  code: string,
  attribute: FakeAttribute,
  values: unknown,
  author: string,
  now: Date,
): FakeValue[] {
  if (!Array.isArray(values)) throw new FakeRefusal(400, `${code}: values must be a list`);
  const checked = values.map((element) => checkOne(code, attribute, element, author, now));
  const multi = attribute.multiValue === true || attribute.type === 'worklog';
  if (!multi && checked.length > 1) throw new FakeRefusal(400, `${code}: takes one value`);
  return checked;
}
