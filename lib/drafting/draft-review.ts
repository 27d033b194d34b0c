import type { Db } from "../db";
import { recordAudit, SYSTEM } from "../audit";
import { analyseAndStore } from "../reviews/analyse-review";
import { storeMachineDraft, writeMachineDraft } from "./machine-draft";
import type { ProviderChoice } from "./providers";

/**
 * Writes the first draft for a review that is waiting for one. Running it twice for the same review
 * leaves one draft: the state check and the insert happen in one transaction under a row lock.
 */
export async function draftReview(db: Db, reviewId: string, options: { provider?: ProviderChoice } = {}): Promise<{ draftId: string } | null> {
  await analyseAndStore(db, reviewId); // every new review is analysed (urgency, aspects) before it is drafted
  const review = await db.review.findUnique({ where: { id: reviewId }, include: { property: true } });
  if (!review || review.replyState !== "AWAITING_DRAFT") return null;

  // Voice, profile, examples and recent replies in; provider, model, fallback reason, parts, guardrail
  // flags and voice score out (lib/drafting/machine-draft.ts).
  const written = await writeMachineDraft(db, review, { seed: review.id, ...options });
  const result = written.outcome;

  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ replyState: string }[]>`
      SELECT "replyState"::text FROM "Review" WHERE id = ${reviewId} FOR UPDATE`;
    if (locked?.replyState !== "AWAITING_DRAFT") return null;
    const draft = await storeMachineDraft(tx, written);
    await tx.review.update({ where: { id: reviewId }, data: { replyState: "DRAFTED" } });
    await recordAudit(tx, {
      organizationId: review.organizationId,
      actor: SYSTEM,
      action: "draft.created",
      entityType: "review",
      entityId: reviewId,
      data: {
        draftId: draft.id,
        provider: result.provider,
        promptVersion: result.promptVersion,
        model: result.model ?? null,
        fallbackReason: result.fallbackReason ?? null,
        voiceScore: draft.voiceScore,
        blockingFlags: written.assessment.flags.filter((f) => f.blocking).length,
      },
    });
    return { draftId: draft.id };
  });
}
