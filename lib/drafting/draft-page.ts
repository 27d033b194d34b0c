import type { Db } from "../db";
import { draftReview } from "./draft-review";

/** Reviews of a page drafted at once: an LLM provider waits seconds per draft, the builtin drafter none. */
const AT_ONCE = 4;

export type PageDrafts = { drafted: number; skipped: number; handedOn: number };

/**
 * Drafts a page's new reviews, a few at a time. A review that is no longer waiting is skipped (drafting
 * is idempotent, so a retried page costs nothing twice); one whose drafting throws goes to `onFailure`
 * (the worker queues it on its own) and the rest of the page goes on. If `onFailure` itself throws, so
 * does the page, and its job is retried: no further review is started, and the page throws only once
 * the drafts already under way have ended, so its retry never drafts beside them.
 */
export async function draftPage(
  db: Db,
  reviewIds: string[],
  { onFailure, draft = draftReview }: { onFailure: (reviewId: string, error: unknown) => Promise<void>; draft?: typeof draftReview },
): Promise<PageDrafts> {
  const result: PageDrafts = { drafted: 0, skipped: 0, handedOn: 0 };
  let next = 0;
  // Set when a failing review could not be handed on: the page stops and throws that error.
  const halt: { error?: unknown; halted: boolean } = { halted: false };
  const lane = async () => {
    while (!halt.halted && next < reviewIds.length) {
      const reviewId = reviewIds[next++]!;
      let outcome: "drafted" | "skipped" | "failed";
      let failure: unknown;
      try {
        outcome = (await draft(db, reviewId)) ? "drafted" : "skipped";
      } catch (error) {
        outcome = "failed";
        failure = error;
      }
      if (outcome === "failed") {
        try {
          await onFailure(reviewId, failure);
        } catch (error) {
          if (!halt.halted) Object.assign(halt, { halted: true, error });
          return;
        }
        result.handedOn++;
      } else result[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, reviewIds.length) }, lane));
  if (halt.halted) throw halt.error;
  return result;
}
