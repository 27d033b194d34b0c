import { z } from "zod";
import { readAdminBody } from "../admin-body";
import { sendJson, type RequestContext, type Route } from "../http";
import type { RateLimiter } from "../rate-limit";
import { sendExpediaError } from "./errors";
import type { ModerationQueue } from "./moderation";
import type { WindowLimiter } from "./quota";
import type { ExpediaState } from "./state";
import { RATING_SCALE, REVIEW_BRANDS } from "./types";

// /_sandbox/expedia/*: not part of Expedia's contract. Lets tests and demos play the guest's and
// Expedia's moderators' side, and tune the simulator.

export interface ExpediaAdminDeps {
  state: ExpediaState;
  limiter: RateLimiter;
  responseLimiter: WindowLimiter;
  moderation: ModerationQueue;
}

const overall = z.number().int().min(1).max(RATING_SCALE);
const isoTime = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());

const addReviewBody = z.object({
  propertyId: z.string().min(1),
  firstName: z.string().min(1).max(100).optional(),
  lastName: z.string().max(100).optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  overall,
  title: z.string().max(200).nullable().optional(),
  body: z.string().max(10_000).optional(),
  createdDateTime: isoTime.optional(),
  brand: z.enum(REVIEW_BRANDS).optional(),
});

const editReviewBody = z.object({
  title: z.string().max(200).nullable().optional(),
  body: z.string().max(10_000).optional(),
  overall: overall.optional(),
  lastUpdatedDateTime: isoTime.optional(),
});

const moderateBody = z.object({ decision: z.enum(["APPROVED", "REJECTED"]) });

const configBody = z
  .object({
    ratePerMinute: z.number().int().min(1).max(1_000_000),
    responsesPerSecond: z.number().int().min(1).max(10_000),
    moderationDelayMs: z.number().int().min(0).max(86_400_000),
    tokenTtlSeconds: z.number().int().min(1).max(86_400),
  })
  .partial()
  .strict();

function body<T>(ctx: RequestContext, schema: z.ZodType<T>): Promise<T | undefined> {
  return readAdminBody(ctx, schema, (message) => sendExpediaError(ctx.res, 400, { message, code: "BAD_USER_INPUT" }));
}

const REVIEW = String.raw`^/_sandbox/expedia/reviews/(?<id>[^/]+)`;

export function expediaAdminRoutes(deps: ExpediaAdminDeps): Route[] {
  const { state } = deps;
  const missing = (ctx: RequestContext) => sendExpediaError(ctx.res, 404, { message: `Unknown review ${ctx.params.id}` });
  const config = () => ({
    ratePerMinute: deps.limiter.perMinute,
    responsesPerSecond: deps.responseLimiter.limit,
    moderationDelayMs: deps.moderation.delayMs,
    tokenTtlSeconds: state.tokenTtlSeconds,
  });

  return [
    {
      method: "GET",
      path: /^\/_sandbox\/expedia\/reviews$/,
      handler: (ctx) => {
        const only = ctx.url.searchParams.get("property");
        if (only && !state.properties.has(only)) return sendExpediaError(ctx.res, 404, { message: `Unknown property ${only}` });
        const properties = [...state.properties.values()].filter((p) => !only || p.id === only);
        sendJson(ctx.res, 200, { properties });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/expedia\/reviews$/,
      handler: async (ctx) => {
        const input = await body(ctx, addReviewBody);
        if (!input) return;
        if (!state.properties.has(input.propertyId)) return sendExpediaError(ctx.res, 404, { message: `Unknown property ${input.propertyId}` });
        sendJson(ctx.res, 201, state.addReview(input));
      },
    },
    {
      method: "GET",
      path: new RegExp(`${REVIEW}$`),
      handler: (ctx) => {
        const found = state.findReview(ctx.params.id ?? "");
        return found ? sendJson(ctx.res, 200, found.review) : missing(ctx);
      },
    },
    {
      method: "DELETE",
      path: new RegExp(`${REVIEW}$`),
      handler: (ctx) => {
        const deleted = state.deleteReview(ctx.params.id ?? "");
        return deleted ? sendJson(ctx.res, 200, { deleted: deleted.id }) : missing(ctx);
      },
    },
    {
      method: "POST",
      path: new RegExp(`${REVIEW}/edit$`),
      handler: async (ctx) => {
        if (!state.findReview(ctx.params.id ?? "")) return missing(ctx);
        const patch = await body(ctx, editReviewBody);
        if (patch) sendJson(ctx.res, 200, state.editReview(ctx.params.id ?? "", patch));
      },
    },
    {
      method: "POST",
      path: new RegExp(`${REVIEW}/moderate$`),
      handler: async (ctx) => {
        const found = state.findReview(ctx.params.id ?? "");
        if (!found) return missing(ctx);
        const input = await body(ctx, moderateBody);
        if (!input) return;
        if (found.review.response?.status !== "PENDING") {
          return sendExpediaError(ctx.res, 409, { message: "The review has no pending response.", code: "CONFLICT" });
        }
        state.moderate(found.review.id, input.decision);
        sendJson(ctx.res, 200, found.review);
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/expedia\/tokens\/revoke$/,
      handler: (ctx) => sendJson(ctx.res, 200, { revoked: state.revokeTokens() }),
    },
    { method: "GET", path: /^\/_sandbox\/expedia\/config$/, handler: (ctx) => sendJson(ctx.res, 200, config()) },
    {
      method: "POST",
      path: /^\/_sandbox\/expedia\/config$/,
      handler: async (ctx) => {
        const input = await body(ctx, configBody);
        if (!input) return;
        if (input.ratePerMinute !== undefined) deps.limiter.perMinute = input.ratePerMinute;
        if (input.responsesPerSecond !== undefined) deps.responseLimiter.limit = input.responsesPerSecond;
        if (input.moderationDelayMs !== undefined) deps.moderation.delayMs = input.moderationDelayMs;
        if (input.tokenTtlSeconds !== undefined) state.tokenTtlSeconds = input.tokenTtlSeconds;
        sendJson(ctx.res, 200, config());
      },
    },
  ];
}
