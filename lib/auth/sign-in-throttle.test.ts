import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { recordFailedSignIn, SIGN_IN_LIMITS, signInWaitMinutes } from "./sign-in-throttle";

const redis = new Redis(env.REDIS_URL);
const prefix = `${env.QUEUE_PREFIX}-throttle-${randomUUID().slice(0, 8)}`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe("sign-in throttle", () => {
  it("refuses an email after too many failures, for the rest of the window, and leaves others alone", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail - 1; i++) await recordFailedSignIn(redis, prefix, "Ana@Hotel.test", `10.0.0.${i}`);
    expect(await signInWaitMinutes(redis, prefix, "ana@hotel.test", "10.0.0.99")).toBe(0);
    await recordFailedSignIn(redis, prefix, "ana@hotel.test", "10.0.0.50");
    expect(await signInWaitMinutes(redis, prefix, "ana@hotel.test", "10.0.0.99")).toBe(15);
    expect(await signInWaitMinutes(redis, prefix, "bo@hotel.test", "10.0.0.99")).toBe(0);
  });

  it("refuses a network address that tries many emails", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await recordFailedSignIn(redis, prefix, `guess${i}@hotel.test`, "192.0.2.7");
    expect(await signInWaitMinutes(redis, prefix, "new@hotel.test", "192.0.2.7")).toBeGreaterThan(0);
    expect(await signInWaitMinutes(redis, prefix, "new@hotel.test", "192.0.2.8")).toBe(0);
  });

  it("lets people in when Redis is unreachable", async () => {
    const down = new Redis("redis://127.0.0.1:9/0", { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    expect(await signInWaitMinutes(down, prefix, "ana@hotel.test", "10.0.0.1")).toBe(0);
    await expect(recordFailedSignIn(down, prefix, "ana@hotel.test", "10.0.0.1")).resolves.toBeUndefined();
    down.disconnect();
  });
});
