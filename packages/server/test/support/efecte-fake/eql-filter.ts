/**
 * The part of EQL (Efecte's filter language) that the documentation shows, and nothing more:
 * clauses `$<attribute>$ = '<text>'` and `$updated$ > '<ISO timestamp>'`, joined by `and`.
 * A's example is `$status$ = '02 - Solving'`
 * (https://docs.efecte.com/en_US/esm-rest-api-interface-description); B's is
 * `$updated$ > 'start_week' and $status$ = '02 - In progress'`
 * (https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json).
 * Whether `$updated$` takes an absolute timestamp is not documented (design §4 assumes it does);
 * relative words such as `start_week`, other operators, `or`, parentheses and quotes inside a
 * literal (their escaping is not documented) are refused with 400, so the connector cannot come
 * to rely on them.
 */
import { FakeRefusal } from './fake-http.js';
import type { FakeCard, FakeTemplate } from './fake-model.js';

const clause = /^\$([A-Za-z0-9_]+)\$ *(=|>) *'([^']*)'/;
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

type Predicate = (card: FakeCard) => boolean;

function predicateOf(template: FakeTemplate, code: string, op: string, literal: string): Predicate {
  if (code === 'updated') {
    if (op !== '>' || !isoTimestamp.test(literal)) {
      throw new FakeRefusal(400, `EQL: only $updated$ > '<ISO timestamp>' is supported`);
    }
    const after = Date.parse(literal);
    return (card) => card.updatedAt > after;
  }
  const attribute = template.attributes[code];
  if (!attribute || (attribute.type !== 'string' && attribute.type !== 'static-value')) {
    throw new FakeRefusal(400, `EQL: no text attribute ${code}`);
  }
  if (op !== '=') throw new FakeRefusal(400, `EQL: only = on ${code}`);
  return (card) => (card.data.get(code) ?? []).some((value) => value.value === literal);
}

/** The cards `filter` selects, as a predicate; refuses (400) anything outside the subset. */
export function parseEql(template: FakeTemplate, filter: string): Predicate {
  const predicates: Predicate[] = [];
  let rest = filter.trim();
  for (;;) {
    const match = clause.exec(rest);
    if (!match) throw new FakeRefusal(400, 'EQL: cannot parse the filter');
    const [whole, code = '', op = '', literal = ''] = match;
    predicates.push(predicateOf(template, code, op, literal));
    rest = rest.slice(whole.length);
    if (rest.trim() === '') break;
    const joined = /^ +and +/.exec(rest);
    if (!joined) throw new FakeRefusal(400, 'EQL: clauses are joined by "and" only');
    rest = rest.slice(joined[0].length);
  }
  return (card) => predicates.every((predicate) => predicate(card));
}
