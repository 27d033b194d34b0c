import { GraphQLError } from "graphql";
import type { FaultSwitch } from "../faults";
import { takeListFault, type ListFault } from "../fault-hooks";
import { badInput, checkPageSize, filterReviews, parseOrder, scopeOf, slicePage, sortReviews, type ReviewFilterInput } from "./listing";
import type { WindowLimiter } from "./quota";
import type { ExpediaState } from "./state";
import type { ExpediaProperty, IdSource } from "./types";

// What Query.property, Property.reviews and Mutation.setReviewResponse do. Failures are GraphQL errors
// with an `extensions.code`, answered with HTTP 200 as Expedia does for execution errors.

/** Longest response accepted, in characters (unconfirmed: Expedia does not state a limit; 1000 chosen). */
export const MAX_RESPONSE_CHARS = 1000;

export interface ExpediaCallContext {
  clientId: string;
  /** The list fault taken for this request's review page, applied by the route after execution. */
  listFault: ListFault | null;
  /** The property whose reviews the page lists. */
  listScope: string | null;
  /** The review whose response setReviewResponse stored (the point after which a response can be lost). */
  wroteResponse: string | null;
}

export interface ResolverDeps {
  state: ExpediaState;
  faults: FaultSwitch;
  responseLimiter: WindowLimiter;
}

interface ReviewsArgs {
  pageSize: number;
  filter?: ReviewFilterInput | null;
  orderBy?: Parameters<typeof parseOrder>[0];
  after?: string | null;
}

interface SetReviewResponseArgs {
  propertyId: string;
  propertyIdSource: IdSource;
  reviewId: string;
  body: { value: string; locale: string };
}

const error = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code } });

const BCP47 = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

function accessibleProperty(deps: ResolverDeps, ctx: ExpediaCallContext, id: string, idSource: IdSource | null | undefined): ExpediaProperty {
  // Only Expedia ids are simulated; SUPPLIER / VRBO ids resolve to nothing.
  const property = (idSource ?? "EXPEDIA") === "EXPEDIA" ? deps.state.properties.get(id) : undefined;
  if (!property) throw error(`Property ${id} was not found.`, "NOT_FOUND");
  if (!deps.state.client(ctx.clientId)?.propertyIds.includes(property.id)) {
    throw error(`Not authorized to access property ${id}.`, "FORBIDDEN");
  }
  return property;
}

function listReviews(deps: ResolverDeps, property: ExpediaProperty, args: ReviewsArgs, ctx: ExpediaCallContext) {
  checkPageSize(args.pageSize);
  const order = parseOrder(args.orderBy);
  const filtered = filterReviews(property.reviews, args.filter);
  const sorted = sortReviews(filtered, order);
  const scope = scopeOf([property.id, args.filter ?? null, order]);
  const { page, previous, cursor } = slicePage(sorted, order, args.pageSize, args.after, scope);
  // A query for one review by id is how clients read a single review here (Expedia has no endpoint
  // for one): list faults bite listings only, as on the other platforms.
  ctx.listFault = args.filter?.reviewId ? null : takeListFault(deps.faults, "expedia");
  ctx.listScope = property.id;
  const first = page[0];
  const reviews = ctx.listFault?.kind === "duplicate" && first ? [previous ?? first, ...page] : page;
  return { totalCount: filtered.length, cursor, reviews };
}

function setReviewResponse(deps: ResolverDeps, args: SetReviewResponseArgs, ctx: ExpediaCallContext) {
  const quota = deps.responseLimiter.hit(ctx.clientId);
  if (!quota.ok) {
    // Expedia's documented operation-level limit answer (HTTP 200).
    throw error(`Too many requests, please try again in ${quota.retryAfterSeconds} seconds.`, "RATE_LIMIT_EXCEEDED", {
      limit: deps.responseLimiter.limit,
      duration: Math.round(deps.responseLimiter.windowMs / 1000),
    });
  }
  const property = accessibleProperty(deps, ctx, args.propertyId, args.propertyIdSource);
  const review = property.reviews.find((r) => r.id === args.reviewId);
  if (!review) throw error(`Review ${args.reviewId} was not found for property ${property.id}.`, "NOT_FOUND");
  if (!review.isEligibleForResponse) throw error(`Review ${review.id} is not eligible for a response.`, "BAD_USER_INPUT");
  const value = args.body.value;
  if (value.trim() === "") throw badInput("body.value must not be empty.");
  if ([...value].length > MAX_RESPONSE_CHARS) throw badInput(`body.value must be at most ${MAX_RESPONSE_CHARS} characters.`);
  if (!BCP47.test(args.body.locale)) throw badInput(`body.locale "${args.body.locale}" is not a BCP 47 language tag.`);

  const response = deps.state.setResponse(review.id, { value, locale: args.body.locale.replace(/_/g, "-") });
  if (!response) throw error(`Review ${args.reviewId} was not found.`, "NOT_FOUND");
  ctx.wroteResponse = review.id;
  return { body: response.body, status: response.status, createdDateTime: response.createdDateTime };
}

/** Root value for graphql-js: root fields take (args, context); Property.reviews is a method of the property. */
export function expediaRootValue(deps: ResolverDeps) {
  return {
    property: (args: { id: string; idSource?: IdSource | null }, ctx: ExpediaCallContext) => {
      const property = accessibleProperty(deps, ctx, args.id, args.idSource);
      return {
        id: property.id,
        name: property.name,
        ids: [{ id: property.id, idSource: "EXPEDIA" }],
        reviews: (reviewArgs: ReviewsArgs, c: ExpediaCallContext) => listReviews(deps, property, reviewArgs, c),
      };
    },
    setReviewResponse: (args: SetReviewResponseArgs, ctx: ExpediaCallContext) => setReviewResponse(deps, args, ctx),
  };
}
