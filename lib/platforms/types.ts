// The one contract every review-platform connector implements. Lobby's ingest and publishing code
// only ever sees these shapes, never a platform's own.

export type PlatformCode = "GOOGLE" | "BOOKING" | "EXPEDIA" | "TRUSTPILOT" | "TRIPADVISOR";

export type StarRating = 1 | 2 | 3 | 4 | 5;

export interface NormalizedReview {
  /** The platform's id for the review, unique within one connection. */
  externalId: string;
  authorName: string;
  /** Normalised to 1..5; null when the platform gave no rating. */
  rating: StarRating | null;
  /** The rating on the platform's own scale (e.g. 8.5 on Booking.com's 10). */
  platformRating: number | null;
  platformScale: number;
  title: string | null;
  /** The guest's own words (machine translations stripped); null for rating-only reviews. */
  text: string | null;
  /** Booking.com asks "liked" and "disliked" separately; `text` holds both, joined, for analysis. */
  textParts?: { positive: string | null; negative: string | null };
  /** BCP 47 code when the platform states it; otherwise null and Lobby detects it. */
  language: string | null;
  publishedAt: Date;
  updatedAt: Date;
  /** A reply that is already on the platform. */
  existingReply: { text: string; updatedAt: Date } | null;
  /** The item exactly as the platform sent it. */
  raw: unknown;
}

export interface MalformedReview {
  raw: unknown;
  reason: string;
}

export interface ReviewPage {
  reviews: NormalizedReview[];
  /** Items the platform sent that could not be understood; the rest of the page is still usable. */
  malformed: MalformedReview[];
  /** The value to store once this page has been processed (null: nothing to store yet). */
  cursor: string | null;
}

export interface PublishedReply {
  /** The platform's id for the reply, when it has one. */
  externalReplyId: string | null;
  /** PENDING when the platform moderates replies before they appear. */
  status: "PUBLISHED" | "PENDING";
  publishedAt: Date;
}

/** How a platform takes replies; the publishing rules read this, never the platform's name. */
export interface ReplyRules {
  /** "api": Lobby publishes; "manual": staff post it by hand on the platform's site. */
  via: "api" | "manual";
  /** A reply can be posted once and never edited (Booking.com). */
  once: boolean;
  /** The platform moderates replies before showing them (status PENDING first). */
  moderated: boolean;
  /** Longest reply accepted, in characters. */
  maxLength: number;
  /** Reviews without text cannot be replied to (Booking.com's score-only reviews). */
  needsReviewText: boolean;
}

export interface ExistingReply {
  text: string;
  updatedAt: Date;
  status: "PUBLISHED" | "PENDING" | "REJECTED";
}

export interface PlatformConnector {
  platform: PlatformCode;
  replyRules: ReplyRules;
  /**
   * A walk from a null cursor returns every review the platform still shows, so a review missing
   * from it was deleted. False where the API shows only some (Tripadvisor's five latest).
   */
  completeListing?: boolean;
  /**
   * Reviews created or changed since `cursor` (null: everything), page by page. Throws
   * PlatformError for failures of the whole call.
   */
  listReviewsSince(cursor: string | null): AsyncIterable<ReviewPage>;
  /** Creates (or, where the platform allows, replaces) the reply. Throws PlatformError. */
  publishReply(externalId: string, text: string): Promise<PublishedReply>;
  /**
   * The reply the platform holds now, or null. Read before re-sending after an uncertain failure, so
   * a reply is never posted twice. Throws PlatformError (not_found when the review is gone).
   */
  readReply(externalId: string): Promise<ExistingReply | null>;
  /** Removes the reply from the platform, where its API allows that (Google). Throws PlatformError. */
  deleteReply?(externalId: string): Promise<void>;
}
