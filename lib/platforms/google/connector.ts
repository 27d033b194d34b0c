import { z } from "zod";
import type { SharedTokens } from "../token-cache";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, errorForResponse, readText, send, type CallContext, type FetchLike } from "../http";
import type { ExistingReply, MalformedReview, NormalizedReview, PlatformConnector, PublishedReply, ReplyRules, ReviewPage } from "../types";
import { walkBatchReviews, type LocationPages } from "./batch";
import { googleListPageSchema, normalizeGoogleReview, rawUpdateTime } from "./normalize";
import { GoogleTokenSource, type GoogleCredentials } from "./oauth";

// Google Business Profile API v4 connector: reviews of one location (or, batched, of several
// locations of the same account), and the owner's reply.

export const GOOGLE_MAX_REPLY_CHARS = 4096;

export const GOOGLE_REPLY_RULES: ReplyRules = { via: "api", once: false, moderated: false, maxLength: GOOGLE_MAX_REPLY_CHARS, needsReviewText: false };

const reviewReplyOnly = z.object({ reviewReply: z.object({ comment: z.string(), updateTime: z.string() }).optional() });
const MAX_PAGES = 1000;

export interface GoogleConnectorOptions {
  /** "https://mybusiness.googleapis.com" in production, the sandbox's URL locally. */
  apiBase: string;
  /** "https://oauth2.googleapis.com/token" in production. */
  tokenUrl: string;
  credentials: GoogleCredentials;
  /** "accounts/{a}/locations/{l}" */
  locationName: string;
  fetch?: FetchLike;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
  /** Reviews per list call, 1..50. Default 50 (Google's maximum). */
  pageSize?: number;
  /** Access tokens kept across connectors (the workers pass the process-wide set); default: this connector's own. */
  tokens?: SharedTokens;
  /** Clock for the token cache. */
  now?: () => number;
}

export interface GoogleConnector extends PlatformConnector {
  platform: "GOOGLE";
  deleteReply(externalId: string): Promise<void>;
  /**
   * Reviews of several locations of this connector's account, each newer than its own cursor, read
   * with batchGetReviews (200 locations a call, paged). Yields one map per page: location -> its part,
   * whose cursor moves on the last page only, as listReviewsSince's does.
   */
  batchReviewsSince(cursors: ReadonlyMap<string, string | null>): AsyncGenerator<LocationPages>;
}

/** The connector the registry built for a Google connection, with Google's own extras. */
export function isGoogleConnector(connector: PlatformConnector): connector is GoogleConnector {
  return connector.platform === "GOOGLE" && typeof (connector as Partial<GoogleConnector>).batchReviewsSince === "function";
}

const googleErrorBody = z.object({ error: z.object({ message: z.string().optional(), status: z.string().optional() }) });
const replyResponse = z.object({ comment: z.string().optional(), updateTime: z.iso.datetime({ offset: true }).optional() });

