import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRIPADVISOR_SANDBOX_API_KEY } from "../../../sandbox/tripadvisor/seed";
import { startTripadvisorSandbox } from "../../../sandbox/tripadvisor/testing";
import type { FetchLike } from "../http";
import { collect, LISBON_ID, MUNICH_ID, thrown, tripadvisorConnectorHarness } from "./testing";

describe("Tripadvisor connector: odd pages and failures", () => {
  const h = tripadvisorConnectorHarness();
  const { connector } = h;
  const fault = (body: unknown) => h.sb().admin("/_sandbox/faults", { tripadvisor: body });
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  it("reports a malformed item with its reason and keeps the rest of the page", async () => {
    await fault({ kind: "malformed", count: 1 });
    const [page] = await collect(connector({ languages: ["en"] }).listReviewsSince(null));
    expect(page?.reviews).toHaveLength(4);
    expect(page?.malformed).toHaveLength(1);
    expect(page?.malformed[0]?.reason).toContain("rating");
    expect(page?.malformed[0]?.raw).toMatchObject({ rating: "★★★★", user: null });
    expect(page?.cursor).not.toBeNull();
  });

  it("does not report a malformed item again once the cursor is past it", async () => {
    const cursor = (await collect(connector({ languages: ["en"] }).listReviewsSince(null))).at(-1)?.cursor ?? null;
    await fault({ kind: "malformed", count: 1 });
    const [page] = await collect(connector({ languages: ["en"] }).listReviewsSince(cursor));
    expect(page).toEqual({ reviews: [], malformed: [], cursor });
  });

  it("sorts out items of another location, without dates, or not objects at all", async () => {
    const corrupting: FetchLike = async (input, init) => {
      const body = (await (await fetch(input, init)).json()) as { data: Record<string, unknown>[] };
      body.data[0] = { ...body.data[0], location_id: 42 };
      const { published_date: _dropped, ...undated } = body.data[1] ?? {};
      body.data[1] = undated;
      body.data[2] = "not a review" as unknown as Record<string, unknown>;
      body.data[3] = { ...body.data[3], owner_response: { text: 17 } }; // an odd response never costs the review
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    };
    const [page] = await collect(connector({ languages: ["en"], fetch: corrupting }).listReviewsSince(null));
    expect(page?.malformed.map((m) => m.reason)).toEqual([
      "location_id: 42 is not this connection's location",
      expect.stringContaining("published_date"),
      expect.stringContaining("expected object"),
    ]);
    expect(page?.reviews).toHaveLength(2);
    expect(page?.reviews[0]?.existingReply).toBeNull();
  });

  it("yields a review repeated from the previous page only once", async () => {
    await collect(connector({ locationId: MUNICH_ID, languages: ["en"] }).listReviewsSince(null)); // the previous page
    await fault({ kind: "duplicate", count: 1 });
    const pages = await collect(connector({ locationId: MUNICH_ID, languages: ["en", "de"] }).listReviewsSince(null));
    const ids = pages.flatMap((p) => p.reviews.map((r) => r.externalId));
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(pages[1]?.reviews.every((r) => r.language === "de")).toBe(true);
  });

  it("turns a page cut off mid-JSON into unavailable, without moving the cursor", async () => {
    await fault({ kind: "truncate", count: 1 });
    const pages: unknown[] = [];
    const error = await thrown((async () => {
      for await (const page of connector({ languages: ["en", "pt"] }).listReviewsSince(null)) pages.push(page);
    })());
    expect(error).toMatchObject({ kind: "unavailable", status: 200, message: "Tripadvisor sent a broken answer while listing en reviews" });
    expect(pages).toEqual([]);
  });

  it("turns a hanging answer into unavailable after the timeout", async () => {
    await fault({ kind: "hang", count: 1 });
    const started = Date.now();
    const error = await thrown(collect(connector({ timeoutMs: 150 }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "unavailable", message: expect.stringContaining("did not answer within") });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("waits out a slow answer within the timeout", async () => {
    await fault({ kind: "slow", delayMs: 100, count: 1 });
    const pages = await collect(connector({ languages: ["en"], timeoutMs: 2000 }).listReviewsSince(null));
    expect(pages[0]?.reviews).toHaveLength(5);
  });

  it.each([
    [429, "rate_limited", { retryAfterMs: 7000, retryable: true }],
    [503, "unavailable", { retryable: true }],
    [500, "unavailable", { retryable: true }],
    [401, "auth", { retryable: false }],
    [400, "invalid", { retryable: false }],
  ] as const)("maps an injected %i to %s", async (status, kind, extra) => {
    await fault({ status, count: 1, retryAfterSeconds: 7 });
    const error = await thrown(collect(connector().listReviewsSince(null)));
    expect(error).toMatchObject({ kind, status, platform: "TRIPADVISOR", ...extra });
    expect(error.message).toContain(`[HTTP ${status}]`);
  });

  it("maps an unknown key to auth and an unknown location to not_found, never showing the key", async () => {
    const key = "SECRET+KEY/with=odd&chars";
    const refused = await thrown(collect(connector({ apiKey: key }).listReviewsSince(null)));
    expect(refused).toMatchObject({ kind: "auth", status: 403, message: expect.stringContaining("AccessDeniedException") });
    const missing = await thrown(connector({ locationId: "12345" }).readReply("1"));
    expect(missing).toMatchObject({ kind: "not_found", status: 404, message: expect.stringContaining("Location 12345 was not found") });
    for (const error of [refused, missing]) {
      expect(error.message).not.toContain(TRIPADVISOR_SANDBOX_API_KEY);
      expect(error.message).not.toContain("SECRET");
    }
  });

  it("redacts the key even when the platform echoes the request back", async () => {
    const key = "ECHO+KEY/1234=";
    const echoing: FetchLike = async (input) =>
      new Response(JSON.stringify({ error: { type: "InvalidParameterException", message: `bad request ${String(input)} key ${key}` } }), { status: 400 });
    const error = await thrown(collect(connector({ apiKey: key, fetch: echoing }).listReviewsSince(null)));
    expect(error.kind).toBe("invalid");
    expect(error.message).toContain("[redacted]");
    for (const form of [key, encodeURIComponent(key), new URLSearchParams({ k: key }).toString().slice(2)]) expect(error.message).not.toContain(form);
  });

  it("reads the API gateway's bare { message } envelope too", async () => {
    const gateway: FetchLike = async () => new Response(JSON.stringify({ message: "Forbidden" }), { status: 403 });
    const error = await thrown(collect(connector({ fetch: gateway }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "auth", message: expect.stringContaining(": Forbidden") });
  });

  it("hits the sandbox's real per-second and daily limits as rate_limited", async () => {
    const perSecond = await startTripadvisorSandbox({ tripadvisorPerSecond: 2 });
    const daily = await startTripadvisorSandbox({ tripadvisorDailyBudget: 1 });
    try {
      const fast = await thrown(collect(connector({ apiBase: perSecond.url, languages: ["en", "pt", "de"] }).listReviewsSince(null)));
      expect(fast).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 1000 });
      const c = connector({ apiBase: daily.url, languages: ["en"] });
      await collect(c.listReviewsSince(null));
      const spent = await thrown(collect(c.listReviewsSince(null)));
      expect(spent.kind).toBe("rate_limited");
      expect(spent.retryAfterMs).toBeGreaterThan(0);
      expect(spent.retryAfterMs).toBeLessThanOrEqual(86_400_000);
      expect(spent.message).toContain("Daily call limit");
    } finally {
      await perSecond.sandbox.close();
      await daily.sandbox.close();
    }
  });

  it("maps an unreachable host to unavailable, and refuses a location id that is not Tripadvisor's", async () => {
    const closed = await startTripadvisorSandbox();
    await closed.sandbox.close();
    const error = await thrown(collect(connector({ apiBase: closed.url }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "unavailable", message: expect.stringContaining("Could not reach Tripadvisor") });
    expect(() => connector({ locationId: "Casa Azulejo" })).toThrow("Not a Tripadvisor location id");
    expect(LISBON_ID).toMatch(/^\d+$/);
  });
});
