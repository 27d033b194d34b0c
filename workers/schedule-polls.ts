import type { Db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/definitions";
import { enqueue, type Queues } from "@/lib/jobs/queues";
import { pollEveryMs } from "@/lib/platforms/poll-interval";
import { googlePollGroups } from "@/lib/reviews/google-poll-groups";

const FULL_WALK_EVERY_MS = 24 * 60 * 60_000;

/**
 * Keeps one repeatable poll per active connection, and none for connections that are gone or paused.
 * Google connections of one organization on one account and grant share one repeatable poll that
 * reads them with a single batch listing; each still has its own first poll and daily full walk.
 * Runs at start and every minute, so a connection added in the dashboard starts polling on its own.
 */
export async function schedulePolls(db: Db, queues: Queues, everyMs: number) {
  const connections = await db.platformConnection.findMany({
    // MANUAL connections have no API to poll: their reviews arrive by file import.
    where: { status: { notIn: ["PAUSED", "DISCONNECTED"] }, platform: { not: "MANUAL" } },
    select: { id: true, organizationId: true, platform: true, externalLocationId: true, credentialsEncrypted: true, pollCursor: true, status: true, lastPolledAt: true },
  });
  const groups = googlePollGroups(connections);
  const grouped = new Set(groups.flatMap((g) => g.connectionIds));
  const wanted = new Set([
    ...connections.flatMap((c) => (grouped.has(c.id) ? [`full-walk-${c.id}`] : [`poll-${c.id}`, `full-walk-${c.id}`])),
    ...groups.map((g) => `poll-google-${g.key}`),
  ]);
  for (const c of connections) {
    // A new connection is read at once, not after its first interval (Tripadvisor's is 15 minutes).
    if (!c.lastPolledAt) await enqueue(queues, "pollConnection", { connectionId: c.id }, `first-poll-${c.id}`);
    if (!grouped.has(c.id)) {
      await queues.pollConnection.upsertJobScheduler(
        `poll-${c.id}`,
        { every: pollEveryMs(c.platform, everyMs) },
        { name: "pollConnection", data: JOBS.pollConnection.payload.parse({ connectionId: c.id }), opts: JOBS.pollConnection.options },
      );
    }
    // Once a day a walk from scratch catches what a cursor cannot: deletions and late arrivals.
    await queues.pollConnection.upsertJobScheduler(
      `full-walk-${c.id}`,
      { every: FULL_WALK_EVERY_MS, startDate: Date.now() + FULL_WALK_EVERY_MS },
      { name: "pollConnection", data: JOBS.pollConnection.payload.parse({ connectionId: c.id, fullWalk: true }), opts: JOBS.pollConnection.options },
    );
  }
  for (const { key, connectionIds: [first, ...rest] } of groups) {
    if (!first) continue;
    await queues.pollConnection.upsertJobScheduler(
      `poll-google-${key}`,
      { every: pollEveryMs("GOOGLE", everyMs) },
      { name: "pollConnection", data: JOBS.pollConnection.payload.parse({ connectionId: first, googleGroup: rest }), opts: JOBS.pollConnection.options },
    );
  }
  for (const scheduler of await queues.pollConnection.getJobSchedulers()) {
    if (scheduler.key && !wanted.has(scheduler.key)) await queues.pollConnection.removeJobScheduler(scheduler.key);
  }
  return connections.length;
}
