import type { Random } from "../platform";
import { PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";
import type { Stars } from "./types";

// Generates plausible new Trustpilot reviews so a demo keeps receiving fresh ones.

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length) % items.length];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
}

function pickDistinct<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length) % pool.length, 1)[0] as T);
  return out;
}

// Trustpilot skews further to the extremes than booking sites: many fives, a real tail of ones.
const STAR_WEIGHTS: [Stars, number][] = [[1, 0.14], [2, 0.07], [3, 0.1], [4, 0.24], [5, 0.45]];

function pickStars(random: Random): Stars {
  let r = random();
  for (const [stars, weight] of STAR_WEIGHTS) {
    if (r < weight) return stars;
    r -= weight;
  }
  return 5;
}

export function generateReview(random: Random, businessUnitId: string): NewReviewInput {
  const language = pick(random, Object.keys(PHRASES) as (keyof typeof PHRASES)[]);
  const p = PHRASES[language];
  const stars = pickStars(random);
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
