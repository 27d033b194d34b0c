import type { Db } from "../db";
import { UserFacingError } from "../errors";
import { assessReply, blockingReasons, type ReplyAssessment } from "../drafting/assess-reply";
import { buildDraftInput, type DraftContext } from "../drafting/build-draft-input";

// Staff edits pass the same guardrails and voice score as machine drafts. The check always runs here, on
// the server, on the exact text being saved or approved: what the editor showed is a convenience only.

/** The review's context for checking a reply: voice in force, property profile, language. */
export async function loadReplyCheck(db: Db, reviewId: string): Promise<DraftContext> {
  const review = await db.review.findUnique({ where: { id: reviewId }, include: { property: true } });
  if (!review) throw new UserFacingError("This review no longer exists.", "not_found");
  return buildDraftInput(db, review, { seed: review.id, learn: false });
}

/** Flags and voice score of `text` as a reply to the review: what the editor shows while staff type. */
export async function checkReplyText(db: Db, reviewId: string, text: string): Promise<ReplyAssessment> {
  return assessReply(text, await loadReplyCheck(db, reviewId));
}

/** Refuses approval while the text has a blocking flag, naming each reason. */
export function assertApprovable(assessment: ReplyAssessment): void {
  const reasons = blockingReasons(assessment.flags);
  if (reasons.length === 0) return;
  throw new UserFacingError(`This reply cannot be approved yet. ${reasons.join(" ")}`, "invalid");
}
