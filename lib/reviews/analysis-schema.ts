import { z } from "zod";
import { ASPECTS, STAY_CONTEXTS, URGENCY_KINDS, type ReviewAnalysis } from "./analyse";

// The shape of Review.analysis as stored: the analysis itself plus a fingerprint of what was analysed.
// Parsed whenever it is read back, so a stored analysis from an older version (or a failed one) reads as
// "not analysed yet" rather than as a wrong shape.

const polaritySchema = z.enum(["positive", "negative"]);

export const reviewAnalysisSchema = z.object({
  language: z.string().nullable(),
  sentiment: z.enum(["positive", "mixed", "negative"]),
  aspects: z.array(z.object({ aspect: z.enum(ASPECTS), polarity: polaritySchema, sentence: z.string(), mentions: z.number().int().positive() })),
  staffNames: z.array(z.string()),
  staff: z.array(z.object({ name: z.string(), polarity: z.enum(["positive", "negative", "unknown"]), sentence: z.string() })),
  questions: z.array(z.object({ text: z.string(), topic: z.enum(ASPECTS).optional() })),
  asksQuestion: z.boolean(),
  stayContext: z.array(z.enum(STAY_CONTEXTS)),
  stayEvidence: z.array(z.object({ context: z.enum(STAY_CONTEXTS), sentence: z.string() })),
  urgency: z.object({
    level: z.enum(["ROUTINE", "PROMPT", "URGENT"]),
    reasons: z.array(z.object({ kind: z.enum([...URGENCY_KINDS, "unhappy-guest"]), sentence: z.string() })),
  }),
}) satisfies z.ZodType<ReviewAnalysis>;

export const storedAnalysisSchema = z.union([
  reviewAnalysisSchema.extend({ inputHash: z.string() }),
  /** The analyser threw on this review: kept with its reason instead of retried every minute. */
  z.object({ failed: z.string(), inputHash: z.string() }),
]);
export type StoredAnalysis = z.infer<typeof storedAnalysisSchema>;

/** The stored analysis of a review, or null when there is none yet (or it failed, or has an older shape). */
export function readStoredAnalysis(value: unknown): ReviewAnalysis | null {
  const parsed = storedAnalysisSchema.safeParse(value);
  if (!parsed.success || "failed" in parsed.data) return null;
  const { inputHash: _inputHash, ...analysis } = parsed.data;
  return analysis;
}
