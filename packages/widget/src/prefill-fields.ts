/**
 * The argument of `<opin-support>`'s `prefill()`: public API, exported by the package (`index.ts`).
 */

/**
 * What `prefill()` may start a ticket with: the form's fields, and what the ticket is about.
 * Empty strings (and values that are not strings) are ignored.
 *
 * The learner's text always wins: a field takes the given text only while it is empty or still
 * holds the text an earlier `prefill()` put there, never when the learner has typed in it (now, or
 * in a draft kept in this browser from an earlier visit). The same holds for `institution` and the
 * institution the learner chose. While a ticket whose send was interrupted waits to go out again,
 * `prefill()` changes nothing.
 */
export interface PrefillFields {
  /** The ticket's subject. */
  subject?: string;
  /** The description of the matter. */
  description?: string;
  /** The learner's e-mail address, where answers go. */
  email?: string;
  /** The learner's name. */
  name?: string;
  /**
   * A topic id (as `GET /topics` lists them): the panel goes to that topic's ticket form, with its
   * routing preview, so opening the widget shows it (an open panel goes there at once; Back
   * returns). A topic that needs an institution when none is known (`institution` here, the
   * learner's earlier choice — "not listed / I don't know" counts —, the `institution` attribute)
   * opens on the topic's page instead, where the learner chooses one. Without a topic, a subject or description makes the start
   * screen say that a message has been started; the learner then chooses the topic.
   */
  topic?: string;
  /** The id of the institution the matter concerns (for topics that need one). */
  institution?: string;
}
