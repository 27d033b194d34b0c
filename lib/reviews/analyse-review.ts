import { createHash } from "node:crypto";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { logger } from "../logger";
import { analyseReview, ANALYSIS_VERSION, type ReviewAnalysis } from "./analyse";
import { readStoredAnalysis, storedAnalysisSchema, type StoredAnalysis } from "./analysis-schema";

/** How many reviews one housekeeping round analyses, so a large backlog never holds the workers up. */
export const ANALYSIS_BATCH = 500;

type AnalysedFields = { rating: number | null; title: string | null; text: string | null; language: string | null; propertyName: string };

/** A fingerprint of everything the analysis reads: a changed review text gives another one. */
function fingerprint(review: AnalysedFields): string {
  const input = JSON.stringify([review.rating, review.title, review.text, review.language, review.propertyName]);
  return createHash("sha256").update(input).digest("hex").slice(0, 32);
}

/**
 * Analyses one review and stores the result with it (Review.sentiment, urgency, analysis,
 * analysisVersion). Idempotent: a review already analysed by this version from the same text is left
 * alone. Returns the analysis, or null when the review is gone or the analyser failed on it (the failure
 * is stored with its reason and logged, so it is not retried until the text or the version changes).
 */
export async function analyseAndStore(db: Db, reviewId: string): Promise<ReviewAnalysis | null> {
  const row = await db.review.findUnique({
    where: { id: reviewId },
    select: { rating: true, title: true, text: true, language: true, analysis: true, analysisVersion: true, property: { select: { name: true } } },
  });
  if (!row) return null;
  const fields: AnalysedFields = { rating: row.rating, title: row.title, text: row.text, language: row.language, propertyName: row.property.name };
  const inputHash = fingerprint(fields);
  if (row.analysisVersion === ANALYSIS_VERSION) {
    const stored = storedAnalysisSchema.safeParse(row.analysis);
    if (stored.success && stored.data.inputHash === inputHash) return readStoredAnalysis(row.analysis);
  }

  let analysis: ReviewAnalysis | null = null;
  let data: Prisma.ReviewUpdateManyMutationInput;
  try {
    analysis = analyseReview(fields);
    const stored: StoredAnalysis = { ...analysis, inputHash };
    data = { sentiment: analysis.sentiment, urgency: analysis.urgency.level, analysis: stored, analysisVersion: ANALYSIS_VERSION };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.error({ reviewId, err: reason }, "review analysis failed; stored as failed");
    const stored: StoredAnalysis = { failed: reason.slice(0, 500), inputHash };
    data = { analysis: stored, analysisVersion: ANALYSIS_VERSION };
  }
  // Written only if the review still reads as analysed; an edit in between is picked up next round.
  await db.review.updateMany({
    where: { id: reviewId, rating: row.rating, title: row.title, text: row.text, language: row.language },
    data,
  });
  return analysis;
}

/**
 * Analyses up to `limit` reviews that have no analysis from this version (new, edited on the platform,
 * or analysed by an older version), newest first. Returns how many it analysed.
 */
export async function analyseUnanalysedReviews(db: Db, limit = ANALYSIS_BATCH): Promise<number> {
  const stale = await db.review.findMany({
    where: { OR: [{ analysisVersion: null }, { analysisVersion: { not: ANALYSIS_VERSION } }] },
    orderBy: { publishedAt: "desc" },
    select: { id: true },
    take: limit,
  });
  for (const { id } of stale) await analyseAndStore(db, id);
  return stale.length;
}

/** Works through the whole backlog in batches (seed, scripts); returns how many reviews it analysed. */
export async function analyseBacklog(db: Db, maxBatches = 1_000): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const done = await analyseUnanalysedReviews(db);
    total += done;
    if (done < ANALYSIS_BATCH) break;
  }
  return total;
}
