/**
 * The routing preview in plain words: who receives the ticket, who answers, in which language,
 * how soon, and which desks work by e-mail (docs/design/domain.md, the routing rule's step 6).
 * @internal
 */
import { msg, str } from '@lit/localize';
import type { Locale, RoutingPreview, Topic } from '@opin/support-sdk';
import { OPIN_DESK_ID } from '@opin/support-sdk/schemas';
import type { DeskDirectory } from '../data/desk-directory.js';
import { withinHours } from './dates.js';
import { inLanguage } from './languages.js';

/** The preview as sentences: first who answers, then one note per e-mail desk. */
export function describeRouting(
  preview: RoutingPreview,
  topic: Topic,
  desks: DeskDirectory,
  locale: Locale,
): string[] {
  const name = (id: string) => desks.name(id, locale);
  const receiving = name(preview.receivingDesk);
  const answering = name(preview.answeringDesk);
  const language = inLanguage(preview.language);
  const time = withinHours(preview.expectedResponseHours);
  const handoff = preview.plannedHandoff;
  const sentences: string[] = [];

  if (handoff === null) {
    sentences.push(
      msg(str`Write to us here and ${answering} will answer you ${language}, usually ${time}.`, {
        desc: 'Routing preview without a hand-off. 1: desk name, 2: e.g. "in Swedish", 3: e.g. "within 2 days".',
      }),
    );
  } else {
    const to = name(handoff.to);
    // "Your institution" only when the institution itself will take part; when the routing rule
    // sends an institution's matter to Opin.fi (its desk does not answer in the ticket's language),
    // the sentence names Opin.fi instead of contradicting the next one.
    sentences.push(
      topic.owner === 'institution' && handoff.to !== OPIN_DESK_ID
        ? msg('Your institution handles this.')
        : msg(str`${to} handles this.`, { desc: '1: desk name.' }),
    );
    sentences.push(
      handoff.mode === 'transfer'
        ? msg(
            str`Write to us here and we will pass your message to ${to}, who will answer you ${language}, usually ${time}.`,
            {
              desc: 'Planned transfer. 1: desk that answers, 2: e.g. "in Swedish", 3: e.g. "within 2 days".',
            },
          )
        : msg(
            str`Write to us here and ${receiving} will ask ${to} for help and answer you ${language}, usually ${time}.`,
            {
              desc: 'Planned consult. 1: desk that receives and answers, 2: desk asked for help, 3: e.g. "in Swedish", 4: e.g. "within 2 days".',
            },
          ),
    );
  }
  for (const desk of preview.desks) {
    if (desk.integration === 'email') sentences.push(emailDeskNote(name(desk.id)));
  }
  return sentences;
}

/** "<desk> works by e-mail: …", for the preview. */
export function emailDeskNote(desk: string): string {
  return msg(
    str`${desk} handles tickets by e-mail, so its replies can take a little longer to show here.`,
    { desc: '1: desk name.' },
  );
}

/** The desks that will see the learner's data, as one list in the UI language. */
export function deskList(ids: readonly string[], desks: DeskDirectory, locale: Locale): string {
  const names = [...new Set(ids)].map((id) => desks.name(id, locale));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
