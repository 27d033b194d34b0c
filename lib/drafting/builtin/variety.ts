import type { DraftResult } from "../types";

// How rote a set of drafts reads: the share of body sentences (greeting and signature aside, which
// repeat by design) that also appear word for word in another draft of the set. Compare sets of equal
// size; the larger the set, the likelier any sentence recurs.

function bodySentences(draft: DraftResult): Set<string> {
  return new Set(
    draft.parts
      .filter((p) => p.answers !== "greeting" && p.answers !== "sign-off")
      .flatMap((p) => p.text.split(/(?<=[.!?])\s+/))
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

export function sharedSentenceShare(drafts: DraftResult[]): number {
  const perDraft = drafts.map(bodySentences);
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