export function createGoogleConnector(options: GoogleConnectorOptions): GoogleConnector {
  const location = options.locationName;
  if (!/^accounts\/[^/]+\/locations\/[^/]+$/.test(location)) {
    throw new PlatformError("invalid", `Not a Google location name: "${location}"`, { platform: "GOOGLE" });
  }
  const pageSize = options.pageSize ?? 50;
  const apiBase = options.apiBase.replace(/\/+$/, "");
  let tokens: GoogleTokenSource;
  const ctx: CallContext = {
    platform: "GOOGLE",
    label: "Google",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => tokens.secrets(),
  };
  tokens = new GoogleTokenSource(ctx, options.tokenUrl, options.credentials, options.now, options.tokens);

  /** One authorised API call; a 401 gets one fresh token and one retry. */
  async function call(method: string, path: string, body: unknown, action: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.get();
      const res = await send(
        ctx,
        `${apiBase}${path}`,
        {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        action,
      );
      const text = await readText(ctx, res, action);
      if (res.status === 401 && attempt === 0) {
        tokens.invalidate(token);
        continue;
      }
      let json: unknown = undefined;
      try {
        json = text === "" ? {} : JSON.parse(text);
      } catch {
        if (res.ok) throw new PlatformError("unavailable", `Google sent a non-JSON answer while ${action}`, { platform: "GOOGLE", status: res.status });
      }
      if (!res.ok) {
        const err = googleErrorBody.safeParse(json);
        const detail = err.success ? [err.data.error.status, err.data.error.message].filter(Boolean).join(": ") : undefined;
        throw errorForResponse(ctx, res, action, detail);
      }
      return json;
    }
  }

  async function* listReviewsSince(cursor: string | null): AsyncGenerator<ReviewPage> {
    // A cursor that is not a timestamp cannot be trusted; a full walk is safe because storing is idempotent.
    const sinceMs = cursor === null ? NaN : Date.parse(cursor);
    const since = Number.isNaN(sinceMs) ? null : new Date(sinceMs);
    let newest: Date | null = since;
    const seen = new Set<string>();
    let pageToken: string | undefined;

    for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
      const query = new URLSearchParams({ pageSize: String(pageSize), orderBy: "updateTime desc" });
      if (pageToken) query.set("pageToken", pageToken);
      const body = await call("GET", `/v4/${location}/reviews?${query}`, undefined, "listing reviews");
      const page = googleListPageSchema.safeParse(body);
      if (!page.success) {
        throw new PlatformError("unavailable", "Google sent an unexpected review list", { platform: "GOOGLE" });
      }

      const reviews: NormalizedReview[] = [];
      const malformed: MalformedReview[] = [];
      let reachedKnown = false;
      for (const raw of page.data.reviews ?? []) {
        const parsed = normalizeGoogleReview(raw);
        if (!parsed.ok) {
          const at = rawUpdateTime(raw);
          if (!(since && at && at <= since)) malformed.push({ raw, reason: parsed.reason });
          continue;
        }
        const review = parsed.review;
        if (since && review.updatedAt <= since) {
          reachedKnown = true; // newest first: everything from here on is already stored
          continue;
        }
        if (seen.has(review.externalId)) continue; // a review shifted across a page boundary
        seen.add(review.externalId);
        reviews.push(review);
        if (!newest || review.updatedAt > newest) newest = review.updatedAt;
      }

      const next = page.data.nextPageToken;
      const last = reachedKnown || !next;
      // Walking newest-first, older unseen reviews remain until the last page, so only then may the cursor move.
      const pageCursor = last && newest && newest !== since ? newest.toISOString() : cursor;
      yield { reviews, malformed, cursor: pageCursor };
      if (last) return;
      if (next === pageToken) {
        throw new PlatformError("unavailable", "Google returned the same page token twice", { platform: "GOOGLE" });
      }
      pageToken = next;
    }
    throw new PlatformError("unavailable", `Google listing exceeded ${MAX_PAGES} pages`, { platform: "GOOGLE" });
  }

  /** The API path of one of this location's reviews; refuses ids that would escape it. */
  function reviewPath(externalId: string): string {
    if (!externalId || externalId.includes("/")) throw new PlatformError("invalid", "Not a Google review id", { platform: "GOOGLE" });
    return `/v4/${location}/reviews/${encodeURIComponent(externalId)}`;
  }

  async function publishReply(externalId: string, text: string): Promise<PublishedReply> {
    const path = reviewPath(externalId);
    if (text.trim() === "") throw new PlatformError("invalid", "The reply is empty", { platform: "GOOGLE" });
    const length = [...text].length;
    if (length > GOOGLE_MAX_REPLY_CHARS) {
      throw new PlatformError(
        "invalid",
        `The reply is ${length} characters; Google accepts at most ${GOOGLE_MAX_REPLY_CHARS}`,
        { platform: "GOOGLE" },
      );
    }
    const reviewName = `${location}/reviews/${externalId}`;
    // PUT creates the reply or replaces the one there: Google keeps one owner reply per review.
    const body = await call("PUT", `${path}/reply`, { comment: text }, "publishing a reply");
    // The reply is live once Google said 2xx; an odd body must not turn that into a failure.
    const parsed = replyResponse.safeParse(body);
    const updateTime = parsed.success ? parsed.data.updateTime : undefined;
    return {
      externalReplyId: `${reviewName}/reply`,
      status: "PUBLISHED",
      publishedAt: updateTime ? new Date(updateTime) : new Date(),
    };
  }

  async function readReply(externalId: string): Promise<ExistingReply | null> {
    const body = await call("GET", reviewPath(externalId), undefined, "reading a review's reply");
    const parsed = reviewReplyOnly.safeParse(body);
    if (!parsed.success) throw new PlatformError("unavailable", "Google sent an unexpected review", { platform: "GOOGLE" });
    const reply = parsed.data.reviewReply;
    return reply ? { text: reply.comment, updatedAt: new Date(reply.updateTime), status: "PUBLISHED" } : null;
  }

  async function deleteReply(externalId: string): Promise<void> {
    await call("DELETE", `${reviewPath(externalId)}/reply`, undefined, "deleting a reply");
  }

  const account = location.split("/locations/")[0] ?? "";
  const batchReviewsSince = (cursors: ReadonlyMap<string, string | null>) => walkBatchReviews(call, account, cursors, pageSize);

  return { platform: "GOOGLE", replyRules: GOOGLE_REPLY_RULES, completeListing: true, listReviewsSince, publishReply, readReply, deleteReply, batchReviewsSince };
}
