// Booking.com Guest Review API wire shapes, as the simulator stores and returns them. Field names
// follow Booking's published examples; the reply object and its status are (unconfirmed).

export const REPLY_STATUSES = ["pending", "published", "rejected"] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

export const SUBSCORES = ["clean", "staff", "comfort", "facilities", "location", "value"] as const;
export type Subscore = (typeof SUBSCORES)[number];

export interface BookingReply {
  text: string;
  /** Replies are moderated: pending first, then published or rejected (unconfirmed names). */
  status: ReplyStatus;
  created_timestamp: string;
}

export type BookingScoring = { review_score: number } & Record<Subscore, number | null>;

export interface BookingContent {
  headline: string | null;
  positive: string | null;
  negative: string | null;
  /** Lower-case, e.g. "en-gb", "pt-pt", "de". */
  language_code: string;
}

export interface BookingReviewer {
  /** null when the guest chose to stay anonymous (unconfirmed: Booking may send "Anonymous"). */
  name: string | null;
  country_code: string | null;
  is_genius: boolean;
}

export interface BookingReview {
  review_id: string;
  reservation_id: number;
  created_timestamp: string;
  last_change_timestamp: string;
  /** null for a score-only review (unconfirmed: may be an object of nulls). */
  content: BookingContent | null;
  scoring: BookingScoring;
  reviewer: BookingReviewer;
  reply: BookingReply | null;
}

export interface BookingProperty {
  id: string;
  name: string;
  city: string;
}

/** A connectivity partner's machine account and the properties connected to it. */
export interface BookingMachineAccount {
  username: string;
  password: string;
  propertyIds: string[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD HH:MM:SS", the way Booking.com writes timestamps; UTC assumed (unconfirmed). */
export function bookingTimestamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** Milliseconds since the epoch of a Booking timestamp (or NaN). */
export function parseBookingTimestamp(value: string): number {
  return Date.parse(`${value.replace(" ", "T")}Z`);
}

/** A review Booking lets the property answer: the guest wrote something, not only a score. */
export function hasReviewText(review: Pick<BookingReview, "content">): boolean {
  const c = review.content;
  return Boolean(c && ((c.positive ?? "").trim() || (c.negative ?? "").trim()));
}
