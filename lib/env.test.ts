import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("refuses the published development secrets in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET[\s\S]*LOBBY_ENCRYPTION_KEYS|LOBBY_ENCRYPTION_KEYS[\s\S]*AUTH_SECRET/);
  });

  it("accepts production with secrets of its own", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const e = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "a-real-secret-of-32-characters!!", LOBBY_ENCRYPTION_KEYS: `k1:${key}` });
    expect(e.AUTH_SECRET).toBe("a-real-secret-of-32-characters!!");
  });

  it("lets the demo run a production build on the development secrets", () => {
    expect(parseEnv({ NODE_ENV: "production", LOBBY_DEMO: "1" }).NODE_ENV).toBe("production");
    expect(parseEnv({}).NODE_ENV).toBe("development");
  });

  it("rejects a malformed value with the variable's name", () => {
    expect(() => parseEnv({ POLL_EVERY_MS: "soon" })).toThrow(/POLL_EVERY_MS/);
  });
});
