import type { Logger } from "pino";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assessmentColumns, assessReply, type ReplyAssessment } from "./assess-reply";
import { buildDraftInput, type ReviewForDraft } from "./build-draft-input";
import { draftWithProviders, type DraftOutcome, type ProviderChoice } from "./providers";
import { draftPartsSchema } from "./stored-draft";
import type { DraftTone } from "./types";

/** A draft written by a provider and checked, ready to store. */
export type MachineDraft = { outcome: DraftOutcome; assessment: ReplyAssessment; data: Prisma.DraftUncheckedCreateInput };

/**
 * Writes a draft for `review` the one way Lobby drafts (the first draft job and staff's "another version"
 * alike): voice, profile, approved examples and recent replies in; the configured provider (falling back
 * to builtin); then the guardrails and the voice score on the result, stored with the draft.
 */
export async function writeMachineDraft(
  db: Db,
  review: ReviewForDraft,
  options: { seed: string; tone?: DraftTone; provider?: ProviderChoice; log?: Logger },
): Promise<MachineDraft> {
  const context = await buildDraftInput(db, review, { seed: options.seed, tone: options.tone, learn: true });
  const outcome = await draftWithProviders(context.input, { organizationId: review.organizationId, db, provider: options.provider, log: options.log });
  const assessment = assessReply(outcome.text, context, outcome.language);
  // Parts come from a provider (an LLM among them): only well-formed ones are kept for the "why" panel.
  const parts = draftPartsSchema.safeParse(outcome.parts);
  return {
    outcome,
    assessment,
    data: {
      organizationId: review.organizationId,
      reviewId: review.id,
      text: outcome.text,
      origin: outcome.provider === "builtin" ? "BUILTIN" : "LLM",
      provider: outcome.provider,
      promptVersion: outcome.promptVersion,
      model: outcome.model ?? null,
      fallbackReason: outcome.fallbackReason ?? null,
      parts: parts.success ? parts.data : [],
      tone: options.tone ?? null,
      ...assessmentColumns(assessment),
    },
  };
}

/** Stores a machine draft and links the LLM calls made for it; call inside the transaction that decides to keep it. */
export async function storeMachineDraft(tx: Prisma.TransactionClient, draft: MachineDraft) {
  const created = await tx.draft.create({ data: draft.data });
  if (draft.outcome.llmCallIds.length) {
    await tx.llmCall.updateMany({ where: { id: { in: draft.outcome.llmCallIds }, organizationId: draft.data.organizationId }, data: { draftId: created.id } });
  }
  return created;
}
