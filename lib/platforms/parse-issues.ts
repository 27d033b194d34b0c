import type { z } from "zod";
import type { NormalizedReview } from "./types";

/** Why a platform's item could not be read, in a line short enough for the quarantine list. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "review"}: ${i.message}`)
    .join("; ");
}

/** One item as a connector reads it: a normalised review, or the reason it could not be read. */
export type ParsedReview = { ok: true; review: NormalizedReview } | { ok: false; reason: string };
