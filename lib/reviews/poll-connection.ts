import type { Db } from "../db";
import { openSecret } from "../crypto/secrets";
import { PlatformError } from "../platforms/errors";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";
import { markDeletedReviews, storeReviews } from "./store-reviews";
import { quarantineItems } from "./quarantine";
import { recordAudit, SYSTEM } from "../audit";

export type PollSummary = {
  pages: number;
  created: number;
  updated: number;
  unchanged: number;
  malformed: number;
  quarantined: number;
  deleted: number;
  needDraft: string[];
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
  options: { fullWalk?: boolean; backfill?: boolean } = {},
): Promise<PollSummary | null> {
  const connection = await db.platformConnection.findUnique({ where: { id: connectionId } });
  if (!connection || connection.status === "PAUSED") return null;

  const connector = createConnector({
    platform: connection.platform,
    externalLocationId: connection.externalLocationId,
    credentials: openSecret(connection.credentialsEncrypted),
  }, overrides);
  const summary: PollSummary = { pages: 0, created: 0, updated: 0, unchanged: 0, malformed: 0, quarantined: 0, deleted: 0, needDraft: [] };
  const from = options.fullWalk || options.backfill ? null : connection.pollCursor;
  let cursor = connection.pollCursor;
  const seen = new Set<string>();
  try {
    for await (const page of connector.listReviewsSince(from)) {
      const stored = await storeReviews(db, connection, page.reviews);
      for (const review of page.reviews) seen.add(review.externalId);
      summary.pages++;
      summary.created += stored.created;
      summary.updated += stored.updated;
      summary.unchanged += stored.unchanged;
      summary.malformed += page.malformed.length;
      summary.quarantined += await quarantineItems(db, connection, page.malformed);
      summary.needDraft.push(...stored.needDraft);
      cursor = page.cursor ?? cursor;
      if (options.backfill) {
        await db.platformConnection.update({ where: { id: connection.id }, data: { backfillReviews: { increment: page.reviews.length } } });
      }
    }
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

/**
 * Stores how a poll went. A paused connection stays paused whatever the poll that was already running
 * says, and a change of status goes into the audit log.
 */
async function recordPollOutcome(
  db: Db,
  connection: { id: string; organizationId: string },
  outcome: { lastError: string | null; pollCursor?: string | null; status?: "ACTIVE" | "ERROR" },
) {
  await db.$transaction(async (tx) => {
    const current = await tx.platformConnection.findUniqueOrThrow({ where: { id: connection.id }, select: { status: true } });
    const status = current.status === "PAUSED" ? "PAUSED" : (outcome.status ?? current.status);
    await tx.platformConnection.update({
      where: { id: connection.id },
      data: { lastError: outcome.lastError, lastPolledAt: new Date(), status, ...(outcome.pollCursor !== undefined ? { pollCursor: outcome.pollCursor } : {}) },
    });
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
