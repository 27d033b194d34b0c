import { Redis } from "ioredis";
import { env } from "../env";

/** BullMQ needs maxRetriesPerRequest: null on connections used by workers. */
export function createRedis(url: string = env.REDIS_URL): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}
