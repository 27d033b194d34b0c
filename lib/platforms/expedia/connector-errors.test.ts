import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXPEDIA_SANDBOX_CREDENTIALS } from "../../../sandbox/expedia/seed";
import { startExpediaSandbox } from "../../../sandbox/expedia/testing";
import type { ExpediaReview } from "../../../sandbox/expedia/types";
import type { FetchLike } from "../http";
import { collect, expediaConnectorHarness, LISBON, thrown } from "./testing";

describe("Expedia connector: failures become typed PlatformErrors", () => {
  const h = expediaConnectorHarness();
  const { calls, connector, seeded, tokenCalls } = h;
  const sbx = () => h.sb();
  const fault = (body: unknown) => sbx().admin("/_sandbox/faults", { expedia: body });
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  it("turns HTTP 429 into rate_limited with retryAfterMs, 5xx into unavailable, 404 and 400 into not_found and invalid", async () => {
    await fault({ status: 429, count: 1, retryAfterSeconds: 7 });
    expect(await thrown(collect(connector().listReviewsSince(null)))).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 7000, retryable: true });
    await fault({ status: 503, count: 1 });
    const down = await thrown(connector().readReply("abc"));
    expect(down).toMatchObject({ kind: "unavailable", status: 503, retryable: true });
    expect(down.message).toContain("SERVICE_UNAVAILABLE");
    await fault([{ status: 500, count: 1 }, { status: 404, count: 1 }, { status: 400, count: 1 }, { status: 403, count: 1 }]);
    expect(await thrown(connector().readReply("abc"))).toMatchObject({ kind: "unavailable", status: 500 });
    expect(await thrown(connector().readReply("abc"))).toMatchObject({ kind: "not_found", status: 404 });
    expect(await thrown(connector().readReply("abc"))).toMatchObject({ kind: "invalid", status: 400, retryable: false });
    expect(await thrown(connector().readReply("abc"))).toMatchObject({ kind: "auth", status: 403 });
  });

  it("hits the sandbox's real per-client quota as rate_limited", async () => {
    const limited = await startExpediaSandbox({ expediaRatePerMin: 2 });
    try {
      const c = connector({ apiBase: limited.url, tokenUrl: `${limited.url}/identity/oauth2/v3/token` });
      await collect(c.listReviewsSince(null));
      await collect(c.listReviewsSince(null));
      const error = await thrown(collect(c.listReviewsSince(null)));
      expect(error).toMatchObject({ kind: "rate_limited", status: 429 });
      expect(error.retryAfterMs).toBeGreaterThan(50_000);
    } finally {
      await limited.sandbox.close();
    }
  });

  it("reads Expedia's operation limit (HTTP 200, RATE_LIMIT_EXCEEDED) as rate_limited with the wait it names", async () => {
    await sbx().admin("/_sandbox/expedia/config", { responsesPerSecond: 1 });
    const [first, second] = (await seeded()).filter((r) => !r.response && r.isEligibleForResponse) as [ExpediaReview, ExpediaReview];
    await connector().publishReply(first.id, "Thanks!");
    const error = await thrown(connector().publishReply(second.id, "Thanks too!"));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterMs: 1000, retryable: true });
    expect(error.message).toContain("RATE_LIMIT_EXCEEDED");
    expect(h.sb().sandbox.state.expedia.findReview(second.id)?.review.response).toBeNull();
  });

  it("turns a truncated or non-JSON page into unavailable, so the job retries the walk", async () => {
    await fault({ kind: "truncate", count: 1 });
    const cut = await thrown(collect(connector().listReviewsSince(null)));
    expect(cut).toMatchObject({ kind: "unavailable", message: expect.stringMatching(/non-JSON or cut-off/) });
    const html: FetchLike = async (input, init) =>
      String(input).includes("/oauth2/") ? fetch(input, init) : new Response("<html>Bad gateway</html>", { status: 200 });
    expect(await thrown(collect(connector({ fetch: html }).listReviewsSince(null)))).toMatchObject({ kind: "unavailable" });
    const empty: FetchLike = async (input, init) =>
      String(input).includes("/oauth2/") ? fetch(input, init) : new Response(JSON.stringify({ data: { property: { reviews: { reviews: "none" } } } }), { status: 200 });
    expect(await thrown(collect(connector({ fetch: empty }).listReviewsSince(null)))).toMatchObject({ kind: "unavailable" });
  });

  it("maps a hanging call (with a short timeout), a slow one and an unreachable host", async () => {
    await fault({ kind: "hang", count: 1 });
    const hung = await thrown(collect(connector({ timeoutMs: 150 }).listReviewsSince(null)));
    expect(hung).toMatchObject({ kind: "unavailable", message: expect.stringMatching(/did not answer within/) });
    await fault({ kind: "slow", delayMs: 100, count: 1 });
    expect((await collect(connector({ timeoutMs: 5000 }).listReviewsSince(null)))[0]?.reviews).toHaveLength(15);
    const closed = await startExpediaSandbox();
    const deadUrl = closed.url;
    await closed.sandbox.close();
    const unreachable = await thrown(collect(connector({ apiBase: deadUrl, tokenUrl: `${deadUrl}/identity/oauth2/v3/token` }).listReviewsSince(null)));
    expect(unreachable).toMatchObject({ kind: "unavailable", message: expect.stringContaining("Could not reach Expedia") });
  });

  it("loses the answer to a stored response as unavailable; readReply then shows it, so it is never sent twice", async () => {
    const target = (await seeded()).find((r) => !r.response && r.isEligibleForResponse) as ExpediaReview;
    await fault({ kind: "lose-response", count: 1 });
    expect(await thrown(connector().publishReply(target.id, "Thank you!"))).toMatchObject({ kind: "unavailable" });
    expect(await connector().readReply(target.id)).toMatchObject({ text: "Thank you!", status: "PENDING" });
  });

  it("caches the access token, renews it before it expires, and once on a 401", async () => {
    const c = connector();
    await collect(c.listReviewsSince(null));
    await c.readReply("abc").catch(() => undefined);
    expect(tokenCalls()).toBe(1);
    await sbx().admin("/_sandbox/expedia/tokens/revoke", {});
    expect((await collect(c.listReviewsSince(null)))[0]?.reviews).toHaveLength(15);
    expect(tokenCalls()).toBe(2);
    expect(calls.map((x) => x.operation)).toEqual(["token", "LobbyReviews", "LobbyReview", "LobbyReviews", "token", "LobbyReviews"]);

    // Expedia's tokens live 1800 s in the sandbox: renewed a minute before, without a failed call.
    let clock = Date.now();
    calls.length = 0;
    const timed = connector({ now: () => clock });
    await collect(timed.listReviewsSince(null));
    clock += 1_739_000;
    await collect(timed.listReviewsSince(null));
    expect(tokenCalls()).toBe(1);
    clock += 2_000;
    await collect(timed.listReviewsSince(null));
    expect(tokenCalls()).toBe(2);
    expect(calls.filter((x) => x.operation === "LobbyReviews")).toHaveLength(3);
  });

  it("gives up with auth after a second 401", async () => {
    await fault({ status: 401, count: 2 });
    const error = await thrown(collect(connector().listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "auth", status: 401, retryable: false });
    expect(tokenCalls()).toBe(2);
  });

  it("maps rejected credentials to auth without leaking them", async () => {
    const secret = "super-secret-value-123";
    const error = await thrown(collect(connector({ credentials: { clientId: EXPEDIA_SANDBOX_CREDENTIALS.clientId, clientSecret: secret } }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "auth", status: 401, message: expect.stringContaining("invalid_client") });
    expect(error.message).not.toContain(secret);
    expect(JSON.stringify(error)).not.toContain(secret);
    const leaky: FetchLike = async (input, init) => {
      if (String(input).includes("/oauth2/")) return fetch(input, init);
      const token = new Headers(init?.headers).get("authorization")?.slice(7) ?? "";
      return new Response(JSON.stringify({ errors: [{ message: `token ${token} is not allowed`, extensions: { code: "FORBIDDEN" } }] }), { status: 200 });
    };
    const forbidden = await thrown(collect(connector({ fetch: leaky }).listReviewsSince(null)));
    expect(forbidden).toMatchObject({ kind: "auth", message: expect.stringContaining("[redacted]") });
    expect(forbidden.message).not.toMatch(/eg\.sandbox\./);
  });

  it("maps another partner's property to auth and an unknown property to not_found", async () => {
    const other = connector({ credentials: { clientId: "other-partner-key", clientSecret: "other-partner-secret" } });
    expect(await thrown(collect(other.listReviewsSince(null)))).toMatchObject({ kind: "auth", message: expect.stringContaining("FORBIDDEN") });
    expect(await thrown(collect(connector({ propertyId: "999" }).listReviewsSince(null)))).toMatchObject({ kind: "not_found" });
    expect(await thrown(connector({ propertyId: "999" }).publishReply("abc", "Hi"))).toMatchObject({ kind: "not_found" });
    expect(() => connector({ propertyId: " " })).toThrow(/Not an Expedia property id/);
    expect(() => connector({ propertyId: `${LISBON} OR 1=1` })).toThrow(/Not an Expedia property id/);
  });
});
