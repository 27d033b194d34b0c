import { z } from "zod";
import type { SharedTokens } from "../token-cache";
import { PlatformError } from "../errors";
import type { CallContext, FetchLike } from "../http";
import type { ExistingReply, MalformedReview, NormalizedReview, PlatformConnector, PublishedReply, ReplyRules, ReviewPage } from "../types";
import { ExpediaTokenSource, type ExpediaCredentials } from "./auth";
import { formatCursor, ListingWalk, parseCursor, updatedDateFilter } from "./cursor";
import { expediaGraphQL } from "./graphql";
import { normalizeExpediaReview, rawIdentity, replyStatus } from "./normalize";
import { LIST_REVIEWS, READ_REVIEW, SET_REVIEW_RESPONSE } from "./queries";

// Expedia Group Lodging Supply GraphQL connector: reviews of one property, and the property's response.

/** Unconfirmed: Expedia publishes no limit for responses; 1000 characters is the conservative choice. */
export const EXPEDIA_MAX_REPLY_CHARS = 1000;

/** once: false is unconfirmed (the sandbox lets a new response replace the old one, moderated again). */
export const EXPEDIA_REPLY_RULES: ReplyRules = { via: "api", once: false, moderated: true, maxLength: EXPEDIA_MAX_REPLY_CHARS, needsReviewText: false };

/** Expedia times requests out after 65 s; Lobby gives up sooner so a job is not stuck that long. */
export const EXPEDIA_TIMEOUT_MS = 30_000;
const MAX_PAGE_SIZE = 100;
const MAX_PAGES = 1000;

