import { z } from "zod";
import type { CredentialKeeper } from "../credential-keeper";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, errorForResponse, readText, send, type CallContext, type FetchLike } from "../http";
import type { ExistingReply, MalformedReview, NormalizedReview, PlatformConnector, PublishedReply, ReplyRules, ReviewPage } from "../types";
import { TrustpilotTokenSource, type TrustpilotCredentials, type TrustpilotTokenCache } from "./auth";
import { ChangeTracker, decodeCursor, encodeCursor, startDateTime } from "./cursor";
import { changedAt, companyReplySchema, hasNextPage, normalizeTrustpilotReview, rawChangedAt, trustpilotListPageSchema } from "./normalize";

// Trustpilot Business API connector: one business unit's reviews, and the company's reply.

/** Trustpilot documents no limit for replies; 2048 characters is a safe guess (unconfirmed). */
export const TRUSTPILOT_MAX_REPLY_CHARS = 2048;

export const TRUSTPILOT_REPLY_RULES: ReplyRules = { via: "api", once: false, moderated: false, maxLength: TRUSTPILOT_MAX_REPLY_CHARS, needsReviewText: false };

const DAY_MS = 86_400_000;
const MAX_PAGES = 1000;

export interface TrustpilotConnectorOptions {
  /** "https://api.trustpilot.com" in production, the sandbox's URL locally. */
  apiBase: string;
  /** ".../v1/oauth/oauth-business-users-for-applications/accesstoken"; refreshes go to ".../refresh". */
  tokenUrl: string;
  credentials: TrustpilotCredentials;
  /** The connection's externalLocationId. */
  businessUnitId: string;
  fetch?: FetchLike;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
  /** Reviews per list call, 1..100. Default 100 (Trustpilot's maximum). */
  perPage?: number;
  /** How far before the newest change an incremental walk re-reads (catches late and edited reviews). Default 14 days. */
  lookBackDays?: number;
  /** How often a walk reads every review, to catch edits of older ones. Default 24 h. */
  fullWalkEveryHours?: number;
  /** Clock for the token cache and the full-walk schedule. */
  now?: () => number;
  /** Default: one cache for the whole process. */
  tokenCache?: TrustpilotTokenCache;
  /** Stores the rotated refresh token of a connection made through Trustpilot's authorize page. */
  keeper?: CredentialKeeper;
}

/** Trustpilot's services answer { message, errorCode }, its gateway { fault: { faultstring } } (unconfirmed). */
const errorBody = z.union([
  z.object({ message: z.string(), errorCode: z.union([z.number(), z.string()]).optional() }),
  z.object({ fault: z.object({ faultstring: z.string(), detail: z.object({ errorcode: z.string() }).optional() }) }),
]);

function errorDetail(body: unknown): string | undefined {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return undefined;
  if ("fault" in parsed.data) return [parsed.data.fault.faultstring, parsed.data.fault.detail?.errorcode].filter(Boolean).join(": ");
  return parsed.data.errorCode === undefined ? parsed.data.message : `${parsed.data.message} (errorCode ${parsed.data.errorCode})`;
}

const publicReview = z.object({ companyReply: companyReplySchema.nullish() });
const replyAnswer = z.object({ createdAt: z.string() }).or(z.object({ reply: z.object({ createdAt: z.string() }) }));

