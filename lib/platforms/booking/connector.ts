import { z } from "zod";
import { isPlatformError, PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, type CallContext, type FetchLike } from "../http";
import type { ExistingReply, MalformedReview, NormalizedReview, PlatformConnector, PublishedReply, ReplyRules, ReviewPage } from "../types";
import { BookingMachineAccount, type BookingCredentials } from "./auth";
import { bookingClient } from "./client";
import { continuationPath, decodeCursor, encodeCursor, fromDateFor } from "./cursor";
import { bookingListSchema, bookingReviewSchema, hasReviewText, normalizeBookingReview, replyOf, type BookingReview } from "./normalize";

// Booking.com Guest Review API connector: one property's reviews, and its one moderated reply to each.

/** (unconfirmed) Booking publishes no limit for a property's reply; 2000 characters is a safe guess. */
export const BOOKING_MAX_REPLY_CHARS = 2000;

export const BOOKING_REPLY_RULES: ReplyRules = { via: "api", once: true, moderated: true, maxLength: BOOKING_MAX_REPLY_CHARS, needsReviewText: true };

/** (unconfirmed) Booking documents a default page of 10, not the maximum. */
export const BOOKING_MAX_PAGE_SIZE = 100;
const MAX_PAGES = 1000;

export interface BookingConnectorOptions {
  /** "https://supply-xml.booking.com" in production, the sandbox's URL locally. */
  apiBase: string;
  credentials: BookingCredentials;
  /** Booking's numeric property (hotel) id. */
  propertyId: string;
  fetch?: FetchLike;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
  /** Reviews per list call, 1..100. Default 100. */
  pageSize?: number;
  /** Clock for a reply's submission time. */
  now?: () => number;
}

// (unconfirmed) The single review may come as `data` itself or wrapped like a list.
const singleReview = z.object({ data: z.unknown() }).transform(({ data }) => {
  if (data && typeof data === "object" && "reviews" in data && Array.isArray(data.reviews)) return data.reviews[0] as unknown;
  if (data && typeof data === "object" && "review" in data) return data.review;
  return data;
});

