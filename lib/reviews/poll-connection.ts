import type { Db } from "../db";
import { PlatformError } from "../platforms/errors";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";
import { storedCredentials } from "../platforms/stored-credentials";
import { markDeletedReviews, storeReviews } from "./store-reviews";
import { quarantineItems } from "./quarantine";
import { recordAudit, SYSTEM } from "../audit";
import type { ConnectionStatus } from "../generated/prisma/enums";

export type PollSummary = {
  pages: number;
  created: number;
  updated: number;
  unchanged: number;
  malformed: number;
  quarantined: number;
  deleted: number;
  needDraft: string[];
  /** Where the poll spent its time: reading pages (calls and parsing), storing them, handing drafts on. */
  timings?: { readMs: number; storeMs: number; queueMs: number };
};

export type PollOptions = {
  fullWalk?: boolean;
  backfill?: boolean;
  /**
   * Called with each page's new reviews that wait for a draft, once the page is stored and before the
   * walk goes on, so a walk cut short has queued what it stored.
   */
  onNewReviews?: (reviewIds: string[]) => Promise<unknown>;
};

/**
 * Walks a connection's reviews newer than its stored cursor and stores them; items that cannot be
 * read are quarantined and the rest of the page goes on. The cursor moves only after the whole walk
 * succeeded, so a walk cut short is simply repeated (storing is idempotent). A full walk (from no
 * cursor) also marks reviews the platform no longer shows as deleted.
 */
export async function pollConnection(
  db: Db,
  connectionId: string,
  overrides?: ConnectorOverrides,
  options: PollOptions = {},
): Promise<PollSummary | null> {
  const connection = await db.platformConnection.findUnique({ where: { id: connectionId } });
  // A MANUAL connection (reviews imported from a file) has nothing to poll.
  if (!connection || connection.status === "PAUSED" || connection.status === "DISCONNECTED" || connection.platform === "MANUAL") return null;

  const connector = createConnector({
    platform: connection.platform,
    externalLocationId: connection.externalLocationId,
    ...storedCredentials(db, connection),
  }, overrides);
  const timings = { readMs: 0, storeMs: 0, queueMs: 0 };
  const summary: PollSummary = { pages: 0, created: 0, updated: 0, unchanged: 0, malformed: 0, quarantined: 0, deleted: 0, needDraft: [], timings };
  const from = options.fullWalk || options.backfill ? null : connection.pollCursor;
  let cursor = connection.pollCursor;
  const seen = new Set<string>();
  try {
    // A retried backfill walks again from the start: its progress too.
    if (options.backfill) await db.platformConnection.update({ where: { id: connection.id }, data: { backfillReviews: 0 } });
    let mark = performance.now();
    for await (const page of connector.listReviewsSince(from)) {
      timings.readMs += performance.now() - mark;
      mark = performance.now();
      const stored = await storeReviews(db, connection, page.reviews);
      for (const review of page.reviews) seen.add(review.externalId);
      summary.pages++;
      summary.created += stored.created;
      summary.updated += stored.updated;
      summary.unchanged += stored.unchanged;
      summary.malformed += page.malformed.length;
      summary.quarantined += await quarantineItems(db, connection, page.malformed);
      timings.storeMs += performance.now() - mark;
      summary.needDraft.push(...stored.needDraft);
      if (options.onNewReviews && stored.needDraft.length > 0) {
        mark = performance.now();
        await options.onNewReviews(stored.needDraft);
        timings.queueMs += performance.now() - mark;
      }
      cursor = page.cursor ?? cursor;
      if (options.backfill) {
        await db.platformConnection.update({ where: { id: connection.id }, data: { backfillReviews: { increment: page.reviews.length } } });
      }
      mark = performance.now();
    }
    timings.readMs += performance.now() - mark;
    if (options.backfill) await db.platformConnection.update({ where: { id: connection.id }, data: { backfillFinishedAt: new Date() } });
    // Only a complete, fully readable listing proves that a review is gone.
    if (from === null && connector.completeListing && summary.malformed === 0) {
      summary.deleted = await markDeletedReviews(db, connection, seen);
    }
  } catch (error) {
    const message = error instanceof PlatformError ? error.message : "Unexpected error while polling";
    const lostAccess = error instanceof PlatformError && error.kind === "auth";
    await recordPollOutcome(db, connection, { lastError: message, ...(lostAccess ? { status: "ERROR" as const } : {}) });
    throw error;
  }
  await recordPollOutcome(db, connection, { pollCursor: cursor, lastError: null, status: "ACTIVE" });
  return summary;
}

/** The status a poll's outcome leaves: paused or disconnected from the dashboard while it ran, that decision stands. */
function statusAfter(current: ConnectionStatus, wanted: "ACTIVE" | "ERROR" | undefined): ConnectionStatus {
  return current === "PAUSED" || current === "DISCONNECTED" ? current : (wanted ?? current);
}

/**
 * Stores how a poll went. A paused connection stays paused whatever the poll that was already running
 * says, and a change of status goes into the audit log. Given the status the poll started with, a poll
 * that leaves it as it was (most do) costs one conditional update instead of a transaction.
 */
export async function recordPollOutcome(
  db: Db,
  connection: { id: string; organizationId: string; status?: ConnectionStatus },
  outcome: { lastError: string | null; pollCursor?: string | null; status?: "ACTIVE" | "ERROR" },
) {
  const data = { lastError: outcome.lastError, lastPolledAt: new Date(), ...(outcome.pollCursor !== undefined ? { pollCursor: outcome.pollCursor } : {}) };
  if (connection.status && statusAfter(connection.status, outcome.status) === connection.status) {
    // No row updated: the status changed meanwhile, so the transaction below decides.
    const { count } = await db.platformConnection.updateMany({ where: { id: connection.id, status: connection.status }, data });
    if (count > 0) return;
  }
  await db.$transaction(async (tx) => {
    const current = await tx.platformConnection.findUniqueOrThrow({ where: { id: connection.id }, select: { status: true } });
    const status = statusAfter(current.status, outcome.status);
    await tx.platformConnection.update({ where: { id: connection.id }, data: { ...data, status } });
    if (status !== current.status) {
      await recordAudit(tx, {
        organizationId: connection.organizationId,
        actor: SYSTEM,
        action: status === "ERROR" ? "connection.failed" : "connection.recovered",
        entityType: "connection",
        entityId: connection.id,
        data: { reason: outcome.lastError },
      });
    }
  });
}
