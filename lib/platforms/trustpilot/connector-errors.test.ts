import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRUSTPILOT_SANDBOX_CREDENTIALS, TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER } from "../../../sandbox/trustpilot/seed";
import { startSandbox } from "../../../sandbox/testing";
import { PlatformError } from "../errors";
import { collect, LISBON, thrown, trustpilotConnectorHarness } from "./testing";

const HOUR = 3_600_000;

describe("Trustpilot connector: failures become typed PlatformErrors", () => {
  const h = trustpilotConnectorHarness();
  const { connector, tokenCalls } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const fault = (body: unknown) => sbx().admin("/_sandbox/faults", { trustpilot: body });
  const list = (c = connector()) => collect(c.listReviewsSince(null));

  it("turns 429 into rate_limited with retryAfterMs, 5xx into unavailable, an unknown unit into not_found", async () => {
    await fault({ status: 429, count: 1, retryAfterSeconds: 7 });
    const limited = await thrown(list());
    expect(limited).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 7000, retryable: true });
    expect(limited.message).toContain("policies.ratelimit.QuotaViolation");
    await fault({ status: 503, count: 1 });
    expect(await thrown(connector().publishReply("abc123", "Thanks"))).toMatchObject({ kind: "unavailable", status: 503, retryable: true });
    const missing = await thrown(list(connector({ businessUnitId: "000000000000000000000000" })));
    expect(missing).toMatchObject({ kind: "not_found", status: 404, message: expect.stringContaining("Business unit not found (errorCode 1004)") });
  });

  it("turns a rejected request into invalid", async () => {
    const error = await thrown(list(connector({ perPage: 101 })));
    expect(error).toMatchObject({ kind: "invalid", status: 400, retryable: false, message: expect.stringContaining("perPage") });
  });

  it("hits the sandbox's real per-API-key quota as rate_limited", async () => {
    const limited = await startSandbox();
    limited.sandbox.platforms.trustpilot.limiter.perMinute = 2;
    try {
      const c = connector({ apiBase: limited.url, tokenUrl: `${limited.url}/v1/oauth/oauth-business-users-for-applications/accesstoken` });
      await list(c);
      await list(c);
      const error = await thrown(list(c));
      expect(error.kind).toBe("rate_limited");
      expect(error.retryAfterMs).toBeGreaterThan(50_000);
    } finally {
      await limited.sandbox.close();
    }
  });

  it("turns a page cut off mid-JSON into unavailable for the whole call", async () => {
    await fault({ kind: "truncate", count: 1 });
    const error = await thrown(list());
    expect(error).toMatchObject({ kind: "unavailable", status: 200, message: expect.stringContaining("broken answer") });
  });

  it("turns a hanging call into unavailable once the timeout fires", async () => {
    await fault({ kind: "hang", count: 1 });
    const started = Date.now();
    const error = await thrown(list(connector({ timeoutMs: 150 })));
    expect(error).toMatchObject({ kind: "unavailable", message: expect.stringMatching(/did not answer within/) });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("turns an unreachable host into unavailable", async () => {
    const closed = await startSandbox();
    const deadUrl = closed.url;
    await closed.sandbox.close();
    const error = await thrown(list(connector({ apiBase: deadUrl, tokenUrl: `${deadUrl}/v1/oauth/oauth-business-users-for-applications/accesstoken` })));
    expect(error).toMatchObject({ kind: "unavailable", message: expect.stringContaining("Could not reach Trustpilot") });
  });

  it("signs in once and shares the token between connectors (Trustpilot punishes frequent token requests)", async () => {
    await list();
    await list(connector());
    await connector().readReply((await h.seeded())[0]?.id ?? "");
    expect(tokenCalls()).toBe(1);
    expect(tokenCalls("password")).toBe(1);
  });

  it("after a 401, refreshes with the refresh token (not a new login) and retries once", async () => {
    await list();
    await sbx().admin("/_sandbox/trustpilot/tokens/revoke", {});
    const pages = await list();
    expect(pages[0]?.reviews).toHaveLength(14);
    expect([tokenCalls("password"), tokenCalls("refresh_token")]).toEqual([1, 1]);
    expect(h.calls.find((c) => c.grant === "refresh_token")?.url).toMatch(/\/oauth-business-users-for-applications\/refresh$/);
  });

  it("refreshes ahead of expiry, without a refused call", async () => {
    await list();
    h.clock.now += 100 * HOUR;
    h.calls.length = 0;
    await list();
    expect(h.calls.map((c) => c.grant ?? "api")).toEqual(["refresh_token", "api"]);
  });

  it("signs in again when the refresh token no longer works", async () => {
    await list();
    await sbx().admin("/_sandbox/reset", {}); // drops every issued token, refresh tokens included
    const pages = await list();
    expect(pages[0]?.reviews).toHaveLength(14);
    expect([tokenCalls("password"), tokenCalls("refresh_token")]).toEqual([2, 1]);
  });

  it("gives up with auth after a second 401", async () => {
    await fault({ status: 401, count: 2 });
    const error = await thrown(list());
    expect(error).toMatchObject({ kind: "auth", status: 401, retryable: false });
    expect(tokenCalls()).toBe(2);
  });

  it("maps a business unit the login may not act for to auth", async () => {
    const c = connector({ credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS, username: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.username, password: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.password } });
    expect(await thrown(list(c))).toMatchObject({ kind: "auth", status: 403 });
  });

  it("maps rejected credentials to auth without leaking them", async () => {
    const password = "super-secret-password-123";
    const badLogin = await thrown(list(connector({ credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS, password } })));
    expect(badLogin).toMatchObject({ kind: "auth", status: 400, message: expect.stringContaining("invalid_grant") });
    expect(badLogin.message).not.toContain(password);
    const apiSecret = "wrong-api-secret-456";
    const badApp = await thrown(connector({ credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS, apiSecret } }).publishReply("abc123", "Hi"));
    expect(badApp).toMatchObject({ kind: "auth", status: 401, message: expect.stringContaining("invalid_client") });
    expect(badApp.message).not.toContain(apiSecret);
    expect(badApp.message).not.toContain(TRUSTPILOT_SANDBOX_CREDENTIALS.username);
  });

  it("maps 429 from the token endpoint to rate_limited", async () => {
    sbx().sandbox.platforms.trustpilot.tokenLimiter.perMinute = 0;
    try {
      expect(await thrown(list())).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: expect.any(Number) });
    } finally {
      sbx().sandbox.platforms.trustpilot.tokenLimiter.perMinute = 60;
    }
  });

  it("rejects a business unit id that is not Trustpilot's", () => {
    expect(() => connector({ businessUnitId: "accounts/1/locations/2" })).toThrow(PlatformError);
    expect(() => connector({ businessUnitId: "" })).toThrow(PlatformError);
    expect(LISBON).toMatch(/^[0-9a-f]{24}$/);
  });
});
