import { foldSameLength } from "../guardrails/shared";
import type { DraftResult } from "../types";
import { replyBody } from "./reply-text";

// How alike a property's replies read. Three views, all on reply bodies (greeting and signature aside):
// mean pairwise similarity (Jaccard of word trigrams), the share of replies that open with the same
// five words as another, and the share that repeat a six-word run from another reply. Research on
// hotel replies links rote, formulaic replies to lower later ratings.

const words = (text: string) =>
  foldSameLength(replyBody(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function grams(tokens: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(" "));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

export type Variety = {
  /** Mean Jaccard similarity of word-trigram sets over all pairs (0: nothing shared, 1: identical). */
  meanSimilarity: number;
  /** Share of pairs more than half alike. */
  nearDuplicatePairs: number;
  /** Share of replies whose first five words no other reply opens with. */
  distinctOpenings: number;
  /** Share of replies that repeat some six-word run of another reply. */
  sharingSixGram: number;
  /** Mean share of a reply's six-word runs that also occur in another reply: how much of it is stock text. */
  repeatedSixGrams: number;
};

export function variety(replies: string[]): Variety {
  const tokenized = replies.map(words);
  const trigrams = tokenized.map((t) => grams(t, 3));
  let total = 0;
  let pairs = 0;
  let near = 0;
  for (let i = 0; i < trigrams.length; i++) {
    for (let j = i + 1; j < trigrams.length; j++) {
      const s = jaccard(trigrams[i]!, trigrams[j]!);
      total += s;
      pairs++;
      if (s > 0.5) near++;
    }
  }
  const openings = tokenized.map((t) => t.slice(0, 5).join(" "));
  const openingCounts = new Map<string, number>();
  for (const o of openings) openingCounts.set(o, (openingCounts.get(o) ?? 0) + 1);
  const sixes = tokenized.map((t) => grams(t, 6));
  const owners = new Map<string, number>();
  for (const set of sixes) for (const g of set) owners.set(g, (owners.get(g) ?? 0) + 1);
  const sharing = sixes.filter((set) => [...set].some((g) => (owners.get(g) ?? 0) > 1)).length;
  const repeated = sixes.filter((set) => set.size > 0).map((set) => [...set].filter((g) => (owners.get(g) ?? 0) > 1).length / set.size);
  const n = replies.length || 1;
  return {
    meanSimilarity: pairs ? total / pairs : 0,
    nearDuplicatePairs: pairs ? near / pairs : 0,
    distinctOpenings: openings.filter((o) => openingCounts.get(o) === 1).length / n,
    sharingSixGram: sharing / n,
    repeatedSixGrams: repeated.length ? repeated.reduce((a, b) => a + b, 0) / repeated.length : 0,
  };
}

// Sentence-level view of one set of builtin drafts (their parts say which sentences are the greeting and
// signature): the share of body sentences that also appear word for word in another draft of the set.
// Compare sets of equal size; the larger the set, the likelier any sentence recurs.

function draftSentences(draft: DraftResult): Set<string> {
  return new Set(
    draft.parts
      .filter((p) => p.answers !== "greeting" && p.answers !== "sign-off")
      .flatMap((p) => p.text.split(/(?<=[.!?])\s+/))
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

export function sharedSentenceShare(drafts: DraftResult[]): number {
  const perDraft = drafts.map(draftSentences);
  const seen = new Map<string, number>();
  for (const set of perDraft) for (const s of set) seen.set(s, (seen.get(s) ?? 0) + 1);
  const total = perDraft.reduce((n, s) => n + s.size, 0);
  const shared = perDraft.reduce((n, set) => n + [...set].filter((s) => (seen.get(s) ?? 0) > 1).length, 0);
  return total === 0 ? 0 : shared / total;
}

/** The mean share over consecutive windows of `size` drafts, for sets larger than one window. */
export function windowedSharedSentenceShare(drafts: DraftResult[], size = 20): number {
  const windows: number[] = [];
  for (let i = 0; i + size <= drafts.length; i += size) windows.push(sharedSentenceShare(drafts.slice(i, i + size)));
  return windows.length === 0 ? sharedSentenceShare(drafts) : windows.reduce((a, b) => a + b, 0) / windows.length;
}
