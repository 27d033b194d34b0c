import { z } from "zod";
import { applyRequestFault, breakItem, loseResponse, sendTruncatedJson, takeListFault } from "../fault-hooks";
import type { FaultSwitch } from "../faults";
import { parseJson, readBody, sendJson, type Handler, type RequestContext, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendTrustpilotError } from "./errors";
import { filterAndSort, pageLinks, parseListQuery } from "./listing";
import { authenticate, authenticateApiKey, type Caller } from "./oauth";
import type { TrustpilotState } from "./state";
import type { TrustpilotBusinessUnit, TrustpilotReview } from "./types";

// Trustpilot Business API: a business unit's private review list, one review, and the company reply.

/** Longest reply the sandbox accepts, in characters (unconfirmed: Trustpilot documents no limit). */
export const MAX_REPLY_CHARS = 2048;

export interface TrustpilotApiDeps {
  state: TrustpilotState;
  faults: FaultSwitch;
  /** Requests per minute per API key. */
  limiter: RateLimiter;
}

const origin = (ctx: RequestContext) => `http://${ctx.req.headers.host ?? "127.0.0.1"}`;

/** Fault injection, then auth, then the per-API-key quota: the order a real gateway applies them. */
function guarded(deps: TrustpilotApiDeps, auth: "bearer" | "apikey", handler: (ctx: RequestContext, caller: Caller | null) => Promise<void> | void): Handler {
  return async (ctx) => {
    if (await applyRequestFault(deps.faults, "trustpilot", ctx, (res, status, headers) => sendTrustpilotError(res, status, undefined, headers))) return;
    const caller = auth === "bearer" ? authenticate(deps.state, ctx) : null;
    const apiKey = auth === "bearer" ? caller?.apiKey : authenticateApiKey(deps.state, ctx);
    if (!apiKey) return;
    const decision = deps.limiter.hit(apiKey);
    if (!decision.ok) return sendTrustpilotError(ctx.res, 429, undefined, { "retry-after": String(decision.retryAfterSeconds) });
    await handler(ctx, caller);
  };
}

/** 404 for an unknown unit, 403 for one the business user may not act for. */
function unitFor(deps: TrustpilotApiDeps, ctx: RequestContext, caller: Caller, unitId: string): TrustpilotBusinessUnit | null {
  const unit = deps.state.businessUnits.get(unitId);
  if (!unit) {
    sendTrustpilotError(ctx.res, 404, "Business unit not found");
    return null;
  }
  if (!caller.user.businessUnitIds.includes(unit.id)) {
    sendTrustpilotError(ctx.res, 403, "The user does not have access to this business unit");
    return null;
  }
  return unit;
}

function reviewFor(deps: TrustpilotApiDeps, ctx: RequestContext, caller: Caller): TrustpilotReview | null {
  const found = deps.state.findReview(ctx.params.reviewId ?? "");
  if (!found) {
    sendTrustpilotError(ctx.res, 404, "Review not found");
    return null;
  }
  return unitFor(deps, ctx, caller, found.unit.id) ? found.review : null;
}

function withLinks(review: TrustpilotReview, base: string) {
  return { ...review, links: [{ href: `${base}/v1/reviews/${review.id}`, method: "GET", rel: "reviews" }] };
}

/** What anyone with the API key sees: no private fields, no reply author. */
function publicView(review: TrustpilotReview, base: string) {
  const { referenceId: _r, referralEmail: _e, companyReply, ...rest } = withLinks(review, base);
  return { ...rest, companyReply: companyReply ? { text: companyReply.text, createdAt: companyReply.createdAt, updatedAt: companyReply.updatedAt } : null };
}

const replyBody = z.object({
  message: z.string({ error: "message is required" }),
  authorBusinessUserId: z.string({ error: "authorBusinessUserId is required" }).min(1, "authorBusinessUserId is required"),
  /** Trustpilot lets an integration back-date a reply it imports; the sandbox ignores it. */
  submittedAt: z.string().optional(),
});

