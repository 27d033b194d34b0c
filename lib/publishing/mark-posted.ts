import type { Db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { REPLY_RULES } from "../platforms/reply-rules";

/**
 * For platforms without a reply API (Tripadvisor, manual channels): staff posted the approved reply
 * by hand on the platform's site and say so here. Same record and audit trail as a published reply.
 */
export async function markReplyPosted(db: Db, input: { reviewId: string; actor: Actor & { kind: "USER" } }) {
  return db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id: input.reviewId }, include: { reply: true } });
    if (!review?.reply) throw new UserFacingError("Approve the reply before marking it as posted.", "conflict");
    if (REPLY_RULES[review.platform].via !== "manual") throw new UserFacingError("Lobby publishes replies on this platform itself.", "conflict");
    if (review.replyState !== "APPROVED") throw new UserFacingError("This reply is not waiting to be posted.", "conflict");
    const now = new Date();
    await tx.reply.update({ where: { id: review.reply.id }, data: { platformStatus: "PUBLISHED", publishedAt: now, lastError: null } });
    await tx.review.update({ where: { id: review.id }, data: { replyState: "PUBLISHED" } });
    await recordAudit(tx, { organizationId: review.organizationId, actor: input.actor, action: "reply.marked_posted", entityType: "review", entityId: review.id, data: { replyId: review.reply.id } });
  });
}

/** Platforms whose replies staff post by hand. */
export const MANUAL_PLATFORMS = (Object.keys(REPLY_RULES) as (keyof typeof REPLY_RULES)[]).filter((p) => REPLY_RULES[p].via === "manual");
