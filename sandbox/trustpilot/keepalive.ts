import type { Random } from "../platform";
import { pick, pickDistinct, pickWeighted } from "../random";
import { PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";
import type { Stars } from "./types";

// Generates plausible new Trustpilot reviews so a demo keeps receiving fresh ones.

// Trustpilot skews further to the extremes than booking sites: many fives, a real tail of ones.
const STAR_WEIGHTS: [Stars, number][] = [[1, 0.14], [2, 0.07], [3, 0.1], [4, 0.24], [5, 0.45]];

export function generateReview(random: Random, businessUnitId: string): NewReviewInput {
  const language = pick(random, Object.keys(PHRASES) as (keyof typeof PHRASES)[]);
  const p = PHRASES[language];
  const stars = pickWeighted(random, STAR_WEIGHTS);
  let title: string;
  let parts: string[];
  if (stars >= 4) {
    title = pick(random, p.titleGood);
    parts = pickDistinct(random, p.good, stars === 5 ? 2 : 1);
    if (stars === 4 && random() < 0.5) parts.push(pick(random, p.bad));
  } else if (stars === 3) {
    title = pick(random, p.titleMixed);
    parts = [pick(random, p.good), pick(random, p.bad)];
  } else {
    title = pick(random, p.titleBad);
    parts = pickDistinct(random, p.bad, 2);
  }
  return { businessUnitId, consumerName: pick(random, p.names), stars, title, text: parts.join(" "), language };
}
