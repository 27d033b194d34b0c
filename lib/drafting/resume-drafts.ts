import type { Db } from "../db";
import { ensureQueued, enqueueMany, type Queues } from "../jobs/queues";

export const draftJobId = (reviewId: string) => `draft-${reviewId}`;

/** Queues one draft job per review in one round trip; a review whose job is already queued gets no second. */
export function queueDrafts(queues: Queues, reviewIds: string[]) {
  return enqueueMany(queues, "draftReply", reviewIds.map((reviewId) => ({ payload: { reviewId }, jobId: draftJobId(reviewId) })));
}

/** Reviews looked at per query; each batch's checks go to Redis together. */
const RESUME_BATCH = 500;

/**
 * Re-queues drafting for reviews still waiting for a draft after `quietMs`: their draft job was never
 * queued (the poll stored them, then Redis failed) or ran out of attempts. Walks every such review
 * (up to `max`) in one call: after Redis lost its jobs there are thousands, and a round that took
 * only the first 500 would look at the same 500 again while they wait their turn to be drafted.
 */
export async function resumeStalledDrafts(db: Db, queues: Queues, quietMs = 60_000, max = 50_000): Promise<number> {
  const quietSince = new Date(Date.now() - quietMs);
  let resumed = 0;
  let after: string | undefined;
  for (let looked = 0; looked < max; ) {
    const waiting = await db.review.findMany({
      where: { replyState: "AWAITING_DRAFT", updatedAt: { lt: quietSince }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: RESUME_BATCH,
    });
    // One state lookup per review (most still have a job waiting its turn); only the others are re-queued.
    const states = await Promise.all(waiting.map((review) => queues.draftReply.getJobState(draftJobId(review.id))));
    const lost = waiting.filter((_, i) => ["unknown", "completed", "failed"].includes(states[i] ?? "unknown"));
    const queued = await Promise.all(lost.map((review) => ensureQueued(queues, "draftReply", { reviewId: review.id }, draftJobId(review.id))));
    resumed += queued.filter(Boolean).length;
    looked += waiting.length;
    after = waiting.at(-1)?.id;
    if (waiting.length < RESUME_BATCH) break;
  }
  return resumed;
}
