import { z } from "zod";
import type { ExistingReply, NormalizedReview, StarRating } from "../types";
import { describeIssues, type ParsedReview } from "../parse-issues";

// Expedia Lodging Supply review -> NormalizedReview. Each item is checked on its own.

/**
 * Expedia shows guest ratings out of 10 today; Rating.value is a String in the API (unconfirmed whether
 * it carries 1-10 or the older 1-5 stars: change this one constant if it turns out to be 5).
 */
export const EXPEDIA_RATING_SCALE = 10;

const timestamp = z.iso.datetime({ offset: true });
const localized = z.object({ locale: z.string(), value: z.string() });

export const expediaResponseSchema = z.object({
  body: localized,
  status: z.string(),
  createdDateTime: timestamp,
  lastUpdatedDateTime: timestamp.nullish(),
});

export const expediaReviewSchema = z.object({
  id: z.string().min(1),
  source: z.string().nullish(),
  createdDateTime: timestamp,
  lastUpdatedDateTime: timestamp.nullish(),
  title: localized.nullish(),
  body: localized,
  isEligibleForResponse: z.boolean().nullish(),
  response: expediaResponseSchema.nullish(),
  starRatings: z.array(z.object({ category: z.string(), value: z.string() }).nullable()),
  reservation: z
    .object({
      reservationIds: z.array(z.object({ id: z.string().nullish(), idSource: z.string() })).nullish(),
      primaryGuest: z.object({ firstName: z.string(), lastName: z.string() }).nullish(),
    })
    .nullish(),
  brandNameV2: z.string().nullish(),
});

export type ExpediaReview = z.infer<typeof expediaReviewSchema>;
export type ExpediaResponse = z.infer<typeof expediaResponseSchema>;

/** Expedia types the status as a free String; anything not yet decided counts as pending. */
export function replyStatus(status: string): ExistingReply["status"] {
  const s = status.toUpperCase();
  if (s === "APPROVED" || s === "PUBLISHED") return "PUBLISHED";
  if (s === "REJECTED") return "REJECTED";
  return "PENDING";
}

/** 1-10 -> 1-5 stars: 9-10 five, 7-8 four, 5-6 three, 3-4 two, 1-2 one. */
export function starsFromScore(score: number): StarRating {
  const stars = Math.round((score / EXPEDIA_RATING_SCALE) * 5);
  return Math.min(5, Math.max(1, stars)) as StarRating;
}

/** Expedia shows a guest by first name; Lobby keeps the last name's initial to tell guests apart. */
function authorName(review: ExpediaReview): string {
  const guest = review.reservation?.primaryGuest;
  const first = guest?.firstName.trim() ?? "";
  const last = guest?.lastName.trim() ?? "";
  if (!first) return "Expedia guest";
  return last ? `${first} ${[...last][0]}.` : first;
}

const language = (locale: string) => locale.trim().replace(/_/g, "-") || null;

export function normalizeExpediaReview(raw: unknown): ParsedReview {
  const parsed = expediaReviewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const r = parsed.data;

  const overall = r.starRatings.find((s) => s?.category.toLowerCase() === "overall");
  const score = overall ? Number(overall.value) : null;
  if (score !== null && !(Number.isFinite(score) && score >= 1 && score <= EXPEDIA_RATING_SCALE)) {
    return { ok: false, reason: `starRatings: overall "${overall?.value}" is not a score from 1 to ${EXPEDIA_RATING_SCALE}` };
  }

  const updatedAt = new Date(r.lastUpdatedDateTime ?? r.createdDateTime);
  // A rejected response is not on the platform: the review still needs one.
  const response = r.response && replyStatus(r.response.status) !== "REJECTED" && r.response.body.value.trim() ? r.response : null;
  return {
    ok: true,
    review: {
      externalId: r.id,
      authorName: authorName(r),
      rating: score === null ? null : starsFromScore(score),
      platformRating: score,
      platformScale: EXPEDIA_RATING_SCALE,
      title: r.title?.value.trim() || null,
      text: r.body.value.trim() || null,
      language: language(r.body.locale),
      publishedAt: new Date(r.createdDateTime),
      updatedAt,
      existingReply: response
        ? { text: response.body.value.trim(), updatedAt: new Date(response.lastUpdatedDateTime ?? response.createdDateTime) }
        : null,
      raw,
    },
  };
}

/** Best-effort id and update time of an item that failed validation. */
export function rawIdentity(raw: unknown): { id: string | null; updatedAt: Date | null } {
  if (typeof raw !== "object" || raw === null) return { id: null, updatedAt: null };
  const { id, lastUpdatedDateTime, createdDateTime } = raw as Record<string, unknown>;
  const at = [lastUpdatedDateTime, createdDateTime].find((v): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v)));
  return { id: typeof id === "string" ? id : null, updatedAt: at ? new Date(at) : null };
}
