import { z } from "zod";
import type { ExistingReply, NormalizedReview, StarRating } from "../types";
import { describeIssues } from "../parse-issues";

// Booking.com Guest Review API review -> NormalizedReview. Each item is checked on its own.

/** "YYYY-MM-DD HH:MM:SS" as Booking documents it (UTC assumed, unconfirmed); ISO 8601 is accepted too. */
const BOOKING_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseBookingTime(value: string): Date | null {
  if (!BOOKING_TIME.test(value)) return null;
  const iso = value.replace(" ", "T");
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const timestamp = z.string().transform((value, ctx) => {
  const date = parseBookingTime(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `not a Booking timestamp: "${value.slice(0, 40)}"` });
    return z.NEVER;
  }
  return date;
});

const optionalText = z.string().nullish();

const replySchema = z.object({ text: z.string(), status: z.string().nullish(), created_timestamp: timestamp.nullish() });

export const bookingReviewSchema = z.object({
  review_id: z.string().min(1),
  created_timestamp: timestamp,
  last_change_timestamp: timestamp,
  // A score-only review may come without content (unconfirmed: or with all parts null).
  content: z
    .object({ headline: optionalText, positive: optionalText, negative: optionalText, language_code: optionalText })
    .nullish(),
  scoring: z.object({ review_score: z.number().min(0).max(10).nullish() }).nullish(),
  reviewer: z.object({ name: optionalText, country_code: optionalText }).nullish(),
  reply: replySchema.nullish(),
});

export type BookingReview = z.infer<typeof bookingReviewSchema>;

/** The list envelope; items stay unknown here so one bad review never breaks the page. */
export const bookingListSchema = z.object({
  meta: z.object({ next_page: z.string().nullish() }).nullish(),
  data: z.object({ reviews: z.array(z.unknown()) }),
});

/** Booking's 0-10 score on Lobby's 1-5 scale: half the score, rounded (9 -> 5, 8 -> 4, 7 -> 4, 5 -> 3), at least 1. */
export function starsFromScore(score: number): StarRating {
  return Math.min(5, Math.max(1, Math.round(score / 2))) as StarRating;
}

/** "en-gb" -> "en-GB", "zh-hans-cn" -> "zh-Hans-CN": BCP 47's usual casing. */
export function bcp47(code: string | null | undefined): string | null {
  const parts = (code ?? "").trim().split(/[-_]/).filter(Boolean);
  if (parts.length === 0) return null;
  return parts
    .map((p, i) => {
      if (i === 0) return p.toLowerCase();
      if (/^[a-z]{2}$|^\d{3}$/i.test(p)) return p.toUpperCase();
      if (/^[a-z]{4}$/i.test(p)) return p[0]?.toUpperCase() + p.slice(1).toLowerCase();
      return p.toLowerCase();
    })
    .join("-");
}

const clean = (v: string | null | undefined): string | null => {
  const t = (v ?? "").trim();
  return t === "" ? null : t;
};

/** What the guest liked and disliked; Booking takes a reply only when at least one is there. */
export function textPartsOf(review: Pick<BookingReview, "content">): { positive: string | null; negative: string | null } {
  return { positive: clean(review.content?.positive), negative: clean(review.content?.negative) };
}

export function hasReviewText(review: Pick<BookingReview, "content">): boolean {
  const parts = textPartsOf(review);
  return parts.positive !== null || parts.negative !== null;
}

/** Booking's reply status in Lobby's words; an unknown status is treated as not yet visible. */
export function replyStatus(status: string | null | undefined): ExistingReply["status"] {
  const s = (status ?? "published").toLowerCase();
  if (["published", "approved", "live", "visible"].includes(s)) return "PUBLISHED";
  if (["rejected", "declined", "refused"].includes(s)) return "REJECTED";
  return "PENDING";
}

/** The property's reply as Lobby tracks it, whatever its moderation status. */
export function replyOf(review: BookingReview): ExistingReply | null {
  const reply = review.reply;
  if (!reply || clean(reply.text) === null) return null;
  return { text: reply.text.trim(), updatedAt: reply.created_timestamp ?? review.last_change_timestamp, status: replyStatus(reply.status) };
}

export type ParsedReview = { ok: true; review: NormalizedReview; parsed: BookingReview } | { ok: false; reason: string };

export function normalizeBookingReview(raw: unknown): ParsedReview {
  const parsed = bookingReviewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const r = parsed.data;
  const score = r.scoring?.review_score ?? null;
  const textParts = textPartsOf(r);
  const joined = [textParts.positive, textParts.negative].filter((t): t is string => t !== null).join("\n\n");
  const reply = replyOf(r);
  return {
    ok: true,
    parsed: r,
    review: {
      externalId: r.review_id,
      authorName: clean(r.reviewer?.name) ?? "Anonymous",
      rating: score === null ? null : starsFromScore(score),
      platformRating: score,
      platformScale: 10,
      title: clean(r.content?.headline),
      text: joined === "" ? null : joined,
      textParts,
      language: bcp47(r.content?.language_code),
      publishedAt: r.created_timestamp,
      updatedAt: r.last_change_timestamp,
      // A rejected reply is not on the platform: the review still waits for an answer.
      existingReply: reply && reply.status !== "REJECTED" ? { text: reply.text, updatedAt: reply.updatedAt } : null,
      raw,
    },
  };
}
