import { mulberry32 } from "../lib/random";
import type { Random } from "./platform";

// Choosing from lists with the sandbox's seeded randomness, for the reviews keep-alive invents.
// Each draw takes a fixed number of random() calls, so a seed replays the same reviews.

/** Small deterministic PRNG so demos and tests can replay the same stream. */
export const seededRandom: (seed: number) => Random = mulberry32;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length) % items.length];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
}

/** Up to `n` different items (fewer when the list is shorter). */
export function pickDistinct<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length) % pool.length, 1)[0] as T);
  return out;
}

/** A value drawn by weight; the last value when rounding leaves the weights summing short of 1. */
export function pickWeighted<T>(random: Random, weights: readonly (readonly [T, number])[]): T {
  let r = random();
  for (const [value, weight] of weights) {
    if (r < weight) return value;
    r -= weight;
  }
  const last = weights.at(-1);
  if (last === undefined) throw new Error("pick from empty list");
  return last[0];
}
