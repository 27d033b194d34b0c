import type { Db } from "../db";
import type { Property, Review } from "../generated/prisma/client";
import { readStoredAnalysis } from "../reviews/analysis-schema";
import { bestApprovedReplies, recentReplies } from "../voice/approved-replies";
import { readPropertyProfile } from "../voice/property-profile";
import { latestVoice } from "../voice/voice-in-force";
import type { DraftInput, DraftTone } from "./types";

export type ReviewForDraft = Review & { property: Property };

/** What a draft of a review is written and checked against. */
export type DraftContext = {
  input: DraftInput;
  /** The voice guidelines version in `input.voice`; null while the brand still uses the defaults. */
  voiceVersionId: string | null;
  /** The review's language as analysed, else as the platform gave it. */
  reviewLanguage: string | null;
};

/**
 * Everything a provider needs to draft `review`: the voice in force, what the property's profile lets a
 * reply state, and (with `learn`) the property's best approved replies as examples and its recent
 * replies to read differently from. Checking a human edit needs no examples: `learn: false` skips them.
 */
export async function buildDraftInput(
  db: Db,
  review: ReviewForDraft,
  options: { seed: string; tone?: DraftTone; learn: boolean },
): Promise<DraftContext> {
  const { property } = review;
  const scope = property.brandId ? { kind: "brand" as const, brandId: property.brandId } : { kind: "property" as const, propertyId: property.id };
  const [voice, examples, recent] = await Promise.all([
    latestVoice(db, scope),
    options.learn
      ? bestApprovedReplies(db, { organizationId: review.organizationId, propertyId: property.id, brandId: property.brandId, rating: review.rating, excludeReviewId: review.id })
      : undefined,
    options.learn ? recentReplies(db, { organizationId: review.organizationId, propertyId: property.id, excludeReviewId: review.id }) : undefined,
  ]);
  const input: DraftInput = {
    review: {
      rating: review.rating,
      title: review.title,
      text: review.text,
      language: review.language,
      authorName: review.authorName,
      platform: review.platform,
    },
    property: {
      name: property.name,
      city: property.city,
      signatoryName: property.signatoryName,
      signatoryTitle: property.signatoryTitle,
      profile: readPropertyProfile(property.profile),
    },
    voice: voice.rules,
    ...(examples ? { examples } : {}),
    ...(recent ? { recentReplies: recent } : {}),
    ...(options.tone ? { tone: options.tone } : {}),
    seed: options.seed,
  };
  const analysed = readStoredAnalysis(review.analysis)?.language ?? null;
  return { input, voiceVersionId: voice.versionId, reviewLanguage: analysed ?? review.language?.toLowerCase().split(/[-_]/)[0] ?? null };
}
