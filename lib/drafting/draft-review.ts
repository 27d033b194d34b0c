import type { Db } from "../db";
import { recordAudit, SYSTEM } from "../audit";
import { builtinDrafter } from "./builtin";

/**
 * Writes the first draft for a review that is waiting for one. Running it twice for the same review
 * leaves one draft: the state check and the insert happen in one transaction under a row lock.
 */
export async function draftReview(db: Db, reviewId: string): Promise<{ draftId: string } | null> {
  const review = await db.review.findUnique({ where: { id: reviewId }, include: { property: true } });
  if (!review || review.replyState !== "AWAITING_DRAFT") return null;

  const result = await builtinDrafter.draft({
    review: {
      rating: review.rating,
      title: review.title,
      text: review.text,
      language: review.language,
      authorName: review.authorName,
      platform: review.platform,
    },
    property: {
      name: review.property.name,
      city: review.property.city,
      signatoryName: review.property.signatoryName,
      signatoryTitle: review.property.signatoryTitle,
    },
    seed: review.id,
  });

  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ replyState: string }[]>`
      SELECT "replyState"::text FROM "Review" WHERE id = ${reviewId} FOR UPDATE`;
    if (locked?.replyState !== "AWAITING_DRAFT") return null;
    const draft = await tx.draft.create({
      data: {
        organizationId: review.organizationId,
        reviewId,
        text: result.text,
        origin: "BUILTIN",
        provider: result.provider,
        promptVersion: result.promptVersion,
      },
    });
    await tx.review.update({ where: { id: reviewId }, data: { replyState: "DRAFTED" } });
    await recordAudit(tx, {
      organizationId: review.organizationId,
      actor: SYSTEM,
      action: "draft.created",
      entityType: "review",
      entityId: reviewId,
      data: { draftId: draft.id, provider: result.provider, promptVersion: result.promptVersion },
    });
    return { draftId: draft.id };
  });
}
