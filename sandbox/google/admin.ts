import { z } from "zod";
import { readAdminBody } from "../admin-body";
import { sendJson, type RequestContext, type Route } from "../http";
import { sendGoogleError } from "./errors";
import type { GoogleState } from "./state";
import { STAR_BY_NUMBER, STAR_RATINGS, type StarRating } from "./types";

// /_sandbox/google/*: not part of Google's contract. Lets tests and demos play the guest's side.

const starRating = z
  .union([z.enum(STAR_RATINGS), z.number().int().min(1).max(5)])
  .transform((v): StarRating => (typeof v === "number" ? STAR_BY_NUMBER[v as 1 | 2 | 3 | 4 | 5] : v));

const addReviewBody = z.object({
  /** "accounts/1001/locations/2001", "locations/2001" or "2001". */
  location: z.string().min(1),
  reviewerName: z.string().min(1).max(200).optional(),
  anonymous: z.boolean().optional(),
  starRating,
  comment: z.string().max(10_000).nullable().optional(),
  createTime: z.iso.datetime({ offset: true }).optional(),
});

const editReviewBody = z.object({
  starRating: starRating.optional(),
  comment: z.string().max(10_000).nullable().optional(),
  updateTime: z.iso.datetime({ offset: true }).optional(),
});

function body<T>(ctx: RequestContext, schema: z.ZodType<T>): Promise<T | undefined> {
  return readAdminBody(ctx, schema, (message) => sendGoogleError(ctx.res, 400, message));
}

function resolveLocation(state: GoogleState, location: string): string | undefined {
  if (state.location(location)) return location;
  const id = location.replace(/^locations\//, "");
  return [...state.locations.keys()].find((name) => name.endsWith(`/locations/${id}`));
}

const addLocationBody = z.object({
  /** Digits, like Google's location ids; one is chosen when left out. */
  locationId: z.string().regex(/^\d{1,20}$/).optional(),
  title: z.string().min(1).max(200),
  city: z.string().min(1).max(100),
});

const toIso = (v: string | undefined) => (v === undefined ? undefined : new Date(v).toISOString());

export function googleAdminRoutes(state: GoogleState): Route[] {
  return [
    {
      method: "GET",
      path: /^\/_sandbox\/google\/reviews$/,
      handler: (ctx) => {
        const only = ctx.url.searchParams.get("location");
        const name = only ? resolveLocation(state, only) : undefined;
        if (only && !name) return sendGoogleError(ctx.res, 404, `Unknown location ${only}`);
        const locations = [...state.locations.values()].filter((l) => !name || l.name === name);
        sendJson(ctx.res, 200, {
          locations: locations.map((l) => ({ name: l.name, title: l.title, city: l.city, reviews: l.reviews })),
        });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/google\/reviews$/,
      handler: async (ctx) => {
        const input = await body(ctx, addReviewBody);
        if (!input) return;
        const locationName = resolveLocation(state, input.location);
        if (!locationName) return sendGoogleError(ctx.res, 404, `Unknown location ${input.location}`);
        const review = state.addReview({
          locationName,
          reviewerName: input.reviewerName,
          anonymous: input.anonymous,
          starRating: input.starRating,
          comment: input.comment,
          createTime: toIso(input.createTime),
        });
        sendJson(ctx.res, 201, review);
      },
    },
    {
      method: "GET",
      path: /^\/_sandbox\/google\/reviews\/(?<r>[^/]+)$/,
      handler: (ctx) => {
        const found = state.findReview(ctx.params.r ?? "");
        if (!found) return sendGoogleError(ctx.res, 404, `Unknown review ${ctx.params.r}`);
        sendJson(ctx.res, 200, found.review);
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/google\/reviews\/(?<r>[^/]+)\/edit$/,
      handler: async (ctx) => {
        if (!state.findReview(ctx.params.r ?? "")) {
          return sendGoogleError(ctx.res, 404, `Unknown review ${ctx.params.r}`);
        }
        const patch = await body(ctx, editReviewBody);
        if (!patch) return;
        const review = state.editReview(ctx.params.r ?? "", { ...patch, updateTime: toIso(patch.updateTime) });
        sendJson(ctx.res, 200, review);
      },
    },
    {
      method: "DELETE",
      path: /^\/_sandbox\/google\/reviews\/(?<r>[^/]+)$/,
      handler: (ctx) => {
        if (!state.deleteReview(ctx.params.r ?? "")) return sendGoogleError(ctx.res, 404, `Unknown review ${ctx.params.r}`);
        sendJson(ctx.res, 200, { deleted: ctx.params.r });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/google\/locations$/,
      handler: async (ctx) => {
        const input = await body(ctx, addLocationBody);
        if (!input) return;
        if (input.locationId && resolveLocation(state, input.locationId)) return sendGoogleError(ctx.res, 409, `Location ${input.locationId} exists`);
        const location = state.addLocation(input);
        sendJson(ctx.res, 201, { name: location.name, title: location.title, city: location.city });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/google\/tokens\/revoke$/,
      handler: (ctx) => sendJson(ctx.res, 200, { revoked: state.revokeTokens() }),
    },
  ];
}
