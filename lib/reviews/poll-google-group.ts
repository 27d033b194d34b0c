import type { Db } from "../db";
import type { PlatformConnection } from "../generated/prisma/client";
import { logger } from "../logger";
import { PlatformError } from "../platforms/errors";
import { isGoogleConnector } from "../platforms/google/connector";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";
import { storedCredentials } from "../platforms/stored-credentials";
import { googlePollGroups } from "./google-poll-groups";
import { pollConnection, recordPollOutcome, type PollSummary } from "./poll-connection";
import { quarantineItems } from "./quarantine";
import { storeReviews } from "./store-reviews";

export type GroupPollSummary = PollSummary & {
  /** Connections read with the one batch listing, and those read on their own. */
  together: number;
  alone: number;
  /** Connections whose poll failed; each has its error recorded on it (status, lastError, audit). */
  failed: number;
};

const empty = (): GroupPollSummary => ({ pages: 0, created: 0, updated: 0, unchanged: 0, malformed: 0, quarantined: 0, deleted: 0, needDraft: [], together: 0, alone: 0, failed: 0 });

function add(into: GroupPollSummary, s: PollSummary) {
  into.pages += s.pages;
  into.created += s.created;
  into.updated += s.updated;
  into.unchanged += s.unchanged;
  into.malformed += s.malformed;
  into.quarantined += s.quarantined;
  into.deleted += s.deleted;
  into.needDraft.push(...s.needDraft);
}

/**
 * Polls several Google connections of one organization that share an account and a grant with one
 * batchGetReviews listing instead of one listing each. What a poll guarantees still holds per
 * connection: its own cursor (moved only after the whole walk), its reviews and quarantine, its
 * status and error. Members that no longer fit the group (paused, another grant, never read) and,
 * when the batch listing fails for a reason other than Google's rate limit, every member, are polled
 * on their own with pollConnection. Returns null when no member is left to poll.
 */
export async function pollGoogleGroup(db: Db, connectionIds: string[], overrides?: ConnectorOverrides): Promise<GroupPollSummary | null> {
  const connections = await db.platformConnection.findMany({ where: { id: { in: connectionIds } }, orderBy: { id: "asc" } });
  if (connections.length === 0) return null;
  const group = googlePollGroups(connections)[0]?.connectionIds ?? [];
  const together = connections.filter((c) => group.includes(c.id));
  const alone = connections.filter((c) => !group.includes(c.id));
  const summary = empty();

  if (together.length > 0) {
    try {
      add(summary, await readTogether(db, together, overrides));
      summary.together = together.length;
    } catch (error) {
      // Google asked to slow down: N single listings would only make it worse. The job waits and retries.
      if (error instanceof PlatformError && error.kind === "rate_limited") throw error;
      logger.warn({ connections: together.map((c) => c.id), err: error instanceof PlatformError ? error.message : String(error) }, "batch listing failed; polling each connection on its own");
      alone.unshift(...together);
    }
  }
  for (const connection of alone) {
    try {
      const polled = await pollConnection(db, connection.id, overrides);
      if (!polled) continue; // paused or gone since the job was queued
      add(summary, polled);
      summary.alone++;
    } catch (error) {
      if (error instanceof PlatformError && error.kind === "rate_limited") throw error;
      // Recorded on the connection by pollConnection; the next scheduled poll tries again.
      summary.failed++;
    }
  }
  return summary;
}

async function readTogether(db: Db, connections: PlatformConnection[], overrides?: ConnectorOverrides): Promise<PollSummary> {
  const [first] = connections;
  if (!first) throw new Error("an empty group");
  const connector = createConnector({ platform: "GOOGLE", externalLocationId: first.externalLocationId, ...storedCredentials(db, first) }, overrides);
  if (!isGoogleConnector(connector)) throw new PlatformError("invalid", "The Google connector cannot batch", { platform: "GOOGLE" });

  const byLocation = new Map(connections.map((c) => [c.externalLocationId, c]));
  const cursors = new Map(connections.map((c) => [c.id, c.pollCursor]));
  const summary: PollSummary = { pages: 0, created: 0, updated: 0, unchanged: 0, malformed: 0, quarantined: 0, deleted: 0, needDraft: [] };
  try {
    for await (const pages of connector.batchReviewsSince(new Map(connections.map((c) => [c.externalLocationId, c.pollCursor])))) {
      summary.pages++;
      for (const [location, page] of pages) {
        const connection = byLocation.get(location);
        if (!connection) continue;
        const stored = await storeReviews(db, connection, page.reviews);
        summary.created += stored.created;
        summary.updated += stored.updated;
        summary.unchanged += stored.unchanged;
        summary.needDraft.push(...stored.needDraft);
        summary.malformed += page.malformed.length;
        summary.quarantined += await quarantineItems(db, connection, page.malformed);
        cursors.set(connection.id, page.cursor ?? cursors.get(connection.id) ?? null);
      }
    }
  } catch (error) {
    // Only a rate limit is kept as every member's outcome; other failures are retried one by one, which records their own.
    if (error instanceof PlatformError && error.kind === "rate_limited") {
      for (const c of connections) await recordPollOutcome(db, c, { lastError: error.message });
    }
    throw error;
  }
  for (const c of connections) await recordPollOutcome(db, c, { pollCursor: cursors.get(c.id) ?? null, lastError: null, status: "ACTIVE" });
  return summary;
}
