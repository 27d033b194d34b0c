import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("refuses the published development secrets in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET[\s\S]*LOBBY_ENCRYPTION_KEYS|LOBBY_ENCRYPTION_KEYS[\s\S]*AUTH_SECRET/);
  });

  const ownWebhookSecrets = {
    GOOGLE_PUSH_TOKEN: "a-push-token-of-our-own",
    TRUSTPILOT_WEBHOOK_PASSWORD: "a-trustpilot-password-of-our-own",
    EXPEDIA_NOTIFICATION_SECRET: "an-expedia-secret-of-our-own",
  };

  it("accepts production with secrets of its own", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const e = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "a-real-secret-of-32-characters!!", LOBBY_ENCRYPTION_KEYS: `k1:${key}`, ...ownWebhookSecrets });
    expect(e.AUTH_SECRET).toBe("a-real-secret-of-32-characters!!");
  });

  it("refuses each published webhook secret in production, naming it", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const own = { NODE_ENV: "production", AUTH_SECRET: "a-real-secret-of-32-characters!!", LOBBY_ENCRYPTION_KEYS: `k1:${key}`, ...ownWebhookSecrets };
    for (const name of Object.keys(ownWebhookSecrets) as (keyof typeof ownWebhookSecrets)[]) {
      const { [name]: _dropped, ...rest } = own;
      expect(() => parseEnv(rest)).toThrow(new RegExp(name));
    }
    expect(() => parseEnv({ ...own, TRUSTPILOT_WEBHOOK_PASSWORD: "short" })).toThrow(/TRUSTPILOT_WEBHOOK_PASSWORD/);
  });

  it("lets the demo run a production build on the development secrets", () => {
    expect(parseEnv({ NODE_ENV: "production", LOBBY_DEMO: "1" }).NODE_ENV).toBe("production");
    expect(parseEnv({}).NODE_ENV).toBe("development");
  });

  it("rejects a malformed value with the variable's name", () => {
    expect(() => parseEnv({ POLL_EVERY_MS: "soon" })).toThrow(/POLL_EVERY_MS/);
  });

  it("refuses DRAFT_PROVIDER=openai with neither a key nor a base URL, and reads the LLM settings", () => {
    expect(parseEnv({}).DRAFT_PROVIDER).toBe("builtin");
    expect(() => parseEnv({ DRAFT_PROVIDER: "openai" })).toThrow(/OPENAI_API_KEY[\s\S]*needs OPENAI_API_KEY \(api.openai.com\) or OPENAI_BASE_URL/);
    expect(parseEnv({ DRAFT_PROVIDER: "openai", OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }).OPENAI_API_KEY).toBeUndefined();
    const e = parseEnv({ DRAFT_PROVIDER: "openai", OPENAI_API_KEY: "sk-x", OPENAI_PRICE_PER_MTOK: "0.4, 1.6", OPENAI_TEMPERATURE: "none", OPENAI_TIMEOUT_MS: "5000" });
    expect(e).toMatchObject({ OPENAI_PRICE_PER_MTOK: { input: 0.4, output: 1.6 }, OPENAI_TEMPERATURE: "none", OPENAI_TIMEOUT_MS: 5000, OPENAI_MAX_RETRIES: 2, OPENAI_MODEL: "gpt-4o-mini" });
    expect(() => parseEnv({ OPENAI_PRICE_PER_MTOK: "cheap" })).toThrow(/OPENAI_PRICE_PER_MTOK/);
  });
});
