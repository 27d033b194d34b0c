import { z } from "zod";
import { readAdminBody } from "../admin-body";
import { sendJson, type RequestContext, type Route } from "../http";
import { sendBookingError } from "./errors";
import { requestOrigin } from "./listing";
import { toWire } from "./routes";
import { BOOKING_SANDBOX_USERNAME } from "./seed";
import type { BookingState, StoredReview } from "./state";
import { SUBSCORES } from "./types";

// /_sandbox/booking/*: not part of Booking's contract. Lets tests and demos play the guest's and the
// moderator's side.

const score = z.number().min(1).max(10);
const text = z.string().max(10_000).nullable().optional();
const language = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i, "a language code such as en-gb").optional();
const when = z.iso.datetime({ offset: true }).optional();

const addReviewBody = z.object({
  /** The Booking property id ("5512081"). */
  property: z.string().min(1),
  reviewerName: z.string().min(1).max(200).nullable().optional(),
  countryCode: z.string().regex(/^[a-z]{2}$/i).nullable().optional(),
  genius: z.boolean().optional(),
  score,
  subscores: z.partialRecord(z.enum(SUBSCORES), z.number().min(2.5).max(10).nullable()).optional(),
  headline: text,
  positive: text,
  negative: text,
  language,
  createdAt: when,
});

const editReviewBody = z.object({ score: score.optional(), headline: text, positive: text, negative: text, language, changedAt: when });

const addPropertyBody = z.object({
  /** Booking property ids are digits; one is chosen when left out. */
  id: z.string().regex(/^\d{1,12}$/).optional(),
  name: z.string().min(1).max(200),
  city: z.string().min(1).max(100),
});

const moderateBody = z.object({
  decision: z.enum(["publish", "published", "reject", "rejected"]).transform((d) => (d.startsWith("publish") ? "published" : "rejected") as "published" | "rejected"),
});

function body<T>(ctx: RequestContext, schema: z.ZodType<T>): Promise<T | undefined> {
  return readAdminBody(ctx, schema, (message) => sendBookingError(ctx.res, 400, message));
}

const toDate = (v: string | undefined) => (v === undefined ? undefined : new Date(v));

export function bookingAdminRoutes(state: BookingState): Route[] {
  const found = (ctx: RequestContext): StoredReview | undefined => {
    const stored = state.find(ctx.params.r ?? "");
    if (!stored) sendBookingError(ctx.res, 404, `Unknown review ${ctx.params.r}`);
    return stored;
  };
  const one = (ctx: RequestContext, stored: StoredReview, status = 200) => sendJson(ctx.res, status, toWire(stored, requestOrigin(ctx.req)));
  const REVIEW = String.raw`^/_sandbox/booking/reviews/(?<r>[^/]+)`;

  return [
    {
      method: "GET",
      path: /^\/_sandbox\/booking\/reviews$/,
      handler: (ctx) => {
        const only = ctx.url.searchParams.get("property");
        if (only && !state.properties.has(only)) return sendBookingError(ctx.res, 404, `Unknown property ${only}`);
        const origin = requestOrigin(ctx.req);
        const properties = [...state.properties.values()].filter((p) => !only || p.id === only);
        sendJson(ctx.res, 200, {
          properties: properties.map((p) => ({ ...p, reviews: state.feed(p.id).map((s) => toWire(s, origin)) })),
        });
      },
    },
    {
      method: "POST",
      path: /^\/_sandbox\/booking\/reviews$/,
      handler: async (ctx) => {
        const input = await body(ctx, addReviewBody);
        if (!input) return;
        if (!state.properties.has(input.property)) return sendBookingError(ctx.res, 404, `Unknown property ${input.property}`);
        const { property, createdAt, ...rest } = input;
        const review = state.addReview({ ...rest, propertyId: property, createdAt: toDate(createdAt) });
        const stored = state.find(review.review_id);
        if (stored) one(ctx, stored, 201);
      },
    },
    {
      method: "GET",
      path: new RegExp(`${REVIEW}$`),
      handler: (ctx) => {
        const stored = found(ctx);
        if (stored) one(ctx, stored);
      },
    },
    {
      method: "POST",
      path: new RegExp(`${REVIEW}/edit$`),
      handler: async (ctx) => {
        if (!found(ctx)) return;
        const patch = await body(ctx, editReviewBody);
        if (!patch) return;
        state.editReview(ctx.params.r ?? "", { ...patch, changedAt: toDate(patch.changedAt) });
        const stored = state.find(ctx.params.r ?? "");
        if (stored) one(ctx, stored);
      },
    },
    {
      method: "DELETE",
      path: new RegExp(`${REVIEW}$`),
      handler: (ctx) => {
        if (!state.deleteReview(ctx.params.r ?? "")) return sendBookingError(ctx.res, 404, `Unknown review ${ctx.params.r}`);
        sendJson(ctx.res, 200, { deleted: ctx.params.r });
      },
    },
    {
      // A property connected to the demo machine account (BOOKING_SANDBOX_CREDENTIALS), kept until reset.
      method: "POST",
      path: /^\/_sandbox\/booking\/properties$/,
      handler: async (ctx) => {
        const input = await body(ctx, addPropertyBody);
        if (!input) return;
        let next = 5_600_000 + state.properties.size;
        while (!input.id && state.properties.has(String(next))) next++;
        const id = input.id ?? String(next);
        if (state.properties.has(id)) return sendBookingError(ctx.res, 409, `Property ${id} exists`);
        state.properties.set(id, { id, name: input.name, city: input.city });
        state.accounts.find((a) => a.username === BOOKING_SANDBOX_USERNAME)?.propertyIds.push(id);
        sendJson(ctx.res, 201, state.properties.get(id));
      },
    },
    {
      method: "POST",
      path: new RegExp(`${REVIEW}/moderate$`),
      handler: async (ctx) => {
        const stored = found(ctx);
        if (!stored) return;
        const input = await body(ctx, moderateBody);
        if (!input) return;
        if (!state.moderate(stored, input.decision)) return sendBookingError(ctx.res, 409, "This review has no pending reply to moderate");
        one(ctx, stored);
      },
    },
  ];
}
