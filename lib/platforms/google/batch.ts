import { z } from "zod";
import { PlatformError } from "../errors";
import type { MalformedReview, NormalizedReview, ReviewPage } from "../types";
import { normalizeGoogleReview, rawUpdateTime } from "./normalize";

// accounts.locations.batchGetReviews: the reviews of up to 200 locations of one account in one
// listing, newest change first across all of them. Each location keeps its own cursor: a location's
// walk is over once the listing reaches a change older than that cursor (whichever location it is
// from: the order is global, so nothing newer for it can follow), and the whole walk once every
// location's is. A location with no reviews at all thus does not drag the walk to the last page.

export const GOOGLE_BATCH_MAX_LOCATIONS = 200;
const MAX_PAGES = 1000;

/** One page of a batch listing, split by location: location name -> that location's part. */
export type LocationPages = Map<string, ReviewPage>;

/** One authorised call to Google's API (the connector's, with its token handling and error mapping). */
export type GoogleCall = (method: string, path: string, body: unknown, action: string) => Promise<unknown>;

const batchPage = z.object({ locationReviews: z.array(z.unknown()).optional(), nextPageToken: z.string().optional() });
const locationReview = z.object({ name: z.string(), review: z.unknown() });

interface LocationWalk {
  cursor: string | null;
  since: Date | null;
  newest: Date | null;
  done: boolean;
  seen: Set<string>;
  /** What the current page holds for this location. */
  reviews: NormalizedReview[];
  malformed: MalformedReview[];
}

function startWalk(cursor: string | null): LocationWalk {
  // A cursor that is not a timestamp cannot be trusted; a full walk is safe because storing is idempotent.
  const ms = cursor === null ? NaN : Date.parse(cursor);
  const since = Number.isNaN(ms) ? null : new Date(ms);
  return { cursor, since, newest: since, done: false, seen: new Set(), reviews: [], malformed: [] };
}

export async function* walkBatchReviews(
  call: GoogleCall,
  account: string,
  cursors: ReadonlyMap<string, string | null>,
  pageSize: number,
): AsyncGenerator<LocationPages> {
  const names = [...cursors.keys()];
  const foreign = names.find((n) => !n.startsWith(`${account}/locations/`) || n.split("/").length !== 4);
  if (foreign) throw new PlatformError("invalid", `Not a location of ${account}: "${foreign}"`, { platform: "GOOGLE" });
  for (let i = 0; i < names.length; i += GOOGLE_BATCH_MAX_LOCATIONS) {
    const chunk = names.slice(i, i + GOOGLE_BATCH_MAX_LOCATIONS);
    yield* walkChunk(call, account, new Map(chunk.map((n) => [n, startWalk(cursors.get(n) ?? null)])), pageSize);
  }
}

async function* walkChunk(call: GoogleCall, account: string, walks: Map<string, LocationWalk>, pageSize: number): AsyncGenerator<LocationPages> {
  let pageToken: string | undefined;
  for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
    const request = { locationNames: [...walks.keys()], pageSize, orderBy: "updateTime desc", ...(pageToken ? { pageToken } : {}) };
    const body = await call("POST", `/v4/${account}/locations:batchGetReviews`, request, "listing reviews of several locations");
    const page = batchPage.safeParse(body);
    if (!page.success) throw new PlatformError("unavailable", "Google sent an unexpected batch review list", { platform: "GOOGLE" });

    for (const walk of walks.values()) {
      walk.reviews = [];
      walk.malformed = [];
    }
    let oldest: Date | null = null;
    for (const raw of page.data.locationReviews ?? []) {
      const item = locationReview.safeParse(raw);
      const walk = item.success ? walks.get(item.data.name) : undefined;
      // An item Lobby cannot attribute to one of its locations cannot be stored or quarantined anywhere.
      if (!item.success || !walk) throw new PlatformError("unavailable", "Google sent a batch item for a location it was not asked about", { platform: "GOOGLE" });
      const at = rawUpdateTime(item.data.review);
      if (at && (!oldest || at < oldest)) oldest = at;
      if (walk.done) continue;
      const parsed = normalizeGoogleReview(item.data.review);
      if (!parsed.ok) {
        if (!(walk.since && at && at <= walk.since)) walk.malformed.push({ raw: item.data.review, reason: parsed.reason });
        continue;
      }
      const review = parsed.review;
      if (walk.since && review.updatedAt <= walk.since) {
        walk.done = true; // newest first: this location's older reviews are stored already
        continue;
      }
      if (walk.seen.has(review.externalId)) continue; // shifted across a page boundary
      walk.seen.add(review.externalId);
      walk.reviews.push(review);
      if (!walk.newest || review.updatedAt > walk.newest) walk.newest = review.updatedAt;
    }

    for (const walk of walks.values()) {
      if (walk.since && oldest && oldest <= walk.since) walk.done = true;
    }
    const next = page.data.nextPageToken;
    const last = !next || [...walks.values()].every((w) => w.done);
    // As for one location: older unseen reviews remain until the walk ends, so only then may a cursor move.
    yield new Map(
      [...walks].map(([name, walk]) => {
        const cursor = last && walk.newest && walk.newest !== walk.since ? walk.newest.toISOString() : walk.cursor;
        return [name, { reviews: walk.reviews, malformed: walk.malformed, cursor }];
      }),
    );
    if (last) return;
    if (next === pageToken) throw new PlatformError("unavailable", "Google returned the same page token twice", { platform: "GOOGLE" });
    pageToken = next;
  }
  throw new PlatformError("unavailable", `Google batch listing exceeded ${MAX_PAGES} pages`, { platform: "GOOGLE" });
}
