import { z } from "zod";

// The cursor Lobby stores for an Expedia connection (opaque to Lobby): the newest lastUpdatedDateTime
// seen, plus the reviews seen within a look-back window before it. Expedia only filters by calendar
// day and serves a review once its own moderation is done, possibly stamped earlier than reviews we
// already hold (unconfirmed), so each walk re-reads the window and skips only what it has seen.

/** How far back each walk looks again (unconfirmed how late approved reviews can surface). */
export const LOOKBACK_MS = 2 * 86_400_000;
const DAY_MS = 86_400_000;

export interface ListingCursor {
  /** Newest lastUpdatedDateTime seen, epoch ms. */
  newest: number;
  /** "reviewId@updatedMs" of the reviews seen with updatedMs >= newest - LOOKBACK_MS. */
  seen: Set<string>;
}

const stored = z.object({ v: z.literal(1), t: z.iso.datetime({ offset: true }), seen: z.array(z.string()).max(10_000) });

/** A cursor that cannot be read means a full walk: safe, because storing reviews is idempotent. */
export function parseCursor(cursor: string | null): ListingCursor | null {
  if (cursor === null) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(cursor));
    return parsed.success ? { newest: Date.parse(parsed.data.t), seen: new Set(parsed.data.seen) } : null;
  } catch {
    return null;
  }
}

/** Deterministic, so a walk that found nothing new hands back the very same string. */
export function formatCursor(cursor: ListingCursor): string {
  return JSON.stringify({ v: 1, t: new Date(cursor.newest).toISOString(), seen: [...cursor.seen].sort() });
}

export const reviewKey = (id: string, updatedAt: Date) => `${id}@${updatedAt.getTime()}`;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Expedia's updatedDate filter (inclusive calendar days). A day of slack on both ends absorbs time
 * zones, since whether Expedia counts days in UTC or property time is unconfirmed.
 */
export function updatedDateFilter(since: ListingCursor, now: number): { from: string; to: string } {
  return { from: day(since.newest - LOOKBACK_MS - DAY_MS), to: day(Math.max(now, since.newest) + DAY_MS) };
}

/** Tracks one walk: which reviews are new, and the cursor to store once the walk is complete. */
export class ListingWalk {
  private readonly keys = new Map<string, number>();
  private newest: number;

  constructor(private readonly since: ListingCursor | null) {
    this.newest = since?.newest ?? Number.NEGATIVE_INFINITY;
  }

  /** Below the window of a previous walk: covered by it already. */
  isOld(updatedAt: Date): boolean {
    return this.since !== null && updatedAt.getTime() < this.since.newest - LOOKBACK_MS;
  }

  /**
   * A broken copy of a review an earlier walk saw intact tells nothing new: it stays known (kept in
   * the cursor) without being yielded or reported.
   */
  knownDespiteBroken(id: string, updatedAt: Date): boolean {
    const key = reviewKey(id, updatedAt);
    if (!this.since?.seen.has(key)) return false;
    this.keys.set(key, updatedAt.getTime());
    return true;
  }

  /** Records a valid review; true when it should be yielded (not seen before, in this walk or earlier). */
  take(id: string, updatedAt: Date): boolean {
    const key = reviewKey(id, updatedAt);
    if (this.keys.has(key)) return false; // repeated across a page boundary
    const ms = updatedAt.getTime();
    this.keys.set(key, ms);
    if (ms > this.newest) this.newest = ms;
    return !this.isOld(updatedAt) && !this.since?.seen.has(key);
  }

  /** The cursor after a complete walk (null when nothing was ever seen). */
  finish(): ListingCursor | null {
    if (!Number.isFinite(this.newest)) return null;
    const floor = this.newest - LOOKBACK_MS;
    const seen = new Set([...this.keys].filter(([, ms]) => ms >= floor).map(([key]) => key));
    return { newest: this.newest, seen };
  }
}
