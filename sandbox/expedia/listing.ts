import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { ExpediaReview } from "./types";

// Filtering, ordering and cursors of Property.reviews. Cursors are keyset-based (the sort key and id of
// the last review served), so a review added or edited mid-walk never shifts another one out of sight.

export const MAX_PAGE_SIZE = 100;

export interface DateInput {
  from: string;
  to: string;
}

export interface ReviewFilterInput {
  reviewId?: string | null;
  reservation?: { reservationIds?: { id: string; idSource: string }[] | null } | null;
  createdDate?: DateInput | null;
  updatedDate?: DateInput | null;
  source?: string | null;
  hasOwnerResponse?: boolean | null;
  brandNames?: string[] | null;
}

const ORDER_FIELDS = {
  createdDateTime: (r: ExpediaReview) => r.createdDateTime,
  lastUpdatedDateTime: (r: ExpediaReview) => r.lastUpdatedDateTime,
  reservationCheckInDate: (r: ExpediaReview) => r.reservation?.checkInDate ?? "",
  reservationCheckOutDate: (r: ExpediaReview) => r.reservation?.checkOutDate ?? "",
  ownerResponseCreatedDateTime: (r: ExpediaReview) => r.response?.createdDateTime ?? "",
  ownerResponseLastUpdatedDateTime: (r: ExpediaReview) => r.response?.lastUpdatedDateTime ?? "",
} as const;
export type OrderField = keyof typeof ORDER_FIELDS;
export type ReviewsOrder = { field: OrderField; direction: "ASC" | "DESC" };

/** Newest first when no order is given (unconfirmed). */
export const DEFAULT_ORDER: ReviewsOrder = { field: "createdDateTime", direction: "DESC" };

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

export function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badInput(`pageSize must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
}

/** One field only: Expedia's input allows several, the combination is unspecified (unconfirmed). */
export function parseOrder(orderBy: Partial<Record<OrderField, "ASC" | "DESC" | null>> | null | undefined): ReviewsOrder {
  const set = Object.entries(orderBy ?? {}).filter(([, v]) => v === "ASC" || v === "DESC") as [OrderField, "ASC" | "DESC"][];
  if (set.length === 0) return DEFAULT_ORDER;
  if (set.length > 1) throw badInput("orderBy accepts one sort field at a time.");
  const [field, direction] = set[0] as [OrderField, "ASC" | "DESC"];
  return { field, direction };
}

function localDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw badInput(`${name} must be a date in YYYY-MM-DD format.`);
  }
  return value;
}

/** Both ends inclusive, on the UTC calendar day of the timestamp (unconfirmed: maybe property-local). */
function inDateRange(timestamp: string, range: DateInput, name: string): boolean {
  const from = localDate(range.from, `${name}.from`);
  const to = localDate(range.to, `${name}.to`);
  if (from > to) throw badInput(`${name}.from must not be after ${name}.to.`);
  const day = new Date(timestamp).toISOString().slice(0, 10);
  return day >= from && day <= to;
}

export function filterReviews(reviews: ExpediaReview[], filter: ReviewFilterInput | null | undefined): ExpediaReview[] {
  if (!filter) return [...reviews];
  const reservationIds = filter.reservation?.reservationIds?.map((n) => n.id);
  return reviews.filter((r) => {
    if (filter.reviewId && r.id !== filter.reviewId) return false;
    if (reservationIds && !r.reservation?.reservationIds.some((n) => reservationIds.includes(n.id))) return false;
    if (filter.createdDate && !inDateRange(r.createdDateTime, filter.createdDate, "createdDate")) return false;
    if (filter.updatedDate && !inDateRange(r.lastUpdatedDateTime, filter.updatedDate, "updatedDate")) return false;
    if (filter.source && r.source !== filter.source) return false;
    if (filter.hasOwnerResponse != null && (r.response !== null) !== filter.hasOwnerResponse) return false;
    if (filter.brandNames && !filter.brandNames.includes(r.brandNameV2)) return false;
    return true;
  });
}

interface Anchor {
  key: string;
  id: string;
}

function compare(a: Anchor, b: Anchor, direction: "ASC" | "DESC"): number {
  if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * (direction === "ASC" ? 1 : -1);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const anchorOf = (r: ExpediaReview, order: ReviewsOrder): Anchor => ({ key: ORDER_FIELDS[order.field](r), id: r.id });

export function sortReviews(reviews: ExpediaReview[], order: ReviewsOrder): ExpediaReview[] {
  return [...reviews].sort((a, b) => compare(anchorOf(a, order), anchorOf(b, order), order.direction));
}

/** A cursor is only valid for the query (property, filter, order) it came from. */
export function scopeOf(parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

function encodeCursor(anchor: Anchor, scope: string): string {
  return Buffer.from(JSON.stringify({ k: anchor.key, i: anchor.id, s: scope })).toString("base64url");
}

function decodeCursor(cursor: string, scope: string): Anchor {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { k?: unknown; i?: unknown; s?: unknown };
    if (typeof v.k === "string" && typeof v.i === "string" && v.s === scope) return { key: v.k, id: v.i };
  } catch {
    // fall through
  }
  throw badInput("Invalid cursor: it is malformed or belongs to another query.");
}

export interface ReviewPageSlice {
  page: ExpediaReview[];
  /** The review served just before this page (what a "duplicate" fault repeats). */
  previous: ExpediaReview | undefined;
  cursor: string | null;
}

export function slicePage(sorted: ExpediaReview[], order: ReviewsOrder, pageSize: number, after: string | null | undefined, scope: string): ReviewPageSlice {
  let start = 0;
  if (after) {
    const anchor = decodeCursor(after, scope);
    start = sorted.findIndex((r) => compare(anchorOf(r, order), anchor, order.direction) > 0);
    if (start === -1) start = sorted.length;
  }
  const page = sorted.slice(start, start + pageSize);
  const last = page.at(-1);
  const more = start + pageSize < sorted.length;
  return { page, previous: sorted[start - 1], cursor: more && last ? encodeCursor(anchorOf(last, order), scope) : null };
}
