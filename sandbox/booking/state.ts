import { randomBytes } from "node:crypto";
import { buildBookingSeed } from "./seed";
import { deriveSubscores, makeReservationId, makeReviewId } from "./seed-review";
import {
  bookingTimestamp,
  hasReviewText,
  parseBookingTimestamp,
  type BookingMachineAccount,
  type BookingProperty,
  type BookingReply,
  type BookingReview,
  type Subscore,
} from "./types";

// In-memory state of the Booking.com simulator. Every change of a review moves it to the end of its
// property's change feed (`seq`), which is what list cursors point into.

/** (unconfirmed) A reply being posted or moderated counts as a change of the review. */
export const REPLY_CHANGES_REVIEW = true;

export interface StoredReview {
  propertyId: string;
  review: BookingReview;
  /** Position in the change feed: higher = changed later. */
  seq: number;
  /** When a pending reply posted through the API is moderated by itself (ms), if ever. */
  moderateAt: number | null;
}

export interface BookingStateOptions {
  baseDate: Date;
  now: () => Date;
  /** Pending replies are published this long after they were posted; null = only by the admin route. */
  moderationDelayMs: number | null;
}

export interface NewReviewInput {
  propertyId: string;
  reviewerName?: string | null;
  countryCode?: string | null;
  genius?: boolean;
  score: number;
  subscores?: Partial<Record<Subscore, number | null>>;
  headline?: string | null;
  positive?: string | null;
  negative?: string | null;
  language?: string;
  createdAt?: Date;
}

export interface ReviewPatch {
  score?: number;
  /** null removes the part. */
  headline?: string | null;
  positive?: string | null;
  negative?: string | null;
  language?: string;
  changedAt?: Date;
}

type TextParts = Pick<ReviewPatch, "headline" | "positive" | "negative">;

const blankToNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === "" ? null : v);

export class BookingState {
  readonly properties = new Map<string, BookingProperty>();
  readonly accounts: BookingMachineAccount[] = [];
  private stored: StoredReview[] = [];
  private seq = 0;
  private added = 0;
  /** Changes on every reset (and restart): a list cursor from before it no longer means anything. */
  epoch = "";

  constructor(private readonly options: BookingStateOptions) {
    this.reset();
  }

  reset(): void {
    const seed = buildBookingSeed(this.options.baseDate);
    this.properties.clear();
    seed.properties.forEach((p) => this.properties.set(p.id, p));
    this.accounts.splice(0, this.accounts.length, ...seed.accounts);
    const byChange = [...seed.reviews].sort(
      (a, b) => parseBookingTimestamp(a.review.last_change_timestamp) - parseBookingTimestamp(b.review.last_change_timestamp),
    );
    this.stored = byChange.map((r, i) => ({ ...r, seq: i + 1, moderateAt: null }));
    this.seq = this.stored.length;
    this.added = 0;
    this.epoch = randomBytes(6).toString("base64url");
  }

  now(): Date {
    return this.options.now();
  }

  account(username: string, password: string): BookingMachineAccount | undefined {
    return this.accounts.find((a) => a.username === username && a.password === password);
  }

  /** A property's reviews in the order they last changed (oldest change first). */
  feed(propertyId: string): StoredReview[] {
    this.applyDueModeration();
    return this.stored.filter((s) => s.propertyId === propertyId).sort((a, b) => a.seq - b.seq);
  }

  find(reviewId: string, propertyId?: string): StoredReview | undefined {
    this.applyDueModeration();
    return this.stored.find((s) => s.review.review_id === reviewId && (propertyId === undefined || s.propertyId === propertyId));
  }

  all(): StoredReview[] {
    this.applyDueModeration();
    return [...this.stored];
  }

