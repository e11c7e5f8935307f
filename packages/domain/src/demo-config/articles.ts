/**
 * Seed self-help articles. Most exist in fi, sv and en; a few are deliberately missing a
 * language (or are written in one only) so that locale fallback has something to do.
 * @internal
 */
import { accessibilityArticles } from './articles/accessibility.js';
import { accountAndPrivacyArticles } from './articles/account-and-privacy.js';
import { courseMaterialsArticles } from './articles/course-materials.js';
import { creditsArticles } from './articles/credits.js';
import { enrolmentArticles } from './articles/enrolment.js';
import { findingStudiesArticles } from './articles/finding-studies.js';
import { signInArticles } from './articles/sign-in.js';
import { studyRightArticles } from './articles/study-right.js';
import type { SeedArticle } from './types.js';

/** Every seed article, grouped by the matter it helps with. */
export const articles: readonly SeedArticle[] = [
  ...signInArticles,
  ...findingStudiesArticles,
  ...enrolmentArticles,
  ...courseMaterialsArticles,
  ...creditsArticles,
  ...studyRightArticles,
  ...accessibilityArticles,
  ...accountAndPrivacyArticles,
];
