import { z } from "zod";
import type { NormalizedReview } from "../types";

// The stored cursor of a Tripadvisor connection. The API only ever shows the five newest reviews per
// language, so every poll gets them all again; the cursor says which of them are already stored:
// everything published before `since`, and the reviews published at `since` itself (`ids`), so two
// reviews sharing one second are never mistaken for each other. `languages` are the languages the
// cursor has covered: a language added later starts from scratch. Older history than the five
// newest comes in through the manual CSV import (a later task), never through the API.

export interface TripadvisorCursor {
  since: Date;
  ids: string[];
  languages: string[];
}

const stored = z.object({
  since: z.iso.datetime({ offset: true }),
  ids: z.array(z.string()),
  languages: z.array(z.string()),
});

export function encodeCursor(cursor: TripadvisorCursor): string {
  return JSON.stringify({
    since: cursor.since.toISOString(),
    ids: [...new Set(cursor.ids)].sort(),
    languages: [...new Set(cursor.languages)].sort(),
  });
}

/** null for no cursor or one that cannot be read: a full walk is safe, storing is idempotent. */
export function decodeCursor(value: string | null): TripadvisorCursor | null {
  if (value === null) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(value));
    if (!parsed.success) return null;
    return { since: new Date(parsed.data.since), ids: parsed.data.ids, languages: parsed.data.languages };
  } catch {
    return null;
  }
}

/** True when the review was already stored by the walk that wrote `cursor`, for this language. */
export function isKnown(cursor: TripadvisorCursor | null, language: string, review: NormalizedReview): boolean {
  if (!cursor || !cursor.languages.includes(language)) return false;
  const at = review.updatedAt.getTime();
  const since = cursor.since.getTime();
  return at < since || (at === since && cursor.ids.includes(review.externalId));
}

/** The cursor after a complete walk in `languages` that found `fresh` reviews (at least one). */
export function advanceCursor(cursor: TripadvisorCursor | null, fresh: NormalizedReview[], languages: string[]): TripadvisorCursor {
  let since = cursor?.since ?? null;
  let ids = cursor?.ids ?? [];
  for (const review of fresh) {
    const at = review.updatedAt.getTime();
    if (since === null || at > since.getTime()) {
      since = review.updatedAt;
      ids = [review.externalId];
    } else if (at === since.getTime()) {
      ids = [...ids, review.externalId];
    }
  }
  return {
    since: since ?? new Date(0),
    ids,
    languages: [...(cursor?.languages ?? []), ...languages],
  };
}
