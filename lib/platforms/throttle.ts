import type { Redis } from "ioredis";
import type { FetchLike } from "./http";
import type { PlatformCode } from "./types";

/**
 * Calls per minute Lobby allows itself per platform, shared by every worker process (Google's
 * documented default quota is 300/min per project; Trustpilot asks for at most 833 calls per five
 * minutes per API key, about 166/min; the others are conservative (unconfirmed)).
 */
export const PLATFORM_RATE_PER_MINUTE: Record<PlatformCode, number> = {
  GOOGLE: 300,
  BOOKING: 120,
  EXPEDIA: 300,
  TRUSTPILOT: 160,
  TRIPADVISOR: 3000,
};

/** Waits until the platform's shared budget allows one more call. */
export type Throttle = (platform: PlatformCode) => Promise<void>;

// One-second windows of perMinute/60 calls: smooth, and a burst never spends a minute's budget at once.
const TAKE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], 1000) end
if n <= tonumber(ARGV[1]) then return 0 end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then ttl = 1000 end
return ttl`;

export function redisThrottle(redis: Redis, prefix: string, perMinute: Record<PlatformCode, number> = PLATFORM_RATE_PER_MINUTE): Throttle {
  return async (platform) => {
    const perSecond = Math.max(1, Math.ceil(perMinute[platform] / 60));
    for (;;) {
      const second = Math.floor(Date.now() / 1000);
      const wait = Number(await redis.eval(TAKE, 1, `${prefix}:rate:${platform}:${second}`, perSecond));
      if (wait === 0) return;
      await new Promise((r) => setTimeout(r, Math.min(wait, 1000) + Math.floor(Math.random() * 20)));
    }
  };
}

/** A fetch that first waits for the platform's budget: every connector's calls go through it. */
export function throttledFetch(platform: PlatformCode, throttle: Throttle, inner: FetchLike): FetchLike {
  return async (input, init) => {
    await throttle(platform);
    return inner(input, init);
  };
}