export function createTrustpilotConnector(options: TrustpilotConnectorOptions): PlatformConnector {
  const unitId = options.businessUnitId;
  if (!/^[A-Za-z0-9_-]+$/.test(unitId)) {
    throw new PlatformError("invalid", `Not a Trustpilot business unit id: "${unitId}"`, { platform: "TRUSTPILOT" });
  }
  const perPage = options.perPage ?? 100;
  const lookBackMs = (options.lookBackDays ?? 14) * DAY_MS;
  const fullWalkEveryMs = (options.fullWalkEveryHours ?? 24) * 3_600_000;
  const now = options.now ?? Date.now;
  const apiBase = options.apiBase.replace(/\/+$/, "");
  let tokens: TrustpilotTokenSource;
  const ctx: CallContext = {
    platform: "TRUSTPILOT",
    label: "Trustpilot",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => tokens.secrets(),
  };
  tokens = new TrustpilotTokenSource(ctx, options.tokenUrl, options.credentials, options.tokenCache, now, options.keeper);

  /** One API call. A bearer call refused with 401 (or 403, which Trustpilot also sends for stale tokens) gets one fresh token and one retry. */
  async function call(method: string, path: string, auth: "bearer" | "apikey", body: unknown, action: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const token = auth === "bearer" ? await tokens.get() : null;
      const res = await send(
        ctx,
        `${apiBase}${path}`,
        {
          method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : { apikey: options.credentials.apiKey }),
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        action,
      );
      const text = await readText(ctx, res, action);
      if (token && (res.status === 401 || res.status === 403) && attempt === 0) {
        tokens.invalidate(token);
        continue;
      }
      let json: unknown = undefined;
      try {
        json = text === "" ? {} : JSON.parse(text);
      } catch {
        // A cut-off or non-JSON page: the whole call failed, the job retries it.
        if (res.ok) throw new PlatformError("unavailable", `Trustpilot sent a broken answer while ${action}`, { platform: "TRUSTPILOT", status: res.status });
      }
      if (!res.ok) throw errorForResponse(ctx, res, action, errorDetail(json));
      return json;
    }
  }

  async function* listReviewsSince(cursor: string | null): AsyncGenerator<ReviewPage> {
    const since = decodeCursor(cursor);
    const startedAt = now();
    const fullWalk = since === null || startedAt - Date.parse(since.fullAt) >= fullWalkEveryMs;
    const tracker = new ChangeTracker(since);
    const seen = new Set<string>();
    const query = new URLSearchParams({ perPage: String(perPage), orderBy: "createdat.desc" });
    if (!fullWalk && since?.at) query.set("startDateTime", startDateTime(Date.parse(since.at) - lookBackMs));
    let changed = fullWalk;

    for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
      query.set("page", String(pageNo));
      const body = await call("GET", `/v1/private/business-units/${encodeURIComponent(unitId)}/reviews?${query}`, "bearer", undefined, "listing reviews");
      const page = trustpilotListPageSchema.safeParse(body);
      if (!page.success) throw new PlatformError("unavailable", "Trustpilot sent an unexpected review list", { platform: "TRUSTPILOT" });

      const reviews: NormalizedReview[] = [];
      const malformed: MalformedReview[] = [];
      for (const raw of page.data.reviews) {
        const parsed = normalizeTrustpilotReview(raw);
        if (!parsed.ok) {
          const at = rawChangedAt(raw);
          const id = typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
          if (!(at && tracker.isOld(at, id))) malformed.push({ raw, reason: parsed.reason });
          continue;
        }
        const review = parsed.review;
        // A review shifted across a page boundary (one arrived mid-walk) comes twice: keep the first.
        if (seen.has(review.externalId)) continue;
        seen.add(review.externalId);
        const at = changedAt(review);
        if (!tracker.isNew(review.externalId, at)) continue;
        tracker.record(review.externalId, at);
        reviews.push(review);
        changed = true;
      }

      const last = page.data.reviews.length === 0 || !hasNextPage(page.data.links);
      // Only a finished walk has seen every change, so only the last page may move the cursor.
      const next = last && changed ? encodeCursor(tracker.next(fullWalk ? new Date(startedAt).toISOString() : (since?.fullAt ?? ""))) : cursor;
      yield { reviews, malformed, cursor: next };
      if (last) return;
    }
    throw new PlatformError("unavailable", `Trustpilot listing exceeded ${MAX_PAGES} pages`, { platform: "TRUSTPILOT" });
  }

  function checkReviewId(externalId: string): void {
    if (!externalId || !/^[A-Za-z0-9_-]+$/.test(externalId)) throw new PlatformError("invalid", "Not a Trustpilot review id", { platform: "TRUSTPILOT" });
  }

  async function publishReply(externalId: string, text: string): Promise<PublishedReply> {
    checkReviewId(externalId);
    if (text.trim() === "") throw new PlatformError("invalid", "The reply is empty", { platform: "TRUSTPILOT" });
    const length = [...text].length;
    if (length > TRUSTPILOT_MAX_REPLY_CHARS) {
      throw new PlatformError("invalid", `The reply is ${length} characters; Trustpilot accepts at most ${TRUSTPILOT_MAX_REPLY_CHARS}`, { platform: "TRUSTPILOT" });
    }
    const body = await call(
      "POST",
      `/v1/private/reviews/${encodeURIComponent(externalId)}/reply`,
      "bearer",
      { message: text, authorBusinessUserId: options.credentials.businessUserId },
      "publishing a reply",
    );
    // Trustpilot answers 201 with no body; should one come, its time is better than ours.
    const answer = replyAnswer.safeParse(body);
    const stated = answer.success ? ("reply" in answer.data ? answer.data.reply.createdAt : answer.data.createdAt) : undefined;
    const statedMs = stated ? Date.parse(stated) : NaN;
    return { externalReplyId: `${externalId}/reply`, status: "PUBLISHED", publishedAt: new Date(Number.isNaN(statedMs) ? now() : statedMs) };
  }

  /** Reads the documented public review endpoint (API key only), which shows the company reply. */
  async function readReply(externalId: string): Promise<ExistingReply | null> {
    checkReviewId(externalId);
    const body = await call("GET", `/v1/reviews/${encodeURIComponent(externalId)}`, "apikey", undefined, "reading a review's reply");
    const parsed = publicReview.safeParse(body);
    if (!parsed.success) throw new PlatformError("unavailable", "Trustpilot sent an unexpected review", { platform: "TRUSTPILOT" });
    const reply = parsed.data.companyReply;
    const text = reply?.text.trim();
    return reply && text ? { text, updatedAt: reply.updatedAt ?? reply.createdAt, status: "PUBLISHED" } : null;
  }

  return { platform: "TRUSTPILOT", replyRules: TRUSTPILOT_REPLY_RULES, completeListing: true, listReviewsSince, publishReply, readReply };
}
