import type { FaultSwitch } from "../faults";
import { applyRequestFault, breakItem, sendTruncatedJson, takeListFault } from "../fault-hooks";
import { pathKnown, sendJson, type Handler, type RequestContext, type Route } from "../http";
import { sendTripadvisorError } from "./errors";
import type { TripadvisorQuota } from "./quota";
import { MAX_REVIEWS_SHOWN, type TripadvisorState } from "./state";
import { tripadvisorDate } from "./seed";
import type { TripadvisorReview } from "./types";

// Tripadvisor Content API v1: the location reviews endpoint (read only; there is no reply API).

export interface TripadvisorApiDeps {
  state: TripadvisorState;
  faults: FaultSwitch;
  quota: TripadvisorQuota;
}

/** Unconfirmed whether an unknown (well-formed) location id answers 404 or 400; one place to change it. */
export const UNKNOWN_LOCATION_STATUS = 404;

const LANGUAGE = /^[a-z]{2,3}([_-][A-Za-z]{2,4})?$/;
const REVIEWS_PATH = /^\/api\/v1\/location\/(?<id>[^/]+)\/reviews\/?$/;

/** The key travels as ?key=; a missing one is 401, an unknown one 403. Neither message echoes the key. */
function authenticate(deps: TripadvisorApiDeps, ctx: RequestContext): string | null {
  const key = ctx.url.searchParams.get("key");
  if (!key) {
    sendTripadvisorError(ctx.res, 401, "Missing API key: pass it as the key query parameter");
    return null;
  }
  if (!deps.state.apiKeys.has(key)) {
    sendTripadvisorError(ctx.res, 403, "This API key is not authorized to access this resource");
    return null;
  }
  return key;
}

/** Fault injection, then the key, then the per-second and daily limits: the order a gateway applies them. */
function guarded(deps: TripadvisorApiDeps, handler: Handler): Handler {
  return async (ctx) => {
    const faulted = await applyRequestFault(deps.faults, "tripadvisor", ctx, (res, status, headers) =>
      sendTripadvisorError(res, status, undefined, headers),
    );
    if (faulted) return;
    const key = authenticate(deps, ctx);
    if (!key) return;
    const decision = deps.quota.hit(key);
    if (!decision.ok) {
      const { perSecond, dailyBudget } = deps.quota.limits;
      const message =
        decision.limit === "daily"
          ? `Daily call limit of ${dailyBudget} reached for this key; it resets at midnight UTC`
          : `Rate limit exceeded: at most ${perSecond} calls per second per key`;
      return sendTripadvisorError(ctx.res, 429, message, { "retry-after": String(decision.retryAfterSeconds) });
    }
    await handler(ctx);
  };
}

/** Optional non-negative integer query parameter; undefined when absent, null when invalid. */
function intParam(ctx: RequestContext, name: string, min: number): number | null | undefined {
  const raw = ctx.url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min ? n : null;
}

/** An item that breaks the documented schema: rating as text, no user. */
function corrupt(review: TripadvisorReview): Record<string, unknown> {
  return { ...review, rating: "★★★★", user: null };
}

export function tripadvisorApiRoutes(deps: TripadvisorApiDeps): Route[] {
  // The page each location answered last, for the "duplicate" fault.
  const lastPage = new Map<number, TripadvisorReview[]>();

  const listReviews: Handler = (ctx) => {
    const id = ctx.params.id ?? "";
    if (!/^\d+$/.test(id)) return sendTripadvisorError(ctx.res, 400, "locationId must be a number");
    const location = deps.state.location(Number(id));
    if (!location) return sendTripadvisorError(ctx.res, UNKNOWN_LOCATION_STATUS, `Location ${id} was not found`);
    const language = ctx.url.searchParams.get("language") || "en";
    if (!LANGUAGE.test(language)) return sendTripadvisorError(ctx.res, 400, `Unsupported language: ${language.slice(0, 20)}`);
    // limit/offset exist on the endpoint; larger limits are cut to the five shown (unconfirmed).
    const limit = intParam(ctx, "limit", 1);
    const offset = intParam(ctx, "offset", 0);
    if (limit === null || offset === null) return sendTripadvisorError(ctx.res, 400, "limit and offset must be whole numbers");
    const start = offset ?? 0;
    const page: unknown[] = deps.state.recentReviews(location, language).slice(start, start + Math.min(limit ?? MAX_REVIEWS_SHOWN, MAX_REVIEWS_SHOWN));

    const fault = takeListFault(deps.faults, "tripadvisor");
    const previous = lastPage.get(location.location_id) ?? [];
    lastPage.set(location.location_id, [...(page as TripadvisorReview[])]);
    if (fault?.kind === "truncate") return sendTruncatedJson(ctx.res, 200, { data: page });
    if (fault?.kind === "malformed" && page.length > 0) {
      const at = Math.floor(page.length / 2);
      const review = page[at] as TripadvisorReview;
      page[at] = breakItem(deps.faults, fault, review, {
        platform: "tripadvisor",
        scope: String(location.location_id),
        reviewId: String(review.id),
        corrupt,
        freshen: (b) => ({ ...b, published_date: tripadvisorDate(deps.state.nowMs()) }),
        now: new Date(deps.state.nowMs()),
      });
    }
    if (fault?.kind === "duplicate") {
      const repeat = previous[0] ?? page[0];
      if (repeat !== undefined) page.push(repeat);
    }
    sendJson(ctx.res, 200, { data: page });
  };

  const routes: Route[] = [{ method: "GET", path: REVIEWS_PATH, handler: guarded(deps, listReviews) }];

  // Anything else under /api/v1 answers in Tripadvisor's envelope, not the sandbox's default one.
  const unknown: Handler = (ctx) =>
    pathKnown(routes, ctx.url.pathname)
      ? sendTripadvisorError(ctx.res, 405, `${ctx.req.method} is not allowed here`)
      : sendTripadvisorError(ctx.res, 404, `No such endpoint: ${ctx.url.pathname.slice(0, 100)}`);
  const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
  return [...routes, ...methods.map((method) => ({ method, path: /^\/api\/v1(\/.*)?$/, handler: unknown }))];
}
