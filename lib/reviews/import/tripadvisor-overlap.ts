import type { Db } from "../../db";
import type { PlatformConnection } from "../../generated/prisma/client";
import type { NormalizedReview } from "../../platforms/types";
import type { ImportedRaw, RowProblem } from "./normalize-row";

// Tripadvisor history imported by file meets the property's Tripadvisor API connection, which reads
// the newest reviews. A guest's review is in Lobby once per property:
// - a row the API connection already holds (same Tripadvisor review id, or the same guest, day and
//   text) is not imported again; the row report says so;
// - a row that carries its Tripadvisor review id (a "Review ID" of digits, or the review's link,
//   ".../ShowUserReviews-g…-d<location>-r<review id>-…") is stored as a review of the API connection
//   under that id, so when the API lists it later the poll meets it instead of adding a copy;
// - everything else goes to the MANUAL Tripadvisor channel as before, as does a row that channel
//   already holds (an earlier import), so a file imported again still adds nothing.

type Connection = Pick<PlatformConnection, "id" | "organizationId" | "propertyId" | "platform" | "externalLocationId" | "status">;

export type TripadvisorApi = {
  /** Every Tripadvisor API connection of the property: the reviews any of them holds are not imported again. */
  connections: Connection[];
  /** Where rows with a Tripadvisor review id go: the property's live connection, or null (all disconnected). */
  home: Connection | null;
};

export type SortedRows = {
  toManual: NormalizedReview[];
  toApi: NormalizedReview[];
  /** Rows not imported because the API connection holds them, as lines of the row report. */
  skipped: RowProblem[];
};

export const TWO_DAYS_MS = 2 * 24 * 60 * 60_000;

/** Whether an import's channel is Tripadvisor (the known channel, or "Other" named so). */
export function isTripadvisorChannel(channelName: string): boolean {
  return channelName.trim().toLowerCase() === "tripadvisor";
}

/** The property's Tripadvisor API connections (none when it has not connected Tripadvisor's API). */
export async function tripadvisorApiOf(db: Db, property: { organizationId: string; propertyId: string }): Promise<TripadvisorApi> {
  const connections = await db.platformConnection.findMany({
    where: { organizationId: property.organizationId, propertyId: property.propertyId, platform: "TRIPADVISOR" },
    select: { id: true, organizationId: true, propertyId: true, platform: true, externalLocationId: true, status: true },
    orderBy: { createdAt: "asc" },
  });
  const live = connections.filter((c) => c.status !== "DISCONNECTED");
  return { connections, home: live.find((c) => c.status === "ACTIVE") ?? live[0] ?? null };
}

/** The location ("-d123-") and review ("-r456-") ids in a Tripadvisor review link. */
function linkIds(url: string | undefined): { location: string | null; review: string | null } {
  if (!url || !/^https:\/\/([a-z0-9-]+\.)*tripadvisor\.[a-z.]+\//i.test(url)) return { location: null, review: null };
  return { location: /-d(\d+)-/.exec(url)?.[1] ?? null, review: /-r(\d+)-/.exec(url)?.[1] ?? null };
}

/**
 * The row's Tripadvisor review id, from its link or its Review ID column (digits only: Tripadvisor's
 * ids are long numbers, so a short one is taken for the file's own numbering), and the location its
 * link names. The MANUAL channel keeps keying the row as before (its id as given, or guest, date and text).
 */
export function tripadvisorIdsOf(review: NormalizedReview): { review: string | null; location: string | null } {
  const raw = review.raw as ImportedRaw;
  const link = linkIds(raw.url);
  const column = /^\d{8,}$/.test(review.externalId) ? review.externalId : null;
  return { review: link.review ?? column, location: link.location };
}

export const words = (s: string | null) => (s ?? "").normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

export type Held = { externalId: string; authorName: string; publishedAt: Date; text: string | null };

/** Same guest, same words, published within a day or so of each other (the file's date may be the site's local day). */
export function sameReview(row: NormalizedReview, held: Held): boolean {
  return (
    row.text !== null && words(row.text) === words(held.text) && words(row.authorName) === words(held.authorName) &&
    Math.abs(row.publishedAt.getTime() - held.publishedAt.getTime()) <= TWO_DAYS_MS
  );
}

/**
 * Splits a chunk of a Tripadvisor file's reviews between the MANUAL channel and the API connection,
 * leaving out the ones the API connection holds. `manual` is the channel's MANUAL connection. Every
 * review keeps the Tripadvisor id found for it in its raw row, for matching it up later.
 */
export async function sortTripadvisorRows(db: Db, api: TripadvisorApi, manual: { id: string }, rows: { rowNumber: number; review: NormalizedReview }[]): Promise<SortedRows> {
  const sorted: SortedRows = { toManual: [], toApi: [], skipped: [] };
  if (rows.length === 0) return sorted;
  const withIds = rows.map((r) => {
    const ids = tripadvisorIdsOf(r.review);
    // A link to another location's review is not this connection's.
    const review = ids.location && api.home && ids.location !== api.home.externalLocationId ? null : ids.review;
    return { ...r, tripadvisorId: review };
  });
  const annotated = (r: (typeof withIds)[number]) =>
    r.tripadvisorId ? { ...r.review, raw: { ...(r.review.raw as ImportedRaw), tripadvisorReviewId: r.tripadvisorId } } : r.review;
  if (api.connections.length === 0) return { ...sorted, toManual: withIds.map(annotated) };
  const times = rows.map((r) => r.review.publishedAt.getTime());
  const taIds = withIds.flatMap((r) => (r.tripadvisorId ? [r.tripadvisorId] : []));
  const [held, inManual] = await Promise.all([
    db.review.findMany({
      where: {
        connectionId: { in: api.connections.map((c) => c.id) },
        OR: [
          ...(taIds.length ? [{ externalId: { in: taIds } }] : []),
          { publishedAt: { gte: new Date(Math.min(...times) - TWO_DAYS_MS), lte: new Date(Math.max(...times) + TWO_DAYS_MS) } },
        ],
      },
      select: { externalId: true, authorName: true, publishedAt: true, text: true },
    }),
    db.review.findMany({ where: { connectionId: manual.id, externalId: { in: rows.map((r) => r.review.externalId) } }, select: { externalId: true } }),
  ]);
  const heldIds = new Set(held.map((h) => h.externalId));
  const manualIds = new Set(inManual.map((r) => r.externalId));
  for (const row of withIds) {
    const review = annotated(row);
    if ((row.tripadvisorId && heldIds.has(row.tripadvisorId)) || held.some((h) => sameReview(row.review, h))) {
      sorted.skipped.push({
        rowNumber: row.rowNumber, column: "(whole row)", value: row.tripadvisorId ?? "",
        problem: "Already in Lobby as a review of the Tripadvisor connection; not imported again",
      });
    } else if (row.tripadvisorId && api.home && !manualIds.has(row.review.externalId)) {
      sorted.toApi.push({ ...review, externalId: row.tripadvisorId });
    } else {
      sorted.toManual.push(review);
    }
  }
  return sorted;
}
