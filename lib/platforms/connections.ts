import type { Db } from "../db";
import { inOrganization } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { enqueue, type Queues } from "../jobs/queues";
import { backfillJobId, backfillStates } from "./backfill";

/** The connections page: every property's platforms, how their polling and last backfill go, what was quarantined. */
export async function listConnections(db: Db, queues: Queues, organizationId: string) {
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
  const backfills = await backfillStates(db, queues, connections);
  return connections.map(({ backfillRequestedAt: _r, backfillFinishedAt: _f, backfillReviews: _n, ...c }) => ({ ...c, backfill: backfills.get(c.id)! }));
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

/** Re-reads everything a connection's platform shows, with progress on the connections page. */
export async function requestBackfill(db: Db, queues: Queues, connectionId: string, actor: Actor) {
  const connection = await db.platformConnection.findUniqueOrThrow({ where: { id: connectionId } });
  if (connection.platform === "MANUAL") throw new UserFacingError("This channel's reviews come from file imports; there is nothing to re-read.", "conflict");
  if (connection.status === "PAUSED") throw new UserFacingError("This connection is paused: resume it to read its reviews again.", "conflict");
  if (connection.status === "DISCONNECTED") throw new UserFacingError("This connection was disconnected: connect the platform again to read its reviews.", "conflict");
  // One that stopped (retries used up, job lost) may be started again; see ./backfill.ts.
  if ((await backfillStates(db, queues, [connection])).get(connectionId)?.state === "running") {
    throw new UserFacingError("A backfill of this connection is already running.", "conflict");
  }
  const requestedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.platformConnection.update({ where: { id: connectionId }, data: { backfillRequestedAt: requestedAt, backfillFinishedAt: null, backfillReviews: 0 } });
    await recordAudit(tx, { organizationId: connection.organizationId, actor, action: "connection.backfill_requested", entityType: "connection", entityId: connectionId });
  });
  await enqueue(queues, "pollConnection", { connectionId, backfill: true }, backfillJobId(connectionId, requestedAt));
}
