import { createHash } from "node:crypto";
import type { Db } from "../db";
import { enqueue, type Queues } from "../jobs/queues";
import type { PlatformCode } from "./types";

export interface PushOptions {
  /**
   * The platform said its moderators decided on Lobby's reply to this review (its external id):
   * the poll job also reads that reply's status at once instead of waiting for housekeeping.
   */
  replyStatusOf?: string;
}

/**
 * A push from a platform only says "something changed here": it triggers an immediate poll of the
 * matching connections (pushes within a few seconds of each other share one poll). Returns how many
 * connections were asked to poll.
 */
export async function pollOnPush(
  db: Db,
  queues: Queues,
  platform: PlatformCode,
  externalLocationId: string,
  options: PushOptions = {},
): Promise<number> {
  const connections = await db.platformConnection.findMany({
    where: { platform, externalLocationId, status: { notIn: ["PAUSED", "DISCONNECTED"] } },
    select: { id: true },
  });
  const bucket = Math.floor(Date.now() / 5_000);
  const { replyStatusOf } = options;
  // A moderation decision gets a job of its own: folded into another push's poll it would be dropped.
  const suffix = replyStatusOf ? `-reply-${createHash("sha256").update(replyStatusOf).digest("hex").slice(0, 16)}` : "";
  for (const c of connections) {
    await enqueue(queues, "pollConnection", { connectionId: c.id, ...(replyStatusOf ? { replyStatusOf } : {}) }, `push-${c.id}-${bucket}${suffix}`);
  }
  return connections.length;
}
