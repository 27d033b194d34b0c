import type { Db } from "../db";
import { recordAudit } from "../audit";
import { UserFacingError } from "../errors";
import { PLATFORM_NAMES } from "../platforms/names";
import { REPLY_RULES } from "../platforms/reply-rules";
import { assessReply } from "../drafting/assess-reply";
import { assertApprovable, loadReplyCheck } from "./reply-checks";
import { parseReplyText } from "./reply-text";
import { keepHumanEdit, lockEditableReview, type ReplyEdit } from "./save-draft";

/**
 * Approves the reply text for a review: the text becomes the reply to publish, and the review moves
 * to APPROVED. Refused while the exact text approved has a blocking guardrail flag. The caller queues
 * the publish once this transaction has committed.
 */
export async function approveReply(db: Db, input: ReplyEdit) {
  const check = await loadReplyCheck(db, input.reviewId);
  return db.$transaction(async (tx) => {
    const review = await lockEditableReview(tx, input.reviewId, input.baseDraftId);
    if (REPLY_RULES[review.platform].needsReviewText && !review.text) {
      throw new UserFacingError(`${PLATFORM_NAMES[review.platform]} does not accept replies to reviews without text.`, "conflict");
    }
    const text = parseReplyText(review.platform, input.text);
    const assessment = assessReply(text, check);
    assertApprovable(assessment);
    const draft = await keepHumanEdit(tx, review, text, input.actor, assessment);
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
    return { reply, draftId: draft.id, platform: review.platform };
  });
}
