import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { redisThrottle, throttledFetch, PLATFORM_RATE_PER_MINUTE } from "./throttle";

const redis = new Redis(env.REDIS_URL);
const prefix = `${env.QUEUE_PREFIX}-throttle-${randomUUID().slice(0, 8)}`;
afterAll(() => redis.disconnect());

describe("shared platform throttle", () => {
  it("never lets two workers together exceed a platform's budget in any second", async () => {
    const limits = { ...PLATFORM_RATE_PER_MINUTE, GOOGLE: 120 }; // 2 calls a second
    const workerA = redisThrottle(redis, prefix, limits);
    const other = new Redis(env.REDIS_URL);
    const workerB = redisThrottle(other, prefix, limits);
    const stamps: number[] = [];
    const call = async (throttle: typeof workerA) => {
      await throttle("GOOGLE");
      stamps.push(Math.floor(Date.now() / 1000));
    };
    await Promise.all([...Array(4)].flatMap(() => [call(workerA), call(workerB)]));
    other.disconnect();
    const perSecond = new Map<number, number>();
    for (const s of stamps) perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
    expect(stamps).toHaveLength(8);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(2);
    expect(perSecond.size).toBeGreaterThanOrEqual(4);
  });

  it("stays within what each platform allows, so its quota answers 429 only when something else spent it", () => {
    // Google 300/min per project, Booking.com 120/min per machine account (unconfirmed), Expedia
    // 300/min at the gateway (unconfirmed), Trustpilot 833 per 5 minutes, Tripadvisor 50/s per key.
    const allowed = { GOOGLE: 300, BOOKING: 120, EXPEDIA: 300, TRUSTPILOT: Math.floor(833 / 5), TRIPADVISOR: 50 * 60 };
    for (const [platform, perMinute] of Object.entries(allowed)) {
      expect(PLATFORM_RATE_PER_MINUTE[platform as keyof typeof allowed], platform).toBeLessThanOrEqual(perMinute);
    }
  });

  it("keeps platforms' budgets apart", async () => {
    const throttle = redisThrottle(redis, `${prefix}-b`, { ...PLATFORM_RATE_PER_MINUTE, GOOGLE: 60, BOOKING: 60 });
    const started = Date.now();
    await Promise.all([throttle("GOOGLE"), throttle("BOOKING")]);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("wraps fetch so a connector's every call waits for the budget", async () => {
    const seen: string[] = [];
    const fetch = throttledFetch("BOOKING", async (p) => void seen.push(`throttle:${p}`), async (input) => {
      seen.push(`fetch:${String(input)}`);
      return new Response("{}");
    });
    await fetch("http://platform.test/x", {});
    expect(seen).toEqual(["throttle:BOOKING", "fetch:http://platform.test/x"]);
  });
});
