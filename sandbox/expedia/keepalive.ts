import type { Random } from "../platform";
import { EXPEDIA_PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";

// Generates plausible new Expedia reviews so a demo keeps receiving fresh ones.

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

// Overall ratings on Expedia's 1-10 scale, skewed towards good stays as real distributions are.
const OVERALL_WEIGHTS: [number, number][] = [[2, 0.05], [4, 0.08], [6, 0.12], [7, 0.15], [8, 0.25], [9, 0.2], [10, 0.15]];

function pickOverall(random: Random): number {
  let r = random();
  for (const [overall, weight] of OVERALL_WEIGHTS) {
    if (r < weight) return overall;
    r -= weight;
  }
  return 10;
}

export function generateExpediaReview(random: Random, propertyId: string): NewReviewInput {
  const p = pick(random, EXPEDIA_PHRASES);
  const [firstName, lastName] = pick(random, p.guests);
  const overall = pickOverall(random);
  const input: NewReviewInput = { propertyId, firstName, lastName, locale: p.locale, overall };
  if (random() < 0.1) return input; // ratings only

  if (overall >= 8) {
    input.title = pick(random, p.titlesGood);
    input.body = pickDistinct(random, p.good, overall === 10 ? 3 : 2).join(" ");
  } else if (overall >= 6) {
    input.title = pick(random, p.titlesMixed);
    input.body = [pick(random, p.good), pick(random, p.bad)].join(" ");
  } else {
    input.title = pick(random, p.titlesBad);
    input.body = pickDistinct(random, p.bad, 2).join(" ");
  }
  return input;
}
