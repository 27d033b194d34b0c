import type { Db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { OPEN_STATES } from "../reviews/reply-states";
import type { Prisma } from "../generated/prisma/client";
import { assessmentColumns, assessReply, type ReplyAssessment } from "../drafting/assess-reply";
import { loadReplyCheck } from "./reply-checks";
import { parseReplyText } from "./reply-text";


/** What a person edits: the text, and the draft it started from (null when there was none). */
export type ReplyEdit = { reviewId: string; text: string; baseDraftId: string | null; actor: Actor & { kind: "USER" } };

/**
 * Locks a review whose reply is still editable, and checks the editor started from the latest draft,
 * so nobody silently overwrites a colleague's newer version.
 */
export async function lockEditableReview(tx: Prisma.TransactionClient, reviewId: string, baseDraftId: string | null) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Review" WHERE id = ${reviewId} FOR UPDATE`;
  if (!row) throw new UserFacingError("This review no longer exists.", "not_found");
  const review = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    include: { drafts: { orderBy: { createdAt: "desc" }, take: 1 } },
  });
  if (!OPEN_STATES.includes(review.replyState)) {
    throw new UserFacingError("This reply has already been approved and can no longer be edited.", "conflict");
  }
  if ((review.drafts[0]?.id ?? null) !== baseDraftId) {
    throw new UserFacingError("Someone changed this draft while you were editing. Copy your text, reload the page and merge the two.", "conflict");
  }
  return review;
}

/** Keeps a human edit as a new draft, with its flags and voice score, unless the text is the same as the latest draft. */
export async function keepHumanEdit(
  tx: Prisma.TransactionClient,
  review: Awaited<ReturnType<typeof lockEditableReview>>,
  text: string,
  actor: Actor & { kind: "USER" },
  assessment: ReplyAssessment,
) {
  if (review.drafts[0]?.text === text) return review.drafts[0];
  const draft = await tx.draft.create({
    data: {
      organizationId: review.organizationId,
      reviewId: review.id,
      text,
      origin: "HUMAN",
      provider: "human",
      promptVersion: "-",
      createdById: actor.userId,
      ...assessmentColumns(assessment),
    },
  });
  await recordAudit(tx, {
    organizationId: review.organizationId,
    actor,
    action: "draft.edited",
    entityType: "review",
    entityId: review.id,
    data: { draftId: draft.id },
  });
  return draft;
}

export async function saveDraft(db: Db, input: ReplyEdit) {
  const check = await loadReplyCheck(db, input.reviewId);
  return db.$transaction(async (tx) => {
    const review = await lockEditableReview(tx, input.reviewId, input.baseDraftId);
    const text = parseReplyText(review.platform, input.text);
    // Saving a flagged text is fine (staff may come back to it); approving it is not.
    const draft = await keepHumanEdit(tx, review, text, input.actor, assessReply(text, check));
    if (review.replyState === "AWAITING_DRAFT") {
      await tx.review.update({ where: { id: review.id }, data: { replyState: "DRAFTED" } });
    }
    return draft;
  });
}
