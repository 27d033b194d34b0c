import { z } from "zod";
import type { FaultSwitch } from "../faults";
import { applyRequestFault, breakItem, loseResponse, sendTruncatedJson, takeListFault, type ListFault } from "../fault-hooks";
import { parseJson, readBody, sendJson, type Handler, type RequestContext, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { authenticate } from "./auth";
import { BOOKING_ERROR_CODES, ruid, sendBookingData, sendBookingError } from "./errors";
import {
  decodeCursor,
  encodeCursor,
  feedPage,
  MAX_LIMIT,
  nextPageUrl,
  parseFromDate,
  parseLimit,
  requestOrigin,
  type ListPosition,
} from "./listing";
import type { BookingState, StoredReview } from "./state";
import { bookingTimestamp, type BookingProperty, type BookingReview } from "./types";

// Booking.com Guest Review API: a property's reviews, one review, and the property's one reply.

/** (unconfirmed) Booking does not publish a reply length limit. */
export const MAX_REPLY_CHARS = 2000;

export interface BookingApiDeps {
  state: BookingState;
  faults: FaultSwitch;
  limiter: RateLimiter;
}

const PROPERTY = String.raw`^/review-api/properties/(?<p>[^/]+)/reviews`;

type PropertyHandler = (ctx: RequestContext, property: BookingProperty) => Promise<void> | void;

/** Fault injection, then Basic auth, then the per-account quota, then the property's connection. */
function guarded(deps: BookingApiDeps, handler: PropertyHandler): Handler {
  return async (ctx) => {
    const sendError = (res: RequestContext["res"], status: number, headers: Record<string, string>) => sendBookingError(res, status, undefined, headers);
    if (await applyRequestFault(deps.faults, "booking", ctx, sendError)) return;
    const account = authenticate(deps.state, ctx);
    if (!account) return;
    const decision = deps.limiter.hit(account.username);
    if (!decision.ok) return sendBookingError(ctx.res, 429, undefined, { "retry-after": String(decision.retryAfterSeconds) });
    const property = deps.state.properties.get(ctx.params.p ?? "");
    // Booking answers 403 both for a wrong property id and for one not connected to the account.
    if (!property || !account.propertyIds.includes(property.id)) return sendBookingError(ctx.res, 403);
    await handler(ctx, property);
  };
}

/** A review as the API sends it: with its own URL, like Booking's examples. */
export function toWire(stored: StoredReview, origin: string): BookingReview & { url: string } {
  const { review } = stored;
  return { ...review, url: `${origin}/review-api/properties/${stored.propertyId}/reviews/${review.review_id}` };
}

/** One review broken the same way each time (as an upstream bug would), or the previous page's last repeated. */
function withListFault(deps: BookingApiDeps, propertyId: string, fault: ListFault | null, page: BookingReview[], previous: BookingReview | undefined): unknown[] {
  if (fault?.kind === "malformed") {
    const [first, ...rest] = page;
    if (!first) return page;
    const now = deps.state.now();
    const broken = breakItem(deps.faults, fault, first, {
      platform: "booking",
      scope: propertyId,
      reviewId: first.review_id,
      corrupt: (r) => ({ ...r, created_timestamp: undefined, scoring: { ...r.scoring, review_score: "ten" } }),
      freshen: (b) => ({ ...b, last_change_timestamp: bookingTimestamp(now) }),
      now,
    });
    return [broken, ...rest];
  }
  if (fault?.kind === "duplicate") return [previous ?? page[0], ...page].filter(Boolean);
  return page;
}

const replyBody = z.object({ reply: z.string() });

export function bookingApiRoutes(deps: BookingApiDeps): Route[] {
  const { state } = deps;

  const listReviews: PropertyHandler = (ctx, property) => {
    const fault = takeListFault(deps.faults, "booking");
    const q = ctx.url.searchParams;
    const limit = parseLimit(q.get("limit"));
    if (limit === null) return sendBookingError(ctx.res, 400, `Invalid value for limit: use an integer from 1 to ${MAX_LIMIT}`);
    let position: ListPosition;
    const cursor = q.get("cursor");
    if (cursor) {
      const decoded = decodeCursor(cursor, state.epoch, property.id);
      if (!decoded) return sendBookingError(ctx.res, 400, "Invalid or malformed cursor");
      position = { ...decoded, l: q.has("limit") ? limit : decoded.l };
    } else {
      const from = parseFromDate(q.get("from_date"));
      if (!from.ok) return sendBookingError(ctx.res, 400, "Invalid value for from_date: use YYYY-MM-DD");
      position = { s: 0, f: from.date, l: limit };
    }

    const { page, previous, nextAfter } = feedPage(state.feed(property.id), position);
    const origin = requestOrigin(ctx.req);
    const next = nextPageUrl(origin, property.id, position.f, encodeCursor(state.epoch, property.id, { ...position, s: nextAfter }));
    const reviews = withListFault(deps, property.id, fault, page.map((s) => toWire(s, origin)), previous && toWire(previous, origin));
    const body = { errors: [], warnings: [], meta: { ruid: ruid(), next_page: next }, data: { reviews } };
    if (fault?.kind === "truncate") return sendTruncatedJson(ctx.res, 200, body);
    sendJson(ctx.res, 200, body);
  };

  const findReview = (ctx: RequestContext, property: BookingProperty): StoredReview | null => {
    const stored = state.find(ctx.params.r ?? "", property.id);
    if (!stored) sendBookingError(ctx.res, 404, `Review ${ctx.params.r} was not found for property ${property.id}`);
    return stored ?? null;
  };

  // (unconfirmed) The single review comes as `data` itself.
  const getReview: PropertyHandler = (ctx, property) => {
    const stored = findReview(ctx, property);
    if (stored) sendBookingData(ctx.res, 200, toWire(stored, requestOrigin(ctx.req)));
  };

  const postReply: PropertyHandler = async (ctx, property) => {
    const stored = findReview(ctx, property);
    if (!stored) return;
    const parsed = parseJson(await readBody(ctx.req));
    if (!parsed.ok) return sendBookingError(ctx.res, 400, `Unable to process: ${parsed.error}`, {}, BOOKING_ERROR_CODES.unableToProcess);
    const body = replyBody.safeParse(parsed.value);
    if (!body.success) return sendBookingError(ctx.res, 400, 'Invalid value: expected { "reply": "..." }');
    const text = body.data.reply;
    if (text.trim() === "") return sendBookingError(ctx.res, 400, "Invalid value for reply: it must not be empty");
    if ([...text].length > MAX_REPLY_CHARS) {
      return sendBookingError(ctx.res, 400, `Invalid value for reply: at most ${MAX_REPLY_CHARS} characters`);
    }
    // (unconfirmed) Booking's status and code for a refused reply.
    const refusal = state.replyRefusal(stored);
    if (refusal) {
      deps.faults.ledger.replyRefused("booking", stored.review.review_id, refusal);
      return sendBookingError(ctx.res, 400, refusal, {}, BOOKING_ERROR_CODES.notApplicable);
    }
    state.submitReply(stored, text);
    if (loseResponse(deps.faults, "booking", stored.review.review_id, ctx)) return;
    // The bare envelope Booking documents; 200 rather than 201/202 is (unconfirmed).
    sendBookingData(ctx.res, 200);
  };

  return [
    { method: "GET", path: new RegExp(`${PROPERTY}$`), handler: guarded(deps, listReviews) },
    { method: "GET", path: new RegExp(`${PROPERTY}/(?<r>[^/]+)$`), handler: guarded(deps, getReview) },
    { method: "POST", path: new RegExp(`${PROPERTY}/(?<r>[^/]+)$`), handler: guarded(deps, postReply) },
  ];
}
