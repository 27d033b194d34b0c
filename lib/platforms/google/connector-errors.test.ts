import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GOOGLE_SANDBOX_CLIENT } from "../../../sandbox/google/seed";
import { startSandbox } from "../../../sandbox/testing";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import { collect, googleConnectorHarness, thrown } from "./testing";

describe("Google connector: failures become typed PlatformErrors", () => {
  const h = googleConnectorHarness();
  const { connector, tokenCalls } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  it("turns 429 into rate_limited with retryAfterMs, and 5xx into unavailable", async () => {
    await sbx().admin("/_sandbox/faults", { google: { status: 429, count: 1, retryAfterSeconds: 7 } });
    const limited = await thrown(collect(connector().listReviewsSince(null)));
    expect(limited).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 7000, retryable: true });
    await sbx().admin("/_sandbox/faults", { google: { status: 503, count: 1 } });
    const down = await thrown(connector().publishReply("whatever", "Thanks"));
    expect(down).toMatchObject({ kind: "unavailable", status: 503, retryable: true });
  });

  it("hits the sandbox's real per-client quota as rate_limited", async () => {
    const limited = await startSandbox({ googleRatePerMin: 2 });
    try {
      const c = connector({ apiBase: limited.url, tokenUrl: `${limited.url}/oauth2/token` });
      await collect(c.listReviewsSince(null));
      await collect(c.listReviewsSince(null));
      const error = await thrown(collect(c.listReviewsSince(null)));
      expect(error.kind).toBe("rate_limited");
      expect(error.retryAfterMs).toBeGreaterThan(50_000);
    } finally {
      await limited.sandbox.close();
    }
  });

  it("caches the access token, and refreshes it once on a 401", async () => {
    const c = connector();
    await collect(c.listReviewsSince(null));
    await collect(c.listReviewsSince(null));
    expect(tokenCalls()).toBe(1);
    await sbx().admin("/_sandbox/google/tokens/revoke", {});
    const pages = await collect(c.listReviewsSince(null));
    expect(pages[0]?.reviews).toHaveLength(15);
    expect(tokenCalls()).toBe(2);
  });

  it("gives up with auth after a second 401", async () => {
    await sbx().admin("/_sandbox/faults", { google: { status: 401, count: 2 } });
    const error = await thrown(collect(connector().listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "auth", status: 401, retryable: false });
    expect(tokenCalls()).toBe(2);
  });

  it("maps rejected credentials to auth without leaking them", async () => {
    const secret = "super-secret-value-123";
    const refresh = "refresh-token-value-456";
    const c = connector({ credentials: { clientId: GOOGLE_SANDBOX_CLIENT.clientId, clientSecret: secret, refreshToken: refresh } });
    const error = await thrown(collect(c.listReviewsSince(null)));
    expect(error.kind).toBe("auth");
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain(refresh);
    const badRefresh = await thrown(connector({ credentials: { ...GOOGLE_SANDBOX_CLIENT, refreshToken: refresh } }).publishReply("x", "Hi"));
    expect(badRefresh).toMatchObject({ kind: "auth", status: 400 });
    expect(badRefresh.message).toContain("invalid_grant");
    expect(badRefresh.message).not.toContain(refresh);
  });

  it("maps timeouts and unreachable hosts to unavailable", async () => {
    const hanging: FetchLike = (input, init) =>
      String(input).endsWith("/oauth2/token")
        ? fetch(input, init)
        : new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const slow = await thrown(connector({ fetch: hanging, timeoutMs: 50 }).publishReply("x", "Hi"));
    expect(slow.kind).toBe("unavailable");
    expect(slow.message).toMatch(/did not answer/);
    const closed = await startSandbox();
    const deadUrl = closed.url;
    await closed.sandbox.close();
    const unreachable = await thrown(
      collect(connector({ apiBase: deadUrl, tokenUrl: `${deadUrl}/oauth2/token` }).listReviewsSince(null)),
    );
    expect(unreachable).toMatchObject({ kind: "unavailable", message: expect.stringContaining("Could not reach Google") });
  });

  it("rejects a location name that is not Google's", () => {
    expect(() => connector({ locationName: "2001" })).toThrow(PlatformError);
  });
});
