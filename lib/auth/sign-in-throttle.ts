import type { Redis } from "ioredis";
import { logger } from "../logger";

// Failed sign-ins are counted per email and per network address in fixed windows; past the limit,
// further attempts are refused until the window ends. Redis being away never locks people out.
export const SIGN_IN_LIMITS = { perEmail: 8, perAddress: 30, windowSeconds: 15 * 60 };

const keys = (prefix: string, email: string, address: string) => [
  { key: `${prefix}:signin:email:${email.toLowerCase()}`, limit: SIGN_IN_LIMITS.perEmail },
  { key: `${prefix}:signin:addr:${address}`, limit: SIGN_IN_LIMITS.perAddress },
];

/** Minutes until the caller may try again, or 0 when the attempt may go ahead. */
export async function signInWaitMinutes(redis: Redis, prefix: string, email: string, address: string): Promise<number> {
  try {
    for (const { key, limit } of keys(prefix, email, address)) {
      const count = Number((await redis.get(key)) ?? 0);
      if (count >= limit) return Math.max(1, Math.ceil((await redis.ttl(key)) / 60));
    }
    return 0;
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "sign-in throttle unavailable; letting the attempt through");
    return 0;
  }
}

export async function recordFailedSignIn(redis: Redis, prefix: string, email: string, address: string): Promise<void> {
  try {
    const tx = redis.multi();
    for (const { key } of keys(prefix, email, address)) tx.incr(key).expire(key, SIGN_IN_LIMITS.windowSeconds, "NX");
    await tx.exec();
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not count a failed sign-in");
  }
}
