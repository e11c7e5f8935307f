/**
 * `@opin/support-widget/react`: `<OpinSupport>`, the widget as a React component (React 18 or
 * later, an optional peer dependency). Importing it registers `<opin-support>` like the main entry;
 * the built file imports `./opin-support.js`, so the launcher is never bundled twice.
 *
 * ```tsx
 * <OpinSupport
 *   apiBase="https://support.example/api/v1"
 *   origin="opin"
 *   lang="fi"
 *   onOpinTicketCreated={(event) => setTicketId(event.detail.id)}
 * />
 * ```
 */
import { createComponent, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import './index.js';
import type { OpinSupportElement } from './opin-support.js';
import { opinSupportEvents, type OpinSupportEventProps } from './react-events.js';

export { opinSupportEvents, type OpinSupportEventProps };

/**
 * The class that holds the tag: this package's, or that of another copy of the widget that was
 * registered first (whose properties are then the ones to set).
 */
const elementClass = customElements.get('opin-support') as
  (new () => OpinSupportElement) | undefined;
if (!elementClass) throw new Error('<opin-support> is not registered');

/**
 * `<opin-support>` for React: the element's properties as typed props (`apiBase`, `origin`,
 * `institution`, `topic`, `lang`, `mode`, `open`), set as properties; its events as typed
 * props (`onOpinTicketCreated={(event) => event.detail.id}`, see {@link opinSupportEvents}); a
 * `ref` gives the element for its methods (`show()`, `prefill()`, …). Client-side only.
 */
export const OpinSupport: ReactWebComponent<OpinSupportElement, OpinSupportEventProps> =
  createComponent({
    react: React,
    tagName: 'opin-support',
    elementClass,
    events: opinSupportEvents,
    displayName: 'OpinSupport',
  });

/** The props `<OpinSupport>` accepts. */
export type OpinSupportProps = React.ComponentProps<typeof OpinSupport>;
