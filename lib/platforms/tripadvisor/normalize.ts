import { z } from "zod";
import type { NormalizedReview, StarRating } from "../types";
import { languageTag } from "./api-key";
import { describeIssues, type ParsedReview } from "../parse-issues";

// Tripadvisor Content API review -> NormalizedReview. Each item is checked on its own.

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "2025-05-30T14:12:09Z", "...+01:00" or the older "...-0500"; null when it is none of these. */
export function parseTripadvisorDate(value: unknown): Date | null {
  if (typeof value !== "string" || !DATE_TIME.test(value)) return null;
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(ms) ? null : new Date(ms);
}

const date = z.string().transform((value, ctx) => {
  const parsed = parseTripadvisorDate(value);
  if (!parsed) {
    ctx.addIssue({ code: "custom", message: "not an ISO 8601 date-time" });
    return z.NEVER;
  }
  return parsed;
});

const numericId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).transform(String);

export const tripadvisorReviewSchema = z.object({
  id: numericId,
  lang: z.string().min(2).max(10).nullish(),
  location_id: z.union([z.number().int(), z.string()]).nullish(),
  published_date: date,
  rating: z.union([z.number(), z.string().regex(/^\d$/).transform(Number)]).pipe(z.number().int().min(1).max(5)),
  title: z.string().nullish(),
  text: z.string().nullish(),
  user: z.object({ username: z.string().nullish() }).nullish(),
  url: z.string().nullish(),
  // Unconfirmed whether the Content API sends it: read on its own so an odd shape never costs the review.
  owner_response: z.unknown().optional(),
});

const ownerResponseSchema = z.object({ text: z.string(), published_date: date.optional() });

export const tripadvisorListSchema = z.object({ data: z.array(z.unknown()) });

const clean = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

/** `locationId`: the connection's location; an item of another location is refused. */
export function normalizeTripadvisorReview(raw: unknown, locationId?: string): ParsedReview {
  const parsed = tripadvisorReviewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  const r = parsed.data;
  if (locationId !== undefined && r.location_id != null && String(r.location_id) !== locationId) {
    return { ok: false, reason: `location_id: ${String(r.location_id).slice(0, 20)} is not this connection's location` };
  }
  const response = ownerResponseSchema.safeParse(r.owner_response);
  const responseText = response.success ? clean(response.data.text) : null;
  const rating = r.rating as StarRating;
  return {
    ok: true,
    review: {
      externalId: r.id,
      authorName: clean(r.user?.username) ?? "A Tripadvisor member",
      rating,
      platformRating: rating,
      platformScale: 5,
      title: clean(r.title),
      text: clean(r.text),
      language: r.lang ? languageTag(r.lang) : null,
      publishedAt: r.published_date,
      // The API has no edit time; an edited review is published again, so this is the best we have.
      updatedAt: r.published_date,
      existingReply:
        response.success && responseText !== null
          ? { text: responseText, updatedAt: response.data.published_date ?? r.published_date }
          : null,
      raw,
    },
  };
}

/** Best-effort published_date of an item that failed validation (to avoid re-reporting old junk). */
export function rawPublishedDate(raw: unknown): Date | null {
  if (typeof raw !== "object" || raw === null) return null;
  return parseTripadvisorDate((raw as { published_date?: unknown }).published_date);
}
