import { z } from "zod";
import type { Db } from "../db";
import type { DraftPart, DraftTone, GuardrailFlag } from "./types";

// Draft columns written as JSON (parts, flags), parsed whenever they are read back: a row from an older
// version, or an LLM's odd parts, reads as "nothing to show" rather than breaking the review page.

export const draftPartSchema = z.object({
  text: z.string(),
  answers: z.string(),
  sentence: z.string().optional(),
  guideline: z.string().optional(),
}) satisfies z.ZodType<DraftPart>;

export const draftPartsSchema = z.array(draftPartSchema).max(60);

export const guardrailFlagSchema = z.object({
  code: z.string(),
  message: z.string(),
  excerpt: z.string().optional(),
  blocking: z.boolean(),
}) satisfies z.ZodType<GuardrailFlag>;

export const DRAFT_TONES = ["warmer", "more-formal", "shorter"] as const satisfies readonly DraftTone[];
export const draftToneSchema = z.enum(DRAFT_TONES);

export function readDraftParts(stored: unknown): DraftPart[] {
  const parsed = draftPartsSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

export function readDraftFlags(stored: unknown): GuardrailFlag[] {
  const parsed = z.array(guardrailFlagSchema).safeParse(stored);
  return parsed.success ? parsed.data : [];
}

export function readDraftTone(stored: string | null): DraftTone | null {
  const parsed = draftToneSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The newest draft Lobby (not staff) wrote for a review: what the "why" panel explains. */
export async function latestMachineDraft(db: Db, organizationId: string, reviewId: string) {
  const draft = await db.draft.findFirst({
    where: { organizationId, reviewId, origin: { not: "HUMAN" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, text: true, parts: true, tone: true },
  });
  return draft ? { id: draft.id, text: draft.text, parts: readDraftParts(draft.parts), tone: readDraftTone(draft.tone) } : null;
}
