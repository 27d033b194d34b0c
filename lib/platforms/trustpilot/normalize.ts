import { z } from "zod";
import type { NormalizedReview } from "../types";
import { describeIssues, type ParsedReview } from "../parse-issues";

// Trustpilot Business API review -> NormalizedReview. Each item is checked on its own.

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Trustpilot's documentation shows timestamps without a zone ("2013-09-07T13:37:00") while its
 * answers carry "Z"; a timestamp without one is read as UTC (unconfirmed).
 */
export function parseTrustpilotTime(value: string): Date | null {
  const trimmed = value.trim();
  if (!TIME.test(trimmed)) return null;
  const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) ? trimmed : `${trimmed}Z`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const time = z.string().transform((value, ctx) => {
  const date = parseTrustpilotTime(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `not a timestamp: "${value.slice(0, 40)}"` });
    return z.NEVER;
  }
  return date;
});

export const companyReplySchema = z.object({ text: z.string(), createdAt: time, updatedAt: time.nullish() });

export const trustpilotReviewSchema = z.object({
  id: z.string().min(1),
  stars: z.number().int().min(1).max(5),
  title: z.string().nullish(),
  text: z.string().nullish(),
  language: z.string().nullish(),
  createdAt: time,
  /** null until the consumer edits the review. */
  updatedAt: time.nullish(),
  consumer: z.object({ displayName: z.string().nullish() }).nullish(),
  companyReply: companyReplySchema.nullish(),
});

export const trustpilotListPageSchema = z.object({
  reviews: z.array(z.unknown()),
  links: z.array(z.unknown()).optional(),
});

/** True when the page's links offer a next page. */
export function hasNextPage(links: unknown[] | undefined): boolean {
  return (links ?? []).some((l) => typeof l === "object" && l !== null && (l as { rel?: unknown }).rel === "next-page");
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

export function normalizeTrustpilotReview(raw: unknown): ParsedReview {
  const parsed = trustpilotReviewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const r = parsed.data;
  const reply = r.companyReply;
  const replyText = reply ? blankToNull(reply.text) : null;
  const stars = r.stars as 1 | 2 | 3 | 4 | 5;
  return {
    ok: true,
    review: {
      externalId: r.id,
      authorName: blankToNull(r.consumer?.displayName) ?? "A Trustpilot user",
      rating: stars,
      platformRating: stars,
      platformScale: 5,
      title: blankToNull(r.title),
      text: blankToNull(r.text),
      language: blankToNull(r.language),
      publishedAt: r.createdAt,
      updatedAt: r.updatedAt ?? r.createdAt,
      existingReply: reply && replyText !== null ? { text: replyText, updatedAt: reply.updatedAt ?? reply.createdAt } : null,
      raw,
    },
  };
}

/** When the review or the company's reply last changed: what the listing cursor compares. */
export function changedAt(review: NormalizedReview): Date {
  const reply = review.existingReply?.updatedAt;
  return reply && reply > review.updatedAt ? reply : review.updatedAt;
}

/** Best-effort change time of an item that failed validation (to avoid re-reporting old junk). */
export function rawChangedAt(raw: unknown): Date | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { updatedAt, createdAt } = raw as { updatedAt?: unknown; createdAt?: unknown };
  const value = typeof updatedAt === "string" ? updatedAt : createdAt;
  return typeof value === "string" ? parseTrustpilotTime(value) : null;
}
