import { z } from "zod";
import type { FaultSwitch } from "../faults";
import { applyRequestFault, breakItem, loseResponse, sendTruncatedJson, takeListFault, type ListFault } from "../fault-hooks";
import { parseJson, readBody, sendJson, type Handler, type RequestContext, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendGoogleError } from "./errors";
import {
  decodePageToken,
  parseOrderBy,
  parsePageSize,
  ratingSummary,
  scopeKey,
  slicePage,
  sortReviews,
} from "./listing";
import { authenticate } from "./oauth";
import type { GoogleState } from "./state";
import type { GoogleLocation, GoogleReview } from "./types";

// Google Business Profile API v4: reviews of a location and the owner's reply.

export const MAX_REPLY_CHARS = 4096;

export interface GoogleApiDeps {
  state: GoogleState;
  faults: FaultSwitch;
  limiter: RateLimiter;
}

const LOCATION = String.raw`^/v4/accounts/(?<a>[^/]+)/locations/(?<l>[^/:]+)`;

/**
 * A list page as an injected fault shapes it: one review broken (the same review breaks the same
 * way every time, as a real upstream bug would), or the last review of the previous page repeated.
 */
function withListFault(deps: GoogleApiDeps, location: GoogleLocation, fault: ListFault | null, page: GoogleReview[], previous: GoogleReview | undefined): unknown[] {
  if (fault?.kind === "malformed") {
    const [first, ...rest] = page;
    if (!first) return page;
    const broken = breakItem(deps.faults, fault, first, {
      platform: "google",
      scope: location.name,
      reviewId: first.reviewId,
      corrupt: (r) => ({ ...r, starRating: "SIX", createTime: undefined }),
      freshen: (b) => ({ ...b, updateTime: deps.state.nowIso() }),
      now: new Date(deps.state.nowIso()),
    });
    return [broken, ...rest];
  }
  if (fault?.kind === "duplicate") return [previous ?? page[0], ...page].filter(Boolean);
  return page;
}

/** Fault injection, then bearer auth, then the per-client quota: the order a real API applies them. */
function guarded(deps: GoogleApiDeps, handler: Handler): Handler {
  return async (ctx) => {
    if (await applyRequestFault(deps.faults, "google", ctx, (res, status, headers) => sendGoogleError(res, status, undefined, headers))) return;
    const token = authenticate(deps.state, ctx);
    if (!token) return;
    const decision = deps.limiter.hit(token.clientId);
    if (!decision.ok) {
      return sendGoogleError(ctx.res, 429, undefined, { "retry-after": String(decision.retryAfterSeconds) });
    }
    await handler(ctx);
  };
}

function findLocation(deps: GoogleApiDeps, ctx: RequestContext): GoogleLocation | null {
  const { a, l } = ctx.params;
  const account = `accounts/${a}`;
  const location = deps.state.accounts.has(account) ? deps.state.location(`${account}/locations/${l}`) : undefined;
  if (!location) sendGoogleError(ctx.res, 404);
  return location ?? null;
}

function findReview(deps: GoogleApiDeps, ctx: RequestContext): GoogleReview | null {
  const location = findLocation(deps, ctx);
  if (!location) return null;
  const review = location.reviews.find((r) => r.reviewId === ctx.params.r);
  if (!review) sendGoogleError(ctx.res, 404);
  return review ?? null;
}

/** Reads a JSON body; answers 400 the way Google words it and returns undefined when it is not JSON. */
async function jsonBody(ctx: RequestContext): Promise<unknown> {
  const parsed = parseJson(await readBody(ctx.req));
  if (!parsed.ok) {
    sendGoogleError(ctx.res, 400, `Invalid JSON payload received. ${parsed.error}`);
    return undefined;
  }
  return parsed.value;
}

function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Request contains an invalid argument.";
  if (issue.code === "unrecognized_keys") {
    return `Invalid JSON payload received. Unknown name "${issue.keys[0] ?? ""}": Cannot find field.`;
  }
  return `Invalid value at '${issue.path.join(".") || "body"}': ${issue.message}`;
}

const replyBody = z.object({ comment: z.string().optional(), updateTime: z.string().optional() }).strict();

const batchBody = z
  .object({
    locationNames: z.array(z.string()).min(1).max(200),
    pageSize: z.number().int().optional(),
    pageToken: z.string().optional(),
    orderBy: z.string().optional(),
    ignoreRatingOnlyReviews: z.boolean().optional(),
  })
  .strict();