export function createBookingConnector(options: BookingConnectorOptions): PlatformConnector {
  const { propertyId } = options;
  if (!/^\d+$/.test(propertyId)) throw new PlatformError("invalid", `Not a Booking.com property id: "${propertyId}"`, { platform: "BOOKING" });
  const pageSize = Math.min(BOOKING_MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? BOOKING_MAX_PAGE_SIZE));
  const now = options.now ?? Date.now;
  const account = new BookingMachineAccount(options.credentials);
  const ctx: CallContext = {
    platform: "BOOKING",
    label: "Booking.com",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => account.secrets(),
  };
  const client = bookingClient(ctx, options.apiBase, account);
  const listPath = `/review-api/properties/${propertyId}/reviews`;
  const reviewPath = (id: string) => `${listPath}/${encodeURIComponent(id)}`;
  const unavailable = (message: string) => new PlatformError("unavailable", message, { platform: "BOOKING" });

  function checkId(externalId: string): void {
    if (!externalId || externalId.includes("/")) throw new PlatformError("invalid", "Not a Booking.com review id", { platform: "BOOKING" });
  }

  async function* listReviewsSince(cursor: string | null): AsyncGenerator<ReviewPage> {
    const stored = decodeCursor(cursor, propertyId);
    const since = stored?.since ? new Date(stored.since) : null;
    const startPath = () => `${listPath}?${new URLSearchParams({ ...(since ? { from_date: fromDateFor(since.toISOString()) } : {}), limit: String(pageSize) })}`;
    let path = stored?.next ?? startPath();
    // True while `path` is a Booking cursor (stored or a next_page), false on a from_date start.
    let onCursor = Boolean(stored?.next);
    let fellBack = !onCursor;
    let newest = since;
    const seen = new Map<string, number>();

    for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
      let body: unknown;
      try {
        body = await client.call("GET", path, undefined, "listing reviews");
      } catch (error) {
        // Booking refuses a stored cursor it no longer knows (unconfirmed: expiry); restart from `since`.
        if (pageNo === 1 && onCursor && isPlatformError(error) && error.kind === "invalid" && error.status === 400) {
          [path, onCursor, fellBack, pageNo] = [startPath(), false, true, 0];
          continue;
        }
        throw error;
      }
      const page = bookingListSchema.safeParse(body);
      if (!page.success) throw unavailable("Booking.com sent an unexpected review list");

      const reviews: NormalizedReview[] = [];
      const malformed: MalformedReview[] = [];
      for (const raw of page.data.data.reviews) {
        const parsed = normalizeBookingReview(raw);
        if (!parsed.ok) {
          malformed.push({ raw, reason: parsed.reason });
          continue;
        }
        const review = parsed.review;
        const at = review.updatedAt.getTime();
        // A from_date walk re-reads the day before `since`; what changed before it is stored already.
        if (fellBack && since && at < since.getTime()) continue;
        const before = seen.get(review.externalId);
        if (before !== undefined && before >= at) continue; // repeated across pages
        seen.set(review.externalId, at);
        reviews.push(review);
        if (!newest || review.updatedAt > newest) newest = review.updatedAt;
      }

      const rawCount = page.data.data.reviews.length;
      const nextPage = page.data.meta?.next_page ?? null;
      const next = nextPage ? continuationPath(nextPage, listPath, propertyId) : null;
      if (nextPage && next === null) throw unavailable("Booking.com sent a next_page for another property");
      if (rawCount > 0 && next === path) throw unavailable("Booking.com returned the same page twice");
      // Booking's list ends on an empty page, whose cursor is the one to poll with later; a page
      // without next_page ends it too, and then only `since` can resume.
      if (rawCount > 0 && next !== null) {
        yield { reviews, malformed, cursor };
        [path, onCursor] = [next, true];
        continue;
      }
      const resume = next ?? (onCursor ? path : null);
      const value = resume || newest ? encodeCursor({ next: resume, since: newest?.toISOString() ?? null }) : cursor;
      yield { reviews, malformed, cursor: value };
      return;
    }
    throw unavailable(`Booking.com listing exceeded ${MAX_PAGES} pages`);
  }

  async function readReview(externalId: string, action: string): Promise<BookingReview> {
    checkId(externalId);
    const body = singleReview.safeParse(await client.call("GET", reviewPath(externalId), undefined, action));
    const review = body.success ? bookingReviewSchema.safeParse(body.data) : null;
    if (!review?.success) throw unavailable("Booking.com sent an unexpected review");
    return review.data;
  }

  async function publishReply(externalId: string, text: string): Promise<PublishedReply> {
    checkId(externalId);
    if (text.trim() === "") throw new PlatformError("invalid", "The reply is empty", { platform: "BOOKING" });
    const length = [...text].length;
    if (length > BOOKING_MAX_REPLY_CHARS) {
      throw new PlatformError("invalid", `The reply is ${length} characters; Booking.com accepts at most ${BOOKING_MAX_REPLY_CHARS}`, { platform: "BOOKING" });
    }
    const externalReplyId = `properties/${propertyId}/reviews/${externalId}/reply`;
    // One reply per review, never edited: look before sending, so a refusal is clear and a retry is safe.
    const review = await readReview(externalId, "checking the review before replying");
    if (!hasReviewText(review)) {
      throw new PlatformError("invalid", "Booking.com takes no reply to a review without text (score only)", { platform: "BOOKING" });
    }
    const existing = replyOf(review);
    if (existing && existing.status !== "REJECTED") {
      // Our own earlier attempt whose answer was lost: the reply is there, so report it as sent.
      if (existing.text === text.trim()) return { externalReplyId, status: existing.status === "PUBLISHED" ? "PUBLISHED" : "PENDING", publishedAt: existing.updatedAt };
      throw new PlatformError("invalid", `This review already has a reply on Booking.com (${existing.status.toLowerCase()}); Booking.com allows one reply and no edits`, {
        platform: "BOOKING",
      });
    }
    await client.call("POST", reviewPath(externalId), { reply: text }, "publishing a reply");
    // Booking answers with a bare envelope; the reply waits for moderation.
    return { externalReplyId, status: "PENDING", publishedAt: new Date(now()) };
  }

  async function readReply(externalId: string): Promise<ExistingReply | null> {
    return replyOf(await readReview(externalId, "reading a review's reply"));
  }

  // (unconfirmed) A walk without from_date is taken to return every review Booking still shows.
  return { platform: "BOOKING", replyRules: BOOKING_REPLY_RULES, completeListing: true, listReviewsSince, publishReply, readReply };
}