  addReview(input: NewReviewInput): BookingReview {
    if (!this.properties.has(input.propertyId)) throw new Error(`unknown property ${input.propertyId}`);
    this.added += 1;
    const key = `${input.propertyId}#added-${this.added}-${this.now().toISOString()}`;
    const created = bookingTimestamp(input.createdAt ?? this.now());
    const review: BookingReview = {
      review_id: makeReviewId(key),
      reservation_id: makeReservationId(key),
      created_timestamp: created,
      last_change_timestamp: created,
      content: null,
      scoring: { review_score: input.score, ...deriveSubscores(input.score, this.added), ...input.subscores },
      reviewer: { name: input.reviewerName ?? null, country_code: input.countryCode ?? null, is_genius: input.genius ?? false },
      reply: null,
    };
    setText(review, input, input.language);
    this.stored.push({ propertyId: input.propertyId, review, seq: ++this.seq, moderateAt: null });
    return review;
  }

  editReview(reviewId: string, patch: ReviewPatch): BookingReview | undefined {
    const found = this.find(reviewId);
    if (!found) return undefined;
    const { review } = found;
    if (patch.score !== undefined) review.scoring.review_score = patch.score;
    setText(review, patch, patch.language);
    this.touch(found, patch.changedAt);
    return review;
  }

  deleteReview(reviewId: string): boolean {
    const i = this.stored.findIndex((s) => s.review.review_id === reviewId);
    if (i < 0) return false;
    this.stored.splice(i, 1);
    return true;
  }

  /** Why Booking would refuse a reply to this review, or null when it takes one. */
  replyRefusal(stored: StoredReview): string | null {
    if (!hasReviewText(stored.review)) return "This review has no text (score only) and cannot be replied to";
    const reply = stored.review.reply;
    // (unconfirmed) A rejected reply may be replaced; a pending or published one never.
    if (reply && reply.status !== "rejected") return `This review already has a reply (${reply.status}); replies cannot be changed`;
    return null;
  }

  submitReply(stored: StoredReview, text: string): BookingReply {
    const now = this.now();
    const reply: BookingReply = { text, status: "pending", created_timestamp: bookingTimestamp(now) };
    stored.review.reply = reply;
    const delay = this.options.moderationDelayMs;
    stored.moderateAt = delay === null ? null : now.getTime() + delay;
    if (REPLY_CHANGES_REVIEW) this.touch(stored);
    return reply;
  }

  /** Booking's moderators decide on a pending reply; null when there is none. */
  moderate(stored: StoredReview, decision: "published" | "rejected", at?: Date): BookingReply | null {
    const reply = stored.review.reply;
    if (!reply || reply.status !== "pending") return null;
    reply.status = decision;
    stored.moderateAt = null;
    if (REPLY_CHANGES_REVIEW) this.touch(stored, at);
    return reply;
  }

  /** Publishes the pending replies whose moderation delay has passed (lazily, on every read). */
  private applyDueModeration(): void {
    const now = this.now().getTime();
    const due = this.stored.filter((s) => s.moderateAt !== null && s.moderateAt <= now).sort((a, b) => (a.moderateAt ?? 0) - (b.moderateAt ?? 0));
    for (const s of due) this.moderate(s, "published", new Date(s.moderateAt ?? now));
  }

  private touch(stored: StoredReview, at?: Date): void {
    stored.review.last_change_timestamp = bookingTimestamp(at ?? this.now());
    stored.seq = ++this.seq;
  }
}

/** Applies text parts; a review left with no headline, positive or negative text becomes score-only. */
function setText(review: BookingReview, parts: TextParts, language: string | undefined): void {
  const current = review.content ?? { headline: null, positive: null, negative: null, language_code: "en-gb" };
  const next = {
    headline: parts.headline === undefined ? current.headline : blankToNull(parts.headline),
    positive: parts.positive === undefined ? current.positive : blankToNull(parts.positive),
    negative: parts.negative === undefined ? current.negative : blankToNull(parts.negative),
    language_code: (language ?? current.language_code).toLowerCase(),
  };
  review.content = next.headline || next.positive || next.negative ? next : null;
}
