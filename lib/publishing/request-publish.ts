import type { Db } from "../db";
import { enqueue, type Queues } from "../jobs/queues";

/**
 * Queues the publish of an approved reply. The job id carries the approval time, so one approval is
 * published by one job, and a re-approval after a failure gets a fresh job.
 */
export async function requestPublish(db: Db, queues: Queues, replyId: string) {
  const reply = await db.reply.findUniqueOrThrow({ where: { id: replyId }, select: { approvedAt: true } });
  await enqueue(queues, "publishReply", { replyId }, `publish-${replyId}-${reply.approvedAt.getTime()}`);
}
