import type { Db } from "../db";
import { ensureQueued, type Queues } from "../jobs/queues";

export const draftJobId = (reviewId: string) => `draft-${reviewId}`;

/**
 * Re-queues drafting for reviews still waiting for a draft after `quietMs`: their draft job was never
 * queued (the poll stored them, then Redis failed) or ran out of attempts.
 */
export async function resumeStalledDrafts(db: Db, queues: Queues, quietMs = 60_000): Promise<number> {
  const waiting = await db.review.findMany({
    where: { replyState: "AWAITING_DRAFT", updatedAt: { lt: new Date(Date.now() - quietMs) } },
    select: { id: true },
    take: 500,
  });
  let resumed = 0;
  for (const review of waiting) {
    if (await ensureQueued(queues, "draftReply", { reviewId: review.id }, draftJobId(review.id))) resumed++;
  }
  return resumed;
}