export function googleApiRoutes(deps: GoogleApiDeps): Route[] {
  const listReviews: Handler = (ctx) => {
    const location = findLocation(deps, ctx);
    if (!location) return;
    const fault = takeListFault(deps.faults, "google");
    const q = ctx.url.searchParams;
    const pageSize = parsePageSize(q.get("pageSize"));
    if (pageSize === null) return sendGoogleError(ctx.res, 400, "pageSize must be between 1 and 50.");
    const orderBy = parseOrderBy(q.get("orderBy"));
    if (orderBy === null) {
      return sendGoogleError(ctx.res, 400, `Invalid orderBy: ${q.get("orderBy")}. Use "updateTime desc", "rating" or "rating desc".`);
    }
    const scope = scopeKey([location.name]);
    const token = q.get("pageToken");
    const offset = token ? decodePageToken(token, orderBy, scope) : 0;
    if (offset === null) return sendGoogleError(ctx.res, 400, "Invalid pageToken.");

    const sorted = sortReviews(location.reviews, orderBy, (r) => r);
    const { page, nextPageToken } = slicePage(sorted, offset, pageSize, orderBy, scope);
    const body = {
      ...(page.length > 0 ? { reviews: withListFault(deps, location, fault, page, sorted[offset - 1]) } : {}),
      ...ratingSummary(location.reviews),
      ...(nextPageToken ? { nextPageToken } : {}),
    };
    if (fault?.kind === "truncate") return sendTruncatedJson(ctx.res, 200, body);
    sendJson(ctx.res, 200, body);
  };

  const batchGetReviews: Handler = async (ctx) => {
    const account = `accounts/${ctx.params.a}`;
    if (!deps.state.accounts.has(account)) return sendGoogleError(ctx.res, 404);
    const raw = await jsonBody(ctx);
    if (raw === undefined) return;
    const body = batchBody.safeParse(raw);
    if (!body.success) return sendGoogleError(ctx.res, 400, zodMessage(body.error));
    const { locationNames, ignoreRatingOnlyReviews } = body.data;
    const pageSize = parsePageSize(body.data.pageSize);
    if (pageSize === null) return sendGoogleError(ctx.res, 400, "pageSize must be between 1 and 50.");
    const orderBy = parseOrderBy(body.data.orderBy);
    if (orderBy === null) return sendGoogleError(ctx.res, 400, `Invalid orderBy: ${body.data.orderBy}.`);

    const items: { name: string; review: GoogleReview }[] = [];
    for (const name of locationNames) {
      if (!name.startsWith(`${account}/locations/`)) {
        return sendGoogleError(ctx.res, 400, `Location ${name} does not belong to ${account}.`);
      }
      const location = deps.state.location(name);
      if (!location) return sendGoogleError(ctx.res, 404, `Location ${name} was not found.`);
      for (const review of location.reviews) {
        if (ignoreRatingOnlyReviews && review.comment === undefined) continue;
        items.push({ name: location.name, review });
      }
    }
    const scope = scopeKey([...locationNames].sort().concat(String(ignoreRatingOnlyReviews ?? false)));
    const offset = body.data.pageToken ? decodePageToken(body.data.pageToken, orderBy, scope) : 0;
    if (offset === null) return sendGoogleError(ctx.res, 400, "Invalid pageToken.");
    const sorted = sortReviews(items, orderBy, (i) => i.review);
    const { page, nextPageToken } = slicePage(sorted, offset, pageSize, orderBy, scope);
    sendJson(ctx.res, 200, {
      ...(page.length > 0 ? { locationReviews: page } : {}),
      ...(nextPageToken ? { nextPageToken } : {}),
    });
  };

  const getReview: Handler = (ctx) => {
    const review = findReview(deps, ctx);
    if (review) sendJson(ctx.res, 200, review);
  };

  const putReply: Handler = async (ctx) => {
    const review = findReview(deps, ctx);
    if (!review) return;
    const raw = await jsonBody(ctx);
    if (raw === undefined) return;
    const body = replyBody.safeParse(raw);
    if (!body.success) return sendGoogleError(ctx.res, 400, zodMessage(body.error));
    const comment = body.data.comment ?? "";
    if (comment.trim() === "") return sendGoogleError(ctx.res, 400, "Reply comment must not be empty.");
    if ([...comment].length > MAX_REPLY_CHARS) {
      return sendGoogleError(ctx.res, 400, `Reply comment must be at most ${MAX_REPLY_CHARS} characters.`);
    }
    const reply = deps.state.putReply(review, comment);
    if (loseResponse(deps.faults, "google", review.reviewId, ctx)) return;
    sendJson(ctx.res, 200, reply);
  };

  const deleteReply: Handler = (ctx) => {
    const review = findReview(deps, ctx);
    if (!review) return;
    deps.state.deleteReply(review);
    sendJson(ctx.res, 200, {});
  };

  return [
    { method: "GET", path: new RegExp(`${LOCATION}/reviews$`), handler: guarded(deps, listReviews) },
    { method: "GET", path: new RegExp(`${LOCATION}/reviews/(?<r>[^/]+)$`), handler: guarded(deps, getReview) },
    { method: "PUT", path: new RegExp(`${LOCATION}/reviews/(?<r>[^/]+)/reply$`), handler: guarded(deps, putReply) },
    { method: "DELETE", path: new RegExp(`${LOCATION}/reviews/(?<r>[^/]+)/reply$`), handler: guarded(deps, deleteReply) },
    {
      method: "POST",
      path: /^\/v4\/accounts\/(?<a>[^/:]+)\/locations(?::|%3A)batchGetReviews$/i,
      handler: guarded(deps, batchGetReviews),
    },
  ];
}
