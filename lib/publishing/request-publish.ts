import type { Db } from "../db";
import { enqueue, ensureQueued, type Queues } from "../jobs/queues";
import { MANUAL_PLATFORMS } from "./mark-posted";
import { PUBLISH_LEASE_MS } from "./publish-reply";

export const publishJobId = (reply: { id: string; approvedAt: Date }) => `publish-${reply.id}-${reply.approvedAt.getTime()}`;

/**
 * Queues the publish of an approved reply. The job id carries the approval time, so one approval is
 * published by one job, and a re-approval after a failure gets a fresh job.
 */
export async function requestPublish(db: Db, queues: Queues, replyId: string) {
  const reply = await db.reply.findUniqueOrThrow({ where: { id: replyId }, select: { id: true, approvedAt: true } });
  await enqueue(queues, "publishReply", { replyId }, publishJobId(reply));
}

/**
 * Puts back on the queue the approved replies that no job is carrying any more: the approval
 * committed but queueing failed (Redis was down), or the job died with its worker and ran out of
 * attempts without recording an outcome. Replies that moved within `quietMs` are left alone: a
 * publish still running renews its lease with every platform call (see publish-reply.ts).
 */
export async function resumeStalledPublishes(db: Db, queues: Queues, quietMs = PUBLISH_LEASE_MS): Promise<number> {
  const stalled = await db.reply.findMany({
    where: {
      platformStatus: "NOT_SENT",
      review: { replyState: { in: ["APPROVED", "PUBLISHING"] }, platform: { notIn: MANUAL_PLATFORMS } },
      updatedAt: { lt: new Date(Date.now() - quietMs) },
    },
    select: { id: true, approvedAt: true, reviewId: true },
    take: 500,
  });
  let resumed = 0;
  for (const reply of stalled) {
    if (!(await ensureQueued(queues, "publishReply", { replyId: reply.id }, publishJobId(reply)))) continue;
    // A claim silent this long belongs to an attempt that died with its job: hand it back, so the
    // queued job can take it (and fence out the dead attempt, should it wake up).
    await db.$transaction([
      db.reply.update({ where: { id: reply.id }, data: { updatedAt: new Date() } }),
      db.review.updateMany({ where: { id: reply.reviewId, replyState: "PUBLISHING" }, data: { replyState: "APPROVED" } }),
    ]);
    resumed++;
  }
  return resumed;
}
