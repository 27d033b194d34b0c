import { z } from "zod";
import type { NormalizedReview, StarRating } from "../types";
import { describeIssues, type ParsedReview } from "../parse-issues";

// Google Business Profile v4 review -> NormalizedReview. Each item is checked on its own.

const timestamp = z.iso.datetime({ offset: true });

const STARS = {
  STAR_RATING_UNSPECIFIED: null,
  ONE: 1,
  TWO: 2,
  THREE: 3,
  FOUR: 4,
  FIVE: 5,
} as const satisfies Record<string, StarRating | null>;

export const googleReviewSchema = z
  .object({
    name: z.string().min(1),
    reviewId: z.string().min(1),
    reviewer: z
      .object({
        displayName: z.string().optional(),
        profilePhotoUrl: z.string().optional(),
        isAnonymous: z.boolean().optional(),
      })
      .optional(),
    starRating: z.enum(Object.keys(STARS) as [keyof typeof STARS, ...(keyof typeof STARS)[]]),
    comment: z.string().optional(),
    createTime: timestamp,
    updateTime: timestamp,
    reviewReply: z.object({ comment: z.string(), updateTime: timestamp.optional() }).optional(),
  })
  .refine((r) => r.name.endsWith(`/reviews/${r.reviewId}`), {
    message: "name does not end with /reviews/{reviewId}",
    path: ["name"],
  });

export type GoogleReview = z.infer<typeof googleReviewSchema>;

export const googleListPageSchema = z.object({
  reviews: z.array(z.unknown()).optional(),
  averageRating: z.number().optional(),
  totalReviewCount: z.number().optional(),
  nextPageToken: z.string().optional(),
});

const TRANSLATED = "(Translated by Google)";
const ORIGINAL = "(Original)";

/**
 * Google may add its machine translation to a comment, either as
 * "(Translated by Google) <translation>\n\n(Original)\n<original>" or as
 * "<original>\n\n(Translated by Google)\n<translation>". Keep only the guest's own words.
 */
export function originalComment(comment: string | undefined): string | null {
  if (comment === undefined) return null;
  const t = comment.indexOf(TRANSLATED);
  let text = comment;
  if (t !== -1) {
    const o = comment.indexOf(ORIGINAL, t === 0 ? TRANSLATED.length : 0);
    if (o > t) text = comment.slice(o + ORIGINAL.length); // translation first, original after
    else if (o !== -1) text = comment.slice(o + ORIGINAL.length, t); // "(Original) x (Translated by Google) y"
    else if (t > 0) text = comment.slice(0, t); // original first, translation after
    else text = comment.slice(TRANSLATED.length); // a translation with no original: better than nothing
  }
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

export function normalizeGoogleReview(raw: unknown): ParsedReview {
  const parsed = googleReviewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const r = parsed.data;
  const rating = STARS[r.starRating];
  const updatedAt = new Date(r.updateTime);
  const replyText = r.reviewReply ? originalComment(r.reviewReply.comment) : null;
  return {
    ok: true,
    review: {
      externalId: r.reviewId,
      authorName: r.reviewer?.displayName?.trim() || "A Google user",
      rating,
      platformRating: rating,
      platformScale: 5,
      title: null,
      text: originalComment(r.comment),
      language: null,
      publishedAt: new Date(r.createTime),
      updatedAt,
      existingReply:
        r.reviewReply && replyText !== null
          ? {
              text: replyText,
              updatedAt: r.reviewReply.updateTime ? new Date(r.reviewReply.updateTime) : updatedAt,
            }
          : null,
      raw,
    },
  };
}

/** Best-effort updateTime of an item that failed validation (to avoid re-reporting old junk). */
export function rawUpdateTime(raw: unknown): Date | null {
  if (typeof raw !== "object" || raw === null) return null;
  const value = (raw as { updateTime?: unknown }).updateTime;
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}
