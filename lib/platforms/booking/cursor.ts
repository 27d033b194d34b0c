import { z } from "zod";

// The poll cursor Lobby stores for a Booking connection (opaque to Lobby). Booking's own advice is
// to walk next_page until an empty page and keep polling with that last cursor: it then returns the
// reviews changed since, edits and replies included. So the cursor keeps
//  - `next`: that last page's path+query (never a host: calls go to the configured API base only),
//  - `since`: the newest last_change_timestamp seen, the fallback when Booking no longer accepts
//    `next` (expired or malformed cursor) or never offered one (a last page without next_page):
//    then the walk restarts with from_date one day before `since` and drops what is older than it.

export interface BookingCursor {
  next: string | null;
  /** ISO 8601 */
  since: string | null;
}

const stored = z.object({ v: z.literal(1), next: z.string().min(1).nullable(), since: z.iso.datetime({ offset: true }).nullable() });

export function encodeCursor(cursor: BookingCursor): string {
  return JSON.stringify({ v: 1, next: cursor.next, since: cursor.since });
}

/**
 * The stored cursor, or null when there is none or it cannot be trusted (a full walk is then safe:
 * storing is idempotent). A bare ISO timestamp is read as `since`.
 */
export function decodeCursor(value: string | null, propertyId: string): BookingCursor | null {
  if (value === null || value.trim() === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return z.iso.datetime({ offset: true }).safeParse(value).success ? { next: null, since: new Date(value).toISOString() } : null;
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return null;
  const { next, since } = parsed.data;
  // A cursor of another property (the connection was repointed) says nothing about this one.
  if (next !== null && !belongsTo(next, propertyId)) return null;
  if (next === null && since === null) return null;
  return { next, since: since === null ? null : new Date(since).toISOString() };
}

function belongsTo(path: string, propertyId: string): boolean {
  return path.startsWith("/") && path.includes(`/properties/${encodeURIComponent(propertyId)}/reviews`);
}

const DAY_MS = 86_400_000;

/** from_date for a fallback walk: the day before `since` (UTC), which also covers time-zone doubt. */
export function fromDateFor(since: string): string {
  return new Date(Date.parse(since) - DAY_MS).toISOString().slice(0, 10);
}

/**
 * Where Booking's next_page points, as a path+query on our API base: an absolute URL keeps only its
 * path (credentials never go to another host), a bare token is sent back as `cursor` (unconfirmed
 * form). null when it points at another property's reviews.
 */
export function continuationPath(nextPage: string, listPath: string, propertyId: string): string | null {
  let path: string;
  if (/^https?:\/\//i.test(nextPage)) {
    try {
      const url = new URL(nextPage);
      path = `${url.pathname}${url.search}`;
    } catch {
      return null;
    }
  } else if (nextPage.startsWith("/")) {
    path = nextPage;
  } else {
    path = `${listPath}?${new URLSearchParams({ cursor: nextPage })}`;
  }
  return belongsTo(path, propertyId) ? path : null;
}