export interface ExpediaConnectorOptions {
  /** "https://api.expediagroup.com" in production, the sandbox's URL locally. */
  apiBase: string;
  /** "https://api.expediagroup.com/identity/oauth2/v3/token" in production. */
  tokenUrl: string;
  credentials: ExpediaCredentials;
  /** Expedia property id (EID). */
  propertyId: string;
  fetch?: FetchLike;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Reviews per page, 1..100. Default 100 (Expedia's maximum). */
  pageSize?: number;
  /** Access tokens kept across connectors (the workers pass the process-wide set); default: this connector's own. */
  tokens?: SharedTokens;
  /** Clock for the token cache and the listing window. */
  now?: () => number;
  /** Locale of a response when the review states none. Default en-US. */
  fallbackLocale?: string;
}

const listPage = z.object({
  property: z
    .object({ reviews: z.object({ cursor: z.string().nullish(), reviews: z.array(z.unknown()) }) })
    .nullable(),
});

const reviewLookup = z.object({
  property: z
    .object({
      reviews: z.object({
        reviews: z.array(
          z
            .object({
              id: z.string(),
              isEligibleForResponse: z.boolean().nullish(),
              body: z.object({ locale: z.string() }).nullish(),
              response: z
                .object({ body: z.object({ value: z.string() }), status: z.string(), createdDateTime: z.string(), lastUpdatedDateTime: z.string().nullish() })
                .nullish(),
            })
            .nullable(),
        ),
      }),
    })
    .nullable(),
});

const responseCreated = z.object({
  setReviewResponse: z.object({ status: z.string(), createdDateTime: z.iso.datetime({ offset: true }) }),
});

export function createExpediaConnector(options: ExpediaConnectorOptions): PlatformConnector {
  const propertyId = options.propertyId.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(propertyId)) {
    throw new PlatformError("invalid", `Not an Expedia property id: "${options.propertyId}"`, { platform: "EXPEDIA" });
  }
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? MAX_PAGE_SIZE));
  const now = options.now ?? Date.now;
  let tokens: ExpediaTokenSource;
  const ctx: CallContext = {
    platform: "EXPEDIA",
    label: "Expedia",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? EXPEDIA_TIMEOUT_MS,
    secrets: () => tokens.secrets(),
  };
  tokens = new ExpediaTokenSource(ctx, options.tokenUrl, options.credentials, now, options.tokens);
  const api = expediaGraphQL(ctx, `${options.apiBase.replace(/\/+$/, "")}/supply/lodging/graphql`, tokens);
  const fail = (kind: PlatformError["kind"], message: string) => new PlatformError(kind, message, { platform: "EXPEDIA" });

  async function* listReviewsSince(cursor: string | null): AsyncGenerator<ReviewPage> {
    const since = parseCursor(cursor);
    const walk = new ListingWalk(since);
    // Oldest change first, so the walk ends at the newest; the cursor moves only once it is complete.
    const filter = since ? { updatedDate: updatedDateFilter(since, now()) } : null;
    let after: string | null = null;

    for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
      const data = await api.request(LIST_REVIEWS, { propertyId, pageSize, after, filter }, "listing reviews");
      const page = listPage.safeParse(data);
      if (!page.success) throw fail("unavailable", "Expedia sent an unexpected review list");
      if (!page.data.property) throw fail("not_found", `Expedia has no property ${propertyId} for this connection`);

      const reviews: NormalizedReview[] = [];
      const malformed: MalformedReview[] = [];
      for (const raw of page.data.property.reviews.reviews) {
        const parsed = normalizeExpediaReview(raw);
        if (!parsed.ok) {
          // Not marked as seen: once Expedia serves it intact, a later walk picks it up. Old or
          // already-stored items are not reported again.
          const { id, updatedAt } = rawIdentity(raw);
          const known = updatedAt && (walk.isOld(updatedAt) || (id !== null && walk.knownDespiteBroken(id, updatedAt)));
          if (!known) malformed.push({ raw, reason: parsed.reason });
          continue;
        }
        if (walk.take(parsed.review.externalId, parsed.review.updatedAt)) reviews.push(parsed.review);
      }

      const next = page.data.property.reviews.cursor || null;
      if (!next) {
        const finished = walk.finish();
        yield { reviews, malformed, cursor: finished ? formatCursor(finished) : cursor };
        return;
      }
      yield { reviews, malformed, cursor };
      if (next === after) throw fail("unavailable", "Expedia returned the same page cursor twice");
      after = next;
    }
    throw fail("unavailable", `Expedia listing exceeded ${MAX_PAGES} pages`);
  }

  function checkReviewId(externalId: string): void {
    if (!/^[A-Za-z0-9_-]+$/.test(externalId)) throw fail("invalid", "Not an Expedia review id");
  }

  async function lookUp(externalId: string, action: string) {
    checkReviewId(externalId);
    const data = await api.request(READ_REVIEW, { propertyId, reviewId: externalId }, action);
    const parsed = reviewLookup.safeParse(data);
    if (!parsed.success) throw fail("unavailable", "Expedia sent an unexpected review");
    if (!parsed.data.property) throw fail("not_found", `Expedia has no property ${propertyId} for this connection`);
    const review = parsed.data.property.reviews.reviews.find((r) => r?.id === externalId);
    if (!review) throw fail("not_found", `Expedia has no review ${externalId} for property ${propertyId}`);
    return review;
  }

  async function publishReply(externalId: string, text: string): Promise<PublishedReply> {
    checkReviewId(externalId);
    if (text.trim() === "") throw fail("invalid", "The reply is empty");
    const length = [...text].length;
    if (length > EXPEDIA_MAX_REPLY_CHARS) {
      throw fail("invalid", `The reply is ${length} characters; Expedia accepts at most ${EXPEDIA_MAX_REPLY_CHARS}`);
    }
    // The response carries a locale: the review's own, as replies are written in the guest's language.
    const review = await lookUp(externalId, "publishing a reply");
    if (review.isEligibleForResponse === false) throw fail("invalid", "Expedia does not accept a response to this review");
    const locale = review.body?.locale.trim() || options.fallbackLocale || "en-US";

    const data = await api.request(SET_REVIEW_RESPONSE, { propertyId, reviewId: externalId, body: { value: text, locale } }, "publishing a reply");
    // The response is stored once Expedia said so; an odd body must not turn that into a failure.
    const created = responseCreated.safeParse(data);
    const status = created.success ? replyStatus(created.data.setReviewResponse.status) : "PENDING";
    if (status === "REJECTED") throw fail("invalid", "Expedia rejected the response");
    return {
      externalReplyId: `${propertyId}/${externalId}/response`,
      status,
      publishedAt: created.success ? new Date(created.data.setReviewResponse.createdDateTime) : new Date(now()),
    };
  }

  async function readReply(externalId: string): Promise<ExistingReply | null> {
    const review = await lookUp(externalId, "reading a review's reply");
    const response = review.response;
    if (!response) return null;
    const at = new Date(response.lastUpdatedDateTime ?? response.createdDateTime);
    if (Number.isNaN(at.getTime())) throw fail("unavailable", "Expedia sent a response without a valid date");
    return { text: response.body.value, updatedAt: at, status: replyStatus(response.status) };
  }

  return { platform: "EXPEDIA", replyRules: EXPEDIA_REPLY_RULES, completeListing: true, listReviewsSince, publishReply, readReply };
}
