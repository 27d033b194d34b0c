import type { IncomingMessage } from "node:http";
import type { StoredReview } from "./state";
import { parseBookingTimestamp } from "./types";

// Pagination of the review list. Booking documents an opaque `next_page` URL carrying a `cursor`, and
// says to keep fetching until a page comes back empty, then keep polling with the last cursor to get
// the reviews modified since. So the list runs oldest change first (unconfirmed order), the cursor is
// a position in that change feed, and a next page is offered even after the last review (unconfirmed:
// whether an empty page still carries one).

export const DEFAULT_LIMIT = 10;
/** (unconfirmed) Booking documents the default of 10, not the maximum. */
export const MAX_LIMIT = 100;

/** Missing means the default; anything outside 1..MAX_LIMIT is refused (null). */
export function parseLimit(value: string | null): number | null {
  if (value === null || value === "") return DEFAULT_LIMIT;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT ? n : null;
}

export type FromDate = { ok: true; date: string | null; ms: number | null } | { ok: false };

/**
 * `from_date=YYYY-MM-DD`: reviews changed on or after that day, UTC (unconfirmed: it may filter on the
 * creation date instead). Missing means every review.
 */
export function parseFromDate(value: string | null): FromDate {
  if (value === null || value === "") return { ok: true, date: null, ms: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false };
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return { ok: false };
  return { ok: true, date: value, ms };
}

interface CursorPayload {
  /** State epoch: positions from before a reset or restart are refused. */
  e: string;
  p: string;
  /** Feed position after which the next page starts. */
  s: number;
  f: string | null;
  l: number;
}

export type ListPosition = Omit<CursorPayload, "e" | "p">;

export function encodeCursor(epoch: string, propertyId: string, position: ListPosition): string {
  const payload: CursorPayload = { e: epoch, p: propertyId, ...position };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/** The position, or null when the cursor is garbage, from another property, or from before a reset. */
export function decodeCursor(token: string, epoch: string, propertyId: string): ListPosition | null {
  try {
    const c = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as Partial<CursorPayload>;
    if (c.e !== epoch || c.p !== propertyId) return null;
    if (typeof c.s !== "number" || !Number.isInteger(c.s) || c.s < 0) return null;
    if (typeof c.l !== "number" || parseLimit(String(c.l)) === null) return null;
    if (c.f !== null && (typeof c.f !== "string" || !parseFromDate(c.f).ok)) return null;
    return { s: c.s, f: c.f, l: c.l };
  } catch {
    return null;
  }
}

export interface FeedPage {
  page: StoredReview[];
  /** The review just before the page (for the "duplicate" fault). */
  previous: StoredReview | undefined;
  /** Position the next page starts after. */
  nextAfter: number;
}

export function feedPage(feed: StoredReview[], position: ListPosition): FeedPage {
  const from = position.f === null ? null : parseFromDate(position.f);
  const fromMs = from?.ok ? from.ms : null;
  const inRange = feed.filter((s) => fromMs === null || parseBookingTimestamp(s.review.last_change_timestamp) >= fromMs);
  const after = inRange.filter((s) => s.seq > position.s);
  const page = after.slice(0, position.l);
  return {
    page,
    previous: inRange.filter((s) => s.seq <= position.s).at(-1),
    nextAfter: page.at(-1)?.seq ?? position.s,
  };
}

/** Where the server was called, for absolute `next_page` and review URLs like Booking's. */
export function requestOrigin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? "127.0.0.1"}`;
}

export function nextPageUrl(origin: string, propertyId: string, from: string | null, cursor: string): string {
  const query = new URLSearchParams({ ...(from ? { from_date: from } : {}), cursor });
  return `${origin}/review-api/properties/${encodeURIComponent(propertyId)}/reviews?${query}`;
}
