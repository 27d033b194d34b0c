import { Redis } from "ioredis";
import { env } from "../env";

/**
 * Workers need maxRetriesPerRequest: null (they block and must wait out a Redis restart). The web
 * app only adds jobs and should fail fast instead of hanging a request while Redis is away.
 */
export function createRedis(url: string = env.REDIS_URL, role: "worker" | "producer" = "worker"): Redis {
  return role === "worker"
    ? new Redis(url, { maxRetriesPerRequest: null })
    : new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 3_000 });
}
