import type { Db } from "../db";
import { draftReview } from "./draft-review";

/** Reviews of a page drafted at once: an LLM provider waits seconds per draft, the builtin drafter none. */
const AT_ONCE = 4;

export type PageDrafts = { drafted: number; skipped: number; handedOn: number };

/**
 * Drafts a page's new reviews, a few at a time. A review that is no longer waiting is skipped (drafting
 * is idempotent, so a retried page costs nothing twice); one whose drafting throws goes to `onFailure`
 * (the worker queues it on its own) and the rest of the page goes on. If `onFailure` itself throws, so
 * does the page, and its job is retried.
 */
export async function draftPage(
  db: Db,
  reviewIds: string[],
  { onFailure, draft = draftReview }: { onFailure: (reviewId: string, error: unknown) => Promise<void>; draft?: typeof draftReview },
): Promise<PageDrafts> {
  const result: PageDrafts = { drafted: 0, skipped: 0, handedOn: 0 };
  let next = 0;
  const lane = async () => {
    while (next < reviewIds.length) {
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
        await onFailure(reviewId, failure);
        result.handedOn++;
      } else result[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, reviewIds.length) }, lane));
  return result;
}
