import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "../../env";
import { createRedis } from "../../jobs/redis";
import { ConnectFlowError } from "./connect-problem";
import { rememberOAuthState, takeOAuthState, type OAuthState } from "./oauth-state";

const redis = createRedis();
const prefix = `${env.QUEUE_PREFIX}-oauth-${randomUUID().slice(0, 8)}`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const flow: OAuthState = { userId: "user-1", organizationId: "org-1", propertyId: "prop-1", platform: "GOOGLE", redirectUri: "http://lobby.test/api/oauth/google/callback", codeVerifier: "v".repeat(64) };

async function problem(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectFlowError);
  return (error as ConnectFlowError).problem;
}

describe("the OAuth state of a connect flow", () => {
  it("names the flow once, for the user who started it", async () => {
    const token = await rememberOAuthState(redis, prefix, flow);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only a hash of the token is in Redis.
    expect(await redis.keys(`${prefix}:*${token}*`)).toEqual([]);
    expect(await takeOAuthState(redis, prefix, token, "user-1", "GOOGLE")).toEqual(flow);
    expect(await problem(takeOAuthState(redis, prefix, token, "user-1", "GOOGLE"))).toBe("expired");
  });

  it("refuses a state that is missing, malformed or unknown", async () => {
    expect(await problem(takeOAuthState(redis, prefix, null, "user-1", "GOOGLE"))).toBe("invalid");
    expect(await problem(takeOAuthState(redis, prefix, "short", "user-1", "GOOGLE"))).toBe("invalid");
    expect(await problem(takeOAuthState(redis, prefix, "A".repeat(43), "user-1", "GOOGLE"))).toBe("expired");
  });

  it("refuses another user's state and uses it up, so the rightful user cannot be raced", async () => {
    const token = await rememberOAuthState(redis, prefix, flow);
    const error = await takeOAuthState(redis, prefix, token, "intruder", "GOOGLE").catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "someone-else", organizationId: "org-1" });
    expect(await problem(takeOAuthState(redis, prefix, token, "user-1", "GOOGLE"))).toBe("expired");
  });

  it("refuses a state brought back by another platform's callback", async () => {
    const token = await rememberOAuthState(redis, prefix, flow);
    expect(await problem(takeOAuthState(redis, prefix, token, "user-1", "TRUSTPILOT"))).toBe("invalid");
  });

  it("expires", async () => {
    const token = await rememberOAuthState(redis, prefix, flow, 1);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await problem(takeOAuthState(redis, prefix, token, "user-1", "GOOGLE"))).toBe("expired");
  });
});
