import { createRedis } from "../../lib/jobs/redis";

/** Deletes every key under `prefix:` (a benchmark's queues and throttle keys) and says how many. */
export async function removeKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = createRedis(redisUrl);
  let removed = 0;
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) removed += await redis.unlink(...keys);
    } while (cursor !== "0");
    return removed;
  } finally {
    redis.disconnect();
  }
}
