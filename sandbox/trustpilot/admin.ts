import { z } from "zod";
import { readAdminBody } from "../admin-body";
import { sendJson, type RequestContext, type Route } from "../http";
import { sendTrustpilotError } from "./errors";
import { trustpilotTime } from "./seed";
import type { TrustpilotState } from "./state";
import type { Stars } from "./types";

// /_sandbox/trustpilot/*: not part of Trustpilot's contract. Lets tests and demos play the consumer's side.

const stars = z.number().int().min(1).max(5).transform((n) => n as Stars);
const timestamp = z.iso.datetime({ offset: true }).transform((v) => trustpilotTime(Date.parse(v)));

const addReviewBody = z.object({
  businessUnitId: z.string().min(1),
  consumerName: z.string().min(1).max(200).optional(),
  stars,
  title: z.string().max(200).optional(),
  text: z.string().min(1).max(10_000),
  language: z.string().min(2).max(8).optional(),
  createdAt: timestamp.optional(),
});

const editReviewBody = z.object({
  stars: stars.optional(),
  title: z.string().max(200).optional(),
  text: z.string().min(1).max(10_000).optional(),
  updatedAt: timestamp.optional(),
});

function body<T>(ctx: RequestContext, schema: z.ZodType<T>): Promise<T | undefined> {
  return readAdminBody(ctx, schema, (message) => sendTrustpilotError(ctx.res, 400, message));
}

const REVIEW = /^\/_sandbox\/trustpilot\/reviews\/(?<id>[^/]+)$/;

export function trustpilotAdminRoutes(state: TrustpilotState): Route[] {
  const unknownReview = (ctx: RequestContext) => sendTrustpilotError(ctx.res, 404, `Unknown review ${ctx.params.id}`);
  return [
    {
      method: "GET",
      path: /^\/_sandbox\/trustpilot\/reviews$/,
      handler: (ctx) => {
        const only = ctx.url.searchParams.get("businessUnitId");
        if (only && !state.businessUnits.has(only)) return sendTrustpilotError(ctx.res, 404, `Unknown business unit ${only}`);
        const units = [...state.businessUnits.values()].filter((u) => !only || u.id === only);
        sendJson(ctx.res, 200, { businessUnits: units });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/trustpilot\/reviews$/,
      handler: async (ctx) => {
        const input = await body(ctx, addReviewBody);
        if (!input) return;
        if (!state.businessUnits.has(input.businessUnitId)) {
          return sendTrustpilotError(ctx.res, 404, `Unknown business unit ${input.businessUnitId}`);
        }
        sendJson(ctx.res, 201, state.addReview(input));
      },
    },
    {
      method: "GET",
      path: REVIEW,
      handler: (ctx) => {
        const found = state.findReview(ctx.params.id ?? "");
        if (!found) return unknownReview(ctx);
        sendJson(ctx.res, 200, found.review);
      },
    },
    {
      method: "DELETE",
      path: REVIEW,
      handler: (ctx) => (state.deleteReview(ctx.params.id ?? "") ? sendJson(ctx.res, 200, { deleted: ctx.params.id }) : unknownReview(ctx)),
    },
    {
      method: "POST",
      path: /^\/_sandbox\/trustpilot\/reviews\/(?<id>[^/]+)\/edit$/,
      handler: async (ctx) => {
        if (!state.findReview(ctx.params.id ?? "")) return unknownReview(ctx);
        const patch = await body(ctx, editReviewBody);
        if (!patch) return;
        sendJson(ctx.res, 200, state.editReview(ctx.params.id ?? "", patch));
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/trustpilot\/tokens\/revoke$/,
      handler: (ctx) => sendJson(ctx.res, 200, { revoked: state.revokeAccessTokens() }),
    },
  ];
}
