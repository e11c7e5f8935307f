/** Picks seed desks by what a test needs, so tests say why a desk was chosen. */
import type { Desk, Locale } from '@opin/support-sdk';
import type { Harness } from './harness.js';

export interface DeskWish {
  answers?: Locale;
  doesNotAnswer?: Locale;
  integration?: Desk['integration'];
  not?: string[];
}

export async function pickInstitutionDesk(h: Harness, wish: DeskWish): Promise<Desk> {
  const desks = await h.learner.listDesks();
  const desk = desks.find(
    (d) =>
      d.id !== 'opin' &&
      !(wish.not ?? []).includes(d.id) &&
      (wish.answers === undefined || d.languages.includes(wish.answers)) &&
      (wish.doesNotAnswer === undefined || !d.languages.includes(wish.doesNotAnswer)) &&
      (wish.integration === undefined || d.integration === wish.integration),
  );
  if (!desk) throw new Error(`the seed has no desk for ${JSON.stringify(wish)}`);
  return desk;
}
