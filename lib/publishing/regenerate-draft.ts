import type { Db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { storeMachineDraft, writeMachineDraft } from "../drafting/machine-draft";
import type { ProviderChoice } from "../drafting/providers";
import type { DraftTone } from "../drafting/types";
import { OPEN_STATES } from "../reviews/reply-states";
import { lockEditableReview } from "./save-draft";

/**
 * "Another version" and the tone control: a new machine draft for the review through the same path as
 * the draft job, with the next seed (so the wording changes) and the tone staff asked for. It becomes the
 * latest draft; a colleague's newer edit is never replaced behind their back (same check as saving).
 */
export async function regenerateDraft(
  db: Db,
  input: { reviewId: string; baseDraftId: string | null; tone: DraftTone | null; actor: Actor & { kind: "USER" }; provider?: ProviderChoice },
) {
  const review = await db.review.findUnique({ where: { id: input.reviewId }, include: { property: true } });
  if (!review) throw new UserFacingError("This review no longer exists.", "not_found");
  if (!OPEN_STATES.includes(review.replyState)) throw new UserFacingError("This reply has already been approved and can no longer be edited.", "conflict");

  // The first draft used the review id as its seed; each new version takes the next number.
  const earlier = await db.draft.count({ where: { reviewId: review.id, origin: { not: "HUMAN" } } });
  const seed = `${review.id}:${earlier}`;
  // Drafting (possibly a slow LLM call) happens before the transaction: no row lock is held meanwhile.
  const written = await writeMachineDraft(db, review, { seed, tone: input.tone ?? undefined, provider: input.provider });

  return db.$transaction(async (tx) => {
    const locked = await lockEditableReview(tx, review.id, input.baseDraftId);
    const draft = await storeMachineDraft(tx, written);
    if (locked.replyState === "AWAITING_DRAFT") await tx.review.update({ where: { id: review.id }, data: { replyState: "DRAFTED" } });
    await recordAudit(tx, {
      organizationId: review.organizationId,
      actor: input.actor,
      action: "draft.regenerated",
      entityType: "review",
      entityId: review.id,
      data: { draftId: draft.id, tone: input.tone, provider: written.outcome.provider, model: written.outcome.model ?? null, fallbackReason: written.outcome.fallbackReason ?? null },
    });
    return { draft, assessment: written.assessment };
  });
}
