import { createHash } from "node:crypto";
import { NUMBER_BY_STAR, ORDER_BYS, type GoogleReview, type OrderBy } from "./types";

// Ordering, page tokens and page slicing shared by the list and batch endpoints.

export const MAX_PAGE_SIZE = 50;

export function parseOrderBy(value: string | null | undefined): OrderBy | null {
  if (value === null || value === undefined || value === "") return "updateTime desc";
  const normalised = value.trim().replace(/\s+/g, " ");
  return (ORDER_BYS as readonly string[]).includes(normalised) ? (normalised as OrderBy) : null;
}

/** Missing means the default (50); anything outside 1..50 is rejected. */
export function parsePageSize(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return MAX_PAGE_SIZE;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) return null;
  return n;
}

function byUpdateDesc(a: GoogleReview, b: GoogleReview): number {
  if (a.updateTime !== b.updateTime) return a.updateTime < b.updateTime ? 1 : -1;
  return a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0;
}

export function sortReviews<T>(items: T[], orderBy: OrderBy, review: (item: T) => GoogleReview): T[] {
  const sorted = [...items];
  sorted.sort((x, y) => {
    const a = review(x);
    const b = review(y);
    if (orderBy !== "updateTime desc") {
      const diff = NUMBER_BY_STAR[a.starRating] - NUMBER_BY_STAR[b.starRating];
      if (diff !== 0) return orderBy === "rating" ? diff : -diff;
    }
    return byUpdateDesc(a, b);
  });
  return sorted;
}

interface TokenPayload {
  o: number;
  b: OrderBy;
  s: string;
}

/** A page token is only valid for the same query (scope + order) it came from. */
export function scopeKey(parts: string[]): string {
  return createHash("sha256").update(parts.join("\n")).digest("base64url").slice(0, 16);
}

export function encodePageToken(offset: number, orderBy: OrderBy, scope: string): string {
  const payload: TokenPayload = { o: offset, b: orderBy, s: scope };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/** Returns the offset, or null when the token is garbage or belongs to another query. */
export function decodePageToken(token: string, orderBy: OrderBy, scope: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as Partial<TokenPayload>;
    if (typeof payload.o !== "number" || !Number.isInteger(payload.o) || payload.o < 0) return null;
    if (payload.b !== orderBy || payload.s !== scope) return null;
    return payload.o;
  } catch {
    return null;
  }
}

export function slicePage<T>(
  items: T[],
  offset: number,
  pageSize: number,
  orderBy: OrderBy,
  scope: string,
): { page: T[]; nextPageToken?: string } {
  const page = items.slice(offset, offset + pageSize);
  const next = offset + pageSize;
  return next < items.length ? { page, nextPageToken: encodePageToken(next, orderBy, scope) } : { page };
}

/** Proto3 JSON omits zero values, so an empty location has neither field. */
export function ratingSummary(reviews: GoogleReview[]): { averageRating?: number; totalReviewCount?: number } {
  const rated = reviews.map((r) => NUMBER_BY_STAR[r.starRating]).filter((n) => n > 0);
  if (reviews.length === 0) return {};
  const summary: { averageRating?: number; totalReviewCount?: number } = { totalReviewCount: reviews.length };
  if (rated.length > 0) {
    summary.averageRating = Math.round((rated.reduce((a, b) => a + b, 0) / rated.length) * 10) / 10;
  }
  return summary;
}
