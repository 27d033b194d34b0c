import type { Db } from "../db";
import { inOrganization } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { enqueue, type Queues } from "../jobs/queues";

/** The connections page: every property's platforms, how their polling goes, what was quarantined. */
export async function listConnections(db: Db, organizationId: string) {
  const connections = await db.platformConnection.findMany({
    where: inOrganization(organizationId),
    orderBy: [{ property: { name: "asc" } }, { platform: "asc" }],
    select: {
      id: true,
      platform: true,
      externalLocationId: true,
      status: true,
      lastError: true,
      lastPolledAt: true,
      backfillRequestedAt: true,
      backfillFinishedAt: true,
      backfillReviews: true,
      property: { select: { id: true, name: true, city: true } },
      _count: { select: { reviews: true, quarantine: true } },
    },
  });
  return connections;
}

export function listQuarantine(db: Db, organizationId: string, take = 50) {
  return db.quarantinedItem.findMany({
    where: inOrganization(organizationId),
    orderBy: { lastSeenAt: "desc" },
    take,
    select: { id: true, reason: true, raw: true, firstSeenAt: true, lastSeenAt: true, timesSeen: true, connection: { select: { platform: true, property: { select: { name: true } } } } },
  });
}

/** The organization that owns a connection: the tenant comes from the resource. */
export async function connectionOrganization(db: Db, connectionId: string) {
  const c = await db.platformConnection.findUnique({ where: { id: connectionId }, select: { organizationId: true } });
  return c?.organizationId ?? null;
}

/** A backfill that has not finished after this long is taken as dead, and may be asked for again. */
const BACKFILL_STALE_MS = 30 * 60_000;

/** Re-reads everything a connection's platform shows, with progress on the connections page. */
export async function requestBackfill(db: Db, queues: Queues, connectionId: string, actor: Actor) {
  const connection = await db.platformConnection.findUniqueOrThrow({ where: { id: connectionId } });
  if (connection.platform === "MANUAL") throw new UserFacingError("This channel's reviews come from file imports; there is nothing to re-read.", "conflict");
  const running = connection.backfillRequestedAt && !connection.backfillFinishedAt && Date.now() - connection.backfillRequestedAt.getTime() < BACKFILL_STALE_MS;
  if (running) {
    throw new UserFacingError("A backfill of this connection is already running.", "conflict");
  }
  const requestedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.platformConnection.update({ where: { id: connectionId }, data: { backfillRequestedAt: requestedAt, backfillFinishedAt: null, backfillReviews: 0 } });
    await recordAudit(tx, { organizationId: connection.organizationId, actor, action: "connection.backfill_requested", entityType: "connection", entityId: connectionId });
  });
  await enqueue(queues, "pollConnection", { connectionId, backfill: true }, `backfill-${connectionId}-${requestedAt.getTime()}`);
}
