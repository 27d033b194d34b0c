import type { Db } from "../../db";
import { recordAudit, type Actor } from "../../audit";
import { UserFacingError } from "../../errors";
import { ensureQueued, type Queues } from "../../jobs/queues";
import type { ConnectionStatus } from "../../generated/prisma/enums";
import { logger } from "../../logger";
import { erasedCredentials } from "../stored-credentials";

// Pausing, resuming and disconnecting a platform connection from the dashboard. A paused connection
// keeps its credentials and is simply not read; a disconnected one is not read or published to, its
// stored credentials are erased, and every review, draft and reply it brought stays in Lobby (they are
// the hotel's history). Connecting the same place again revives it (save-connection.ts).

export const pollNowJobId = (connectionId: string) => `poll-now-${connectionId}`;

type Change = { from: ConnectionStatus[]; to: ConnectionStatus; action: string; refusal: string };

const CHANGES = {
  pause: { from: ["ACTIVE", "ERROR"], to: "PAUSED", action: "connection.paused", refusal: "Only a connection that is being read can be paused." },
  resume: { from: ["PAUSED"], to: "ACTIVE", action: "connection.resumed", refusal: "Only a paused connection can be resumed." },
  disconnect: { from: ["ACTIVE", "ERROR", "PAUSED"], to: "DISCONNECTED", action: "connection.disconnected", refusal: "This connection is already disconnected." },
} satisfies Record<string, Change>;

async function change(db: Db, connectionId: string, kind: keyof typeof CHANGES, actor: Actor) {
  const { from, to, action, refusal } = CHANGES[kind];
  return db.$transaction(async (tx) => {
    const connection = await tx.platformConnection.findUniqueOrThrow({ where: { id: connectionId }, select: { organizationId: true, status: true, platform: true } });
    // Conditional on the status read, so two clicks at once change it once.
    const moved = await tx.platformConnection.updateMany({
      where: { id: connectionId, status: { in: from } },
      data: { status: to, ...(to === "DISCONNECTED" ? { credentialsEncrypted: erasedCredentials(), lastError: null } : {}) },
    });
    if (moved.count === 0) throw new UserFacingError(refusal, "conflict");
    await recordAudit(tx, { organizationId: connection.organizationId, actor, action, entityType: "connection", entityId: connectionId, data: { from: connection.status, platform: connection.platform } });
  });
}

export function pauseConnection(db: Db, connectionId: string, actor: Actor) {
  return change(db, connectionId, "pause", actor);
}

/** Resumes reading, with one read at once rather than at the next scheduled one. */
export async function resumeConnection(db: Db, queues: Queues, connectionId: string, actor: Actor) {
  await change(db, connectionId, "resume", actor);
  // Without Redis the scheduler picks the connection up again within a minute.
  await ensureQueued(queues, "pollConnection", { connectionId }, pollNowJobId(connectionId)).catch((err: Error) =>
    logger.warn({ connectionId, err: err.message }, "could not queue a poll after resuming"),
  );
}

export function disconnectConnection(db: Db, connectionId: string, actor: Actor) {
  return change(db, connectionId, "disconnect", actor);
}
