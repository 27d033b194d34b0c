import { createHash } from "node:crypto";
import { bookingTimestamp, SUBSCORES, type BookingReview, type ReplyStatus, type Subscore } from "./types";

// Turns a hand-written seed review into Booking's wire shape, relative to the seed's base date.

export interface BookingSeedReview {
  /** null: the guest stayed anonymous. */
  name: string | null;
  country: string | null;
  genius?: boolean;
  /** 1..10 (older reviews may carry a decimal). */
  score: number;
  /** Overrides of the derived subscores; null = the guest skipped that question. */
  subscores?: Partial<Record<Subscore, number | null>>;
  /** No lang/headline/positive/negative: a score-only review. */
  lang?: string;
  headline?: string;
  positive?: string;
  negative?: string;
  daysAgo: number;
  /** Set when the guest changed the review after posting it. */
  editedDaysAgo?: number;
  reply?: { text: string; status: ReplyStatus; daysAgo: number };
}

const DAY_MS = 86_400_000;

/** Booking review ids are 11 url-safe characters ("Qr-j8xe_5As"); derive one from a stable seed string. */
export function makeReviewId(seed: string): string {
  return createHash("sha256").update(seed).digest("base64url").slice(0, 11);
}

/** A 10-digit reservation number, stable for the seed string. */
export function makeReservationId(seed: string): number {
  return 3_000_000_000 + (createHash("sha256").update(`res:${seed}`).digest().readUInt32BE(0) % 999_999_999);
}

export function timestampDaysAgo(base: Date, days: number): string {
  return bookingTimestamp(new Date(base.getTime() - Math.round(days * DAY_MS)));
}

// Booking's category scores move in steps of 2.5; a guest's categories scatter around the overall score.
const SCATTER = [0, 1.5, -1, 0.5, -2, 1];

/** Category scores that fit the overall score; every fourth guest skipped the "value" question. */
export function deriveSubscores(score: number, index: number): Record<Subscore, number | null> {
  const out = {} as Record<Subscore, number | null>;
  SUBSCORES.forEach((key, i) => {
    const raw = score + (SCATTER[(i + index) % SCATTER.length] ?? 0);
    out[key] = Math.min(10, Math.max(2.5, Math.round(raw / 2.5) * 2.5));
  });
  if (index % 4 === 3) out.value = null;
  return out;
}

export function seedToReview(propertyId: string, seed: BookingSeedReview, index: number, base: Date): BookingReview {
  const key = `${propertyId}#seed-${index}`;
  const created = timestampDaysAgo(base, seed.daysAgo);
  const hasContent = seed.lang !== undefined;
  return {
    review_id: makeReviewId(key),
    reservation_id: makeReservationId(key),
    created_timestamp: created,
    last_change_timestamp: seed.editedDaysAgo === undefined ? created : timestampDaysAgo(base, seed.editedDaysAgo),
    content: hasContent
      ? {
          headline: seed.headline ?? null,
          positive: seed.positive ?? null,
          negative: seed.negative ?? null,
          language_code: seed.lang ?? "en-gb",
        }
      : null,
    scoring: { review_score: seed.score, ...deriveSubscores(seed.score, index), ...seed.subscores },
    reviewer: { name: seed.name, country_code: seed.country, is_genius: seed.genius ?? false },
    reply: seed.reply
      ? { text: seed.reply.text, status: seed.reply.status, created_timestamp: timestampDaysAgo(base, seed.reply.daysAgo) }
      : null,
  };
}
