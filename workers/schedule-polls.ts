import type { Db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/definitions";
import type { Queues } from "@/lib/jobs/queues";

/**
 * Keeps one repeatable poll per active connection, and none for connections that are gone or paused.
 * Runs at start and every minute, so a connection added in the dashboard starts polling on its own.
 */
export async function schedulePolls(db: Db, queues: Queues, everyMs: number) {
  const connections = await db.platformConnection.findMany({ where: { status: { not: "PAUSED" } }, select: { id: true } });
  const wanted = new Set(connections.map((c) => `poll-${c.id}`));
  for (const c of connections) {
    await queues.pollConnection.upsertJobScheduler(
      `poll-${c.id}`,
      { every: everyMs },
      { name: "pollConnection", data: JOBS.pollConnection.payload.parse({ connectionId: c.id }), opts: JOBS.pollConnection.options },
    );
  }
  for (const scheduler of await queues.pollConnection.getJobSchedulers()) {
    if (scheduler.key && !wanted.has(scheduler.key)) await queues.pollConnection.removeJobScheduler(scheduler.key);
  }
  return connections.length;
}
