import { z } from "zod";
import type { FaultSwitch } from "../faults";
import { loseResponse } from "../fault-hooks";
import { readAdminBody } from "../admin-body";
import { sendJson, type RequestContext, type Route } from "../http";
import { sendTripadvisorError } from "./errors";
import type { TripadvisorQuota } from "./quota";
import type { TripadvisorState } from "./state";
import { TRIP_TYPES, type TripadvisorReview } from "./types";

// /_sandbox/tripadvisor/*: not part of Tripadvisor's contract. Lets tests and demos play the guest's
// side, and the hotel's side of a response posted by hand on the site.

/** Tripadvisor's management-response limit (unconfirmed: the site's form stops at 5000 characters). */
export const MAX_OWNER_RESPONSE_CHARS = 5000;

const rating = z.number().int().min(1).max(5).transform((n) => n as 1 | 2 | 3 | 4 | 5);
const datetime = z.iso.datetime({ offset: true });

const addReviewBody = z.object({
  /** The location id, e.g. "19847302". */
  location: z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(Number),
  username: z.string().min(1).max(100).optional(),
  userLocation: z.string().min(1).max(100).optional(),
  lang: z.string().min(2).max(10).default("en"),
  rating,
  title: z.string().min(1).max(200),
  text: z.string().min(1).max(20_000),
  tripType: z.enum(TRIP_TYPES).optional(),
  publishedDate: datetime.optional(),
});

const editReviewBody = z.object({
  rating: rating.optional(),
  title: z.string().min(1).max(200).optional(),
  text: z.string().min(1).max(20_000).optional(),
  publishedDate: datetime.optional(),
});

const ownerResponseBody = z.object({ text: z.string().trim().min(1), author: z.string().min(1).max(200).optional() });

const limitsBody = z.object({
  perSecond: z.number().int().min(1).max(10_000).optional(),
  dailyBudget: z.number().int().min(0).max(10_000_000).optional(),
});

function body<T>(ctx: RequestContext, schema: z.ZodType<T>): Promise<T | undefined> {
  return readAdminBody(ctx, schema, (message) => sendTripadvisorError(ctx.res, 400, message));
}

export interface TripadvisorAdminDeps {
  state: TripadvisorState;
  faults: FaultSwitch;
  quota: TripadvisorQuota;
}

export function tripadvisorAdminRoutes({ state, faults, quota }: TripadvisorAdminDeps): Route[] {
  const REVIEW = String.raw`^/_sandbox/tripadvisor/reviews/(?<id>\d+)`;
  const found = (ctx: RequestContext): TripadvisorReview | undefined => {
    const review = state.findReview(Number(ctx.params.id))?.review;
    if (!review) sendTripadvisorError(ctx.res, 404, `Unknown review ${ctx.params.id}`);
    return review;
  };

  return [
    {
      method: "GET",
      path: /^\/_sandbox\/tripadvisor\/reviews$/,
      handler: (ctx) => {
        const only = ctx.url.searchParams.get("location");
        if (only && !state.location(Number(only))) return sendTripadvisorError(ctx.res, 404, `Unknown location ${only}`);
        const locations = [...state.locations.values()].filter((l) => !only || l.location_id === Number(only));
        sendJson(ctx.res, 200, {
          locations: locations.map((l) => ({ location_id: l.location_id, name: l.name, city: l.city, reviews: l.reviews })),
        });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/tripadvisor\/reviews$/,
      handler: async (ctx) => {
        const input = await body(ctx, addReviewBody);
        if (!input) return;
        if (!state.location(input.location)) return sendTripadvisorError(ctx.res, 404, `Unknown location ${input.location}`);
        const { location, ...rest } = input;
        sendJson(ctx.res, 201, state.addReview({ ...rest, locationId: location }));
      },
    },
    {
      method: "GET",
      path: new RegExp(`${REVIEW}$`),
      handler: (ctx) => {
        const review = found(ctx);
        if (review) sendJson(ctx.res, 200, review);
      },
    },
    {
      method: "POST",
      path: new RegExp(`${REVIEW}/edit$`),
      handler: async (ctx) => {
        if (!found(ctx)) return;
        const patch = await body(ctx, editReviewBody);
        if (!patch) return;
        sendJson(ctx.res, 200, state.editReview(Number(ctx.params.id), patch));
      },
    },
    {
      method: "DELETE",
      path: new RegExp(`${REVIEW}$`),
      handler: (ctx) => {
        if (!found(ctx)) return;
        state.deleteReview(Number(ctx.params.id));
        sendJson(ctx.res, 200, { deleted: Number(ctx.params.id) });
      },
    },
    {
      // A response the hotel typed into Tripadvisor's Management Center (the only reply "write" this
      // platform has, so lose-response faults bite here).
      method: "POST",
      path: new RegExp(`${REVIEW}/owner-response$`),
      handler: async (ctx) => {
        const review = found(ctx);
        if (!review) return;
        const input = await body(ctx, ownerResponseBody);
        if (!input) return;
        if (review.owner_response) return sendTripadvisorError(ctx.res, 409, "This review already has a management response");
        const length = [...input.text].length;
        if (length > MAX_OWNER_RESPONSE_CHARS) {
          return sendTripadvisorError(ctx.res, 400, `A management response is at most ${MAX_OWNER_RESPONSE_CHARS} characters (got ${length})`);
        }
        state.setOwnerResponse(review, input.text, input.author);
        if (loseResponse(faults, "tripadvisor", String(review.id), ctx)) return;
        sendJson(ctx.res, 201, review);
      },
    },
    {
      method: "GET",
      path: /^\/_sandbox\/tripadvisor\/limits$/,
      handler: (ctx) => sendJson(ctx.res, 200, { ...quota.limits, callsToday: sumCallsToday(state, quota) }),
    },
    {
      method: "POST",
      path: /^\/_sandbox\/tripadvisor\/limits$/,
      handler: async (ctx) => {
        const input = await body(ctx, limitsBody);
        if (!input) return;
        quota.limits = { ...quota.limits, ...input };
        sendJson(ctx.res, 200, { ...quota.limits, callsToday: sumCallsToday(state, quota) });
      },
    },
  ];
}

function sumCallsToday(state: TripadvisorState, quota: TripadvisorQuota): number {
  return [...state.apiKeys].reduce((n, key) => n + quota.callsToday(key), 0);
}
