import type { Db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/definitions";
import { enqueue, type Queues } from "@/lib/jobs/queues";
import { pollEveryMs } from "@/lib/platforms/poll-interval";

const FULL_WALK_EVERY_MS = 24 * 60 * 60_000;

/**
 * Keeps one repeatable poll per active connection, and none for connections that are gone or paused.
 * Runs at start and every minute, so a connection added in the dashboard starts polling on its own.
 */
export async function schedulePolls(db: Db, queues: Queues, everyMs: number) {
  const connections = await db.platformConnection.findMany({ where: { status: { not: "PAUSED" } }, select: { id: true, platform: true, lastPolledAt: true } });
  const wanted = new Set(connections.flatMap((c) => [`poll-${c.id}`, `full-walk-${c.id}`]));
  for (const c of connections) {
    // A new connection is read at once, not after its first interval (Tripadvisor's is 15 minutes).
    if (!c.lastPolledAt) await enqueue(queues, "pollConnection", { connectionId: c.id }, `first-poll-${c.id}`);
    await queues.pollConnection.upsertJobScheduler(
      `poll-${c.id}`,
      { every: pollEveryMs(c.platform, everyMs) },
      { name: "pollConnection", data: JOBS.pollConnection.payload.parse({ connectionId: c.id }), opts: JOBS.pollConnection.options },
    );
    // Once a day a walk from scratch catches what a cursor cannot: deletions and late arrivals.
    await queues.pollConnection.upsertJobScheduler(
      `full-walk-${c.id}`,
      { every: FULL_WALK_EVERY_MS, startDate: Date.now() + FULL_WALK_EVERY_MS },
      { name: "pollConnection", data: JOBS.pollConnection.payload.parse({ connectionId: c.id, fullWalk: true }), opts: JOBS.pollConnection.options },
    );
  }
  for (const scheduler of await queues.pollConnection.getJobSchedulers()) {
    if (scheduler.key && !wanted.has(scheduler.key)) await queues.pollConnection.removeJobScheduler(scheduler.key);
  }
  return connections.length;
}