export function trustpilotApiRoutes(deps: TrustpilotApiDeps): Route[] {
  const listReviews = guarded(deps, "bearer", (ctx, caller) => {
    const unit = caller && unitFor(deps, ctx, caller, ctx.params.unitId ?? "");
    if (!unit) return;
    const parsed = parseListQuery(ctx.url.searchParams);
    if (!parsed.ok) return sendTrustpilotError(ctx.res, 400, parsed.message);
    const { page: pageNo, perPage } = parsed.query;
    const sorted = filterAndSort(unit.reviews, parsed.query);
    const start = (pageNo - 1) * perPage;
    // Past the last page Trustpilot answers an empty array, not an error.
    const items: unknown[] = sorted.slice(start, start + perPage).map((r) => withLinks(r, origin(ctx)));
    const body = { reviews: items, links: pageLinks(ctx.url, origin(ctx), pageNo, start + perPage < sorted.length) };

    const fault = takeListFault(deps.faults, "trustpilot");
    if (fault?.kind === "truncate") return sendTruncatedJson(ctx.res, 200, body);
    if (fault?.kind === "malformed" && items.length > 0) {
      const i = Math.floor(items.length / 2);
      const item = items[i] as TrustpilotReview;
      items[i] = breakItem(deps.faults, fault, item, {
        platform: "trustpilot",
        scope: unit.id,
        reviewId: item.id,
        corrupt: (r) => ({ ...r, stars: "five", createdAt: "yesterday" }),
        freshen: (b) => ({ ...b, updatedAt: deps.state.nowIso() }),
        now: new Date(deps.state.nowMs()),
      });
    }
    if (fault?.kind === "duplicate") {
      // The previous page's last item shows up again, as when a new review shifts the list mid-walk.
      const previous = start > 0 ? sorted[start - 1] : sorted[0];
      if (previous) items.splice(start > 0 ? 0 : items.length, 0, withLinks(previous, origin(ctx)));
    }
    sendJson(ctx.res, 200, body);
  });

  // (unconfirmed) the private single-review endpoint; the public one below is documented.
  const getPrivateReview = guarded(deps, "bearer", (ctx, caller) => {
    const review = caller && reviewFor(deps, ctx, caller);
    if (review) sendJson(ctx.res, 200, withLinks(review, origin(ctx)));
  });

  const getPublicReview = guarded(deps, "apikey", (ctx) => {
    const found = deps.state.findReview(ctx.params.reviewId ?? "");
    if (!found) return sendTrustpilotError(ctx.res, 404, "Review not found");
    sendJson(ctx.res, 200, publicView(found.review, origin(ctx)));
  });

  const postReply = guarded(deps, "bearer", async (ctx, caller) => {
    const review = caller && reviewFor(deps, ctx, caller);
    if (!review) return;
    if (!(ctx.req.headers["content-type"] ?? "").includes("application/json")) {
      return sendTrustpilotError(ctx.res, 415, "Content-Type must be application/json");
    }
    const parsed = parseJson(await readBody(ctx.req));
    if (!parsed.ok) return sendTrustpilotError(ctx.res, 400, "The request was malformed");
    const body = replyBody.safeParse(parsed.value);
    if (!body.success) return sendTrustpilotError(ctx.res, 400, body.error.issues[0]?.message ?? "The request was malformed");
    const message = body.data.message;
    if (message.trim() === "") return sendTrustpilotError(ctx.res, 400, "message must not be empty");
    if ([...message].length > MAX_REPLY_CHARS) {
      return sendTrustpilotError(ctx.res, 400, `message must be at most ${MAX_REPLY_CHARS} characters`);
    }
    const author = deps.state.user(body.data.authorBusinessUserId);
    const unitId = review.businessUnit.id;
    if (!author || !author.businessUnitIds.includes(unitId)) {
      return sendTrustpilotError(ctx.res, 400, "authorBusinessUserId is not a user of this business unit");
    }
    deps.state.putReply(review, message, author);
    if (loseResponse(deps.faults, "trustpilot", review.id, ctx)) return;
    // (unconfirmed) 201 with no body: the documentation shows none.
    ctx.res.writeHead(201, { "content-length": "0" });
    ctx.res.end();
  });

  // (unconfirmed) 204, also when there was no reply to delete.
  const deleteReply = guarded(deps, "bearer", (ctx, caller) => {
    const review = caller && reviewFor(deps, ctx, caller);
    if (!review) return;
    deps.state.deleteReply(review);
    ctx.res.writeHead(204);
    ctx.res.end();
  });

  const ID = "(?<reviewId>[^/]+)";
  return [
    { method: "GET", path: /^\/v1\/private\/business-units\/(?<unitId>[^/]+)\/reviews$/, handler: listReviews },
    { method: "GET", path: new RegExp(`^/v1/private/reviews/${ID}$`), handler: getPrivateReview },
    { method: "GET", path: new RegExp(`^/v1/reviews/${ID}$`), handler: getPublicReview },
    { method: "POST", path: new RegExp(`^/v1/private/reviews/${ID}/reply$`), handler: postReply },
    { method: "DELETE", path: new RegExp(`^/v1/private/reviews/${ID}/reply$`), handler: deleteReply },
  ];
}
