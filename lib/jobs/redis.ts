import { Redis } from "ioredis";
import { env } from "../env";
import { logger } from "../logger";

/**
 * Workers need maxRetriesPerRequest: null (they block and must wait out a Redis restart). The web
 * app only adds jobs and should fail fast instead of hanging a request while Redis is away.
 */
export function createRedis(url: string = env.REDIS_URL, role: "worker" | "producer" = "worker"): Redis {
  return role === "worker"
    ? new Redis(url, { maxRetriesPerRequest: null })
    : new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 3_000, connectTimeout: 3_000 });
}

// The web app's Redis connection for its own keys (the sign-in throttle), made on first use.
const holder = globalThis as unknown as { lobbyRedis?: Redis };
export function appRedis(): Redis {
  if (!holder.lobbyRedis) {
    const redis = createRedis(env.REDIS_URL, "producer");
    let lastLogged = 0;
    redis.on("error", (err: Error) => {
      // ioredis reports every reconnect attempt; one line every half minute is enough.
      if (Date.now() - lastLogged < 30_000) return;
      lastLogged = Date.now();
      logger.warn({ err: err.message }, "Redis unreachable from the web app");
    });
    holder.lobbyRedis = redis;
  }
  return holder.lobbyRedis;
}
