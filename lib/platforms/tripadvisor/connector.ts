import { z } from "zod";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, errorForResponse, readText, send, type CallContext, type FetchLike } from "../http";
import type { ExistingReply, MalformedReview, NormalizedReview, PlatformConnector, PublishedReply, ReplyRules, ReviewPage } from "../types";
import { keySecrets, TRIPADVISOR_DEFAULT_LANGUAGES } from "./api-key";
import { advanceCursor, decodeCursor, encodeCursor, isKnown } from "./cursor";
import { normalizeTripadvisorReview, rawPublishedDate, tripadvisorListSchema } from "./normalize";

// Tripadvisor Content API connector (read only): the five newest reviews of one location per language.
// Tripadvisor has no reply API; Lobby's manual channel shows the approved reply to copy onto the site.

/** Tripadvisor's management-response limit (unconfirmed: the site's form stops at 5000 characters). */
export const TRIPADVISOR_MAX_REPLY_CHARS = 5000;

export const TRIPADVISOR_REPLY_RULES: ReplyRules = {
  via: "manual",
  once: true, // one management response per review
  moderated: true, // Tripadvisor checks responses against its guidelines before showing them
  maxLength: TRIPADVISOR_MAX_REPLY_CHARS,
  needsReviewText: false,
};

export interface TripadvisorConnectorOptions {
  /** "https://api.content.tripadvisor.com" in production, the sandbox's URL locally. */
  apiBase: string;
  apiKey: string;
  /** The numeric location id, e.g. "19847302". */
  locationId: string;
  /** Review languages to ask for, one call each. Default: English. */
  languages?: readonly string[];
  fetch?: FetchLike;
  /** Per-request timeout. Default 20 s. */
  timeoutMs?: number;
}

// Tripadvisor's envelope, or the API gateway's bare { message } for key problems (unconfirmed).
const errorBody = z.union([
  z.object({ error: z.object({ message: z.string().optional(), type: z.string().optional() }) }),
  z.object({ message: z.string() }),
]);

export function createTripadvisorConnector(options: TripadvisorConnectorOptions): PlatformConnector {
  const platform = "TRIPADVISOR";
  const locationId = options.locationId.trim();
  if (!/^\d+$/.test(locationId)) {
    throw new PlatformError("invalid", `Not a Tripadvisor location id: "${locationId.slice(0, 40)}"`, { platform });
  }
  const languages = [...new Set(options.languages?.length ? options.languages : TRIPADVISOR_DEFAULT_LANGUAGES)];
  const apiBase = options.apiBase.replace(/\/+$/, "");
  const ctx: CallContext = {
    platform,
    label: "Tripadvisor",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => keySecrets(options.apiKey),
  };

  /** The items of one reviews call. The URL carries the key, so it never goes into a message. */
  async function fetchReviews(language: string, action: string): Promise<unknown[]> {
    const query = new URLSearchParams({ key: options.apiKey, language });
    const url = `${apiBase}/api/v1/location/${locationId}/reviews?${query}`;
    const res = await send(ctx, url, { method: "GET", headers: { accept: "application/json" } }, action);
    const text = await readText(ctx, res, action);
    let json: unknown = undefined;
    try {
      json = JSON.parse(text);
    } catch {
      // A cut-off or non-JSON page: the whole call is retried later.
      if (res.ok) throw new PlatformError("unavailable", `Tripadvisor sent a broken answer while ${action}`, { platform, status: res.status });
    }
    if (!res.ok) {
      const err = errorBody.safeParse(json);
      const detail = !err.success
        ? undefined
        : "error" in err.data
          ? [err.data.error.type, err.data.error.message].filter(Boolean).join(": ")
          : err.data.message;
      throw errorForResponse(ctx, res, action, detail);
    }
    const page = tripadvisorListSchema.safeParse(json);
    if (!page.success) throw new PlatformError("unavailable", `Tripadvisor sent an unexpected review list while ${action}`, { platform });
    return page.data.data;
  }

  /**
   * One page per language. Every call returns the newest reviews again; the cursor filters out the
   * stored ones. If all five are new, older new ones may have been missed: they come in through the
   * CSV import, since the API shows no further back. The cursor moves only on the last page.
   */
  async function* listReviewsSince(cursor: string | null): AsyncGenerator<ReviewPage> {
    const known = decodeCursor(cursor);
    const seen = new Set<string>();
    const fresh: NormalizedReview[] = [];
    for (const [index, language] of languages.entries()) {
      const items = await fetchReviews(language, `listing ${language} reviews`);
      const reviews: NormalizedReview[] = [];
      const malformed: MalformedReview[] = [];
      for (const raw of items) {
        const parsed = normalizeTripadvisorReview(raw, locationId);
        if (!parsed.ok) {
          const at = rawPublishedDate(raw);
          const old = known?.languages.includes(language) && at !== null && at < known.since;
          if (!old) malformed.push({ raw, reason: parsed.reason });
          continue;
        }
        const review = parsed.review;
        if (isKnown(known, language, review) || seen.has(review.externalId)) continue;
        seen.add(review.externalId);
        reviews.push(review);
        fresh.push(review);
      }
      const last = index === languages.length - 1;
      const next = last && fresh.length > 0 ? encodeCursor(advanceCursor(known, fresh, languages)) : cursor;
      yield { reviews, malformed, cursor: next };
    }
  }

  async function publishReply(_externalId: string, _text: string): Promise<PublishedReply> {
    throw new PlatformError("invalid", "Tripadvisor replies are posted by hand on the site", { platform });
  }

  /**
   * The management response, when the review is among the newest the API shows and the API sends
   * owner_response (unconfirmed). null otherwise: an older review cannot be checked, so "gone" is
   * never concluded from its absence.
   */
  async function readReply(externalId: string): Promise<ExistingReply | null> {
    if (!/^\d+$/.test(externalId)) throw new PlatformError("invalid", "Not a Tripadvisor review id", { platform });
    for (const language of languages) {
      const items = await fetchReviews(language, "reading a review's management response");
      const raw = items.find((item) => typeof item === "object" && item !== null && String((item as { id?: unknown }).id) === externalId);
      if (raw === undefined) continue;
      const parsed = normalizeTripadvisorReview(raw, locationId);
      if (!parsed.ok) throw new PlatformError("unavailable", "Tripadvisor sent an unexpected review", { platform });
      const reply = parsed.review.existingReply;
      return reply ? { ...reply, status: "PUBLISHED" } : null;
    }
    return null;
  }

  return { platform, replyRules: TRIPADVISOR_REPLY_RULES, completeListing: false, listReviewsSince, publishReply, readReply };
}
