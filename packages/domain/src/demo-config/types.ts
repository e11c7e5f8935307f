/**
 * Shapes of the seed data: the same records the API serves, with every text in all the languages
 * it exists in.
 * @internal
 */
import type {
  ArticleLink,
  Integration,
  Locale,
  LocalizedText,
  TopicKind,
} from '@opin/support-sdk/schemas';

/** A support desk: `opin` or an institution's desk. */
export interface SeedDesk {
  id: string;
  name: LocalizedText;
  /** Languages the desk answers in. */
  languages: Locale[];
  integration: Integration;
  responseTargetHours: number;
  /** Public page for contacting this desk's organisation. */
  contactUrl: string;
  /** Where hand-offs are e-mailed; required for `email` desks, absent otherwise. */
  deskEmail?: string;
  /** Whether this desk is an institution (everything but `opin`). */
  institution: boolean;
}

/** What a learner needs help with. */
export interface SeedTopic {
  id: string;
  kind: TopicKind;
  owner: 'opin' | 'institution';
  requiresInstitution: boolean;
  title: LocalizedText;
  summary: LocalizedText;
}

/** One language version of an article. `body`: plain text, paragraphs separated by a blank line. */
export interface SeedArticleText {
  title: string;
  summary: string;
  body: string;
  links?: ArticleLink[];
}

/** A self-help article; some exist in fewer than three languages, to exercise fallback. */
export interface SeedArticle {
  id: string;
  topicIds: string[];
  /** Set when the article is specific to one institution. */
  institutionId?: string;
  translations: Partial<Record<Locale, SeedArticleText>>;
}
