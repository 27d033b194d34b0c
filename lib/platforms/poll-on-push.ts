import type { Db } from "../db";
import { enqueue, type Queues } from "../jobs/queues";
import type { PlatformCode } from "./types";

/**
 * A push from a platform only says "something changed here": it triggers an immediate poll of the
 * matching connections (pushes within a few seconds of each other share one poll). Returns how many
 * connections were asked to poll.
 */
export async function pollOnPush(db: Db, queues: Queues, platform: PlatformCode, externalLocationId: string): Promise<number> {
  const connections = await db.platformConnection.findMany({
    where: { platform, externalLocationId, status: { not: "PAUSED" } },
    select: { id: true },
  });
  const bucket = Math.floor(Date.now() / 5_000);
  for (const c of connections) await enqueue(queues, "pollConnection", { connectionId: c.id }, `push-${c.id}-${bucket}`);
  return connections.length;
}
