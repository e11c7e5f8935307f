/**
 * The event props of `<OpinSupport>` (`react.ts`): one prop per event of `OpinSupportEventMap`,
 * named after it (`opin-ticket-created` → `onOpinTicketCreated`) and typed by its `detail`. The
 * type follows from the map, so a prop missing, extra or misnamed does not compile;
 * `test/unit/events.test.ts` checks the values too.
 */
import type { EventName } from '@lit/react';
import type { OpinSupportEventName, OpinSupportEvents } from './events.js';

/** `opin-ticket-created` → `OpinTicketCreated`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** Each event's React prop (`onOpinTicketCreated`) → the event's name, typed for @lit/react. */
export type OpinSupportEventProps = {
  [K in OpinSupportEventName as `on${PascalCase<K>}`]: K & EventName<OpinSupportEvents[K]>;
};

/** Names the widget's event `name` for @lit/react, typed as a `CustomEvent` of its `detail`. */
function opinEvent<K extends OpinSupportEventName>(name: K): K & EventName<OpinSupportEvents[K]> {
  return name as K & EventName<OpinSupportEvents[K]>;
}

/** The React event props of `<OpinSupport>`, each mapped to the widget's event of that name. */
export const opinSupportEvents: OpinSupportEventProps = {
  onOpinShow: opinEvent('opin-show'),
  onOpinHide: opinEvent('opin-hide'),
  onOpinRequestClose: opinEvent('opin-request-close'),
  onOpinLocaleChange: opinEvent('opin-locale-change'),
  onOpinArticleView: opinEvent('opin-article-view'),
  onOpinSelfServed: opinEvent('opin-self-served'),
  onOpinTicketCreated: opinEvent('opin-ticket-created'),
  onOpinTicketUpdated: opinEvent('opin-ticket-updated'),
  onOpinError: opinEvent('opin-error'),
};
