import type { Db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { parseReplyText } from "./reply-text";
import { EDITABLE_STATES, keepHumanEdit, lockReview } from "./save-draft";

/**
 * Approves the reply text for a review: the text becomes the reply to publish, and the review moves
 * to APPROVED. The caller queues the publish once this transaction has committed.
 */
export async function approveReply(db: Db, input: { reviewId: string; text: string; actor: Actor & { kind: "USER" } }) {
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (!EDITABLE_STATES.includes(review.replyState)) {
      throw new UserFacingError("This reply has already been approved.", "conflict");
    }
    const text = parseReplyText(review.platform, input.text);
    await keepHumanEdit(tx, review, text, input.actor);
    const now = new Date();
    const approval = { text, approvedById: input.actor.userId, approvedAt: now, platformStatus: "NOT_SENT" as const, lastError: null };
    const reply = await tx.reply.upsert({
      where: { reviewId: review.id },
      create: { ...approval, organizationId: review.organizationId, reviewId: review.id },
      update: approval,
    });
    await tx.review.update({ where: { id: review.id }, data: { replyState: "APPROVED" } });
    await recordAudit(tx, {
      organizationId: review.organizationId,
      actor: input.actor,
      action: "reply.approved",
      entityType: "review",
      entityId: review.id,
      data: { replyId: reply.id },
    });
    return reply;
  });
}
