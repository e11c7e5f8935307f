/**
 * Renders the current step's element, with the panel context and the UI locale.
 * @internal
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '@opin/support-sdk';
import type { PanelContext } from './context.js';
import type { Step } from './steps/step.js';

/** The element for `step`; `data-step` marks it for focusing and updates. */
export function renderStep(step: Step, context: PanelContext, locale: Locale): TemplateResult {
  switch (step.name) {
    case 'start':
      return html`<opin-support-start-step
        data-step
        .context=${context}
        .locale=${locale}
      ></opin-support-start-step>`;
    case 'topic':
      return html`<opin-support-topic-step
        data-step
        .context=${context}
        .locale=${locale}
        .topic=${step.topic}
      ></opin-support-topic-step>`;
    case 'article':
      return html`<opin-support-article-step
        data-step
        .context=${context}
        .locale=${locale}
        .article=${step.article}
        .topic=${step.topic}
      ></opin-support-article-step>`;
    case 'form':
      return html`<opin-support-form-step
        data-step
        .context=${context}
        .locale=${locale}
        .topic=${step.topic}
      ></opin-support-form-step>`;
    case 'sent':
      return html`<opin-support-sent-step
        data-step
        .context=${context}
        .locale=${locale}
        .ticket=${step.ticket}
        .accessToken=${step.accessToken}
        .preview=${step.preview}
      ></opin-support-sent-step>`;
    case 'ticket':
      return html`<opin-support-ticket-step
        data-step
        .context=${context}
        .locale=${locale}
        .ticketId=${step.id}
        .accessToken=${step.accessToken}
      ></opin-support-ticket-step>`;
    case 'my-tickets':
      return html`<opin-support-my-tickets-step
        data-step
        .context=${context}
        .locale=${locale}
      ></opin-support-my-tickets-step>`;
  }
}
