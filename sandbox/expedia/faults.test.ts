import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LISBON, REVIEWS_QUERY, SET_RESPONSE_MUTATION, startExpediaSandbox, type ReviewsData, type RunningExpedia } from "./testing";
import type { ExpediaReview } from "./types";

const PAGE = { id: LISBON, pageSize: 5, orderBy: { lastUpdatedDateTime: "ASC" } };

describe("Expedia sandbox: injected faults", () => {
  let sb: RunningExpedia;
  beforeAll(async () => {
    sb = await startExpediaSandbox({ expediaModerationDelayMs: 0 });
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const fault = (body: unknown) => sb.admin("/_sandbox/faults", { expedia: body });
  const page = (after: string | null = null) => sb.gql<ReviewsData>(REVIEWS_QUERY, { ...PAGE, after });
  const rawPage = async (token: string) =>
    fetch(`${sb.url}/supply/lodging/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ query: REVIEWS_QUERY, variables: PAGE }),
    });

  it("answers the next N calls with the injected status in Expedia's envelope, then recovers", async () => {
    const set = await fault({ status: 503, count: 2 });
    expect(await set.json()).toEqual({ expedia: [{ kind: "status", status: 503, count: 2 }] });
    for (let i = 0; i < 2; i++) {
      expect(await page()).toMatchObject({ status: 503, body: { errors: [{ message: expect.any(String), extensions: { code: "SERVICE_UNAVAILABLE" } }] } });
    }
    expect((await page()).status).toBe(200);
    await fault([{ status: 500, count: 1 }, { status: 403, count: 1 }, { status: 404, count: 1 }]);
    expect((await page()).body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect((await page()).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await page()).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("injects 429 with Retry-After, before auth like a gateway (even a call without a token gets it)", async () => {
    await fault({ status: 429, count: 1, retryAfterSeconds: 9 });
    const limited = await sb.gql(REVIEWS_QUERY, PAGE, null);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("9");
    expect(limited.body).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMIT_EXCEEDED" } }] });
  });

  it("answers slowly, or not at all", async () => {
    await fault({ kind: "slow", delayMs: 150, count: 1 });
    const started = Date.now();
    expect((await page()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await fault({ kind: "hang", count: 1 });
    const token = await sb.expediaToken();
    const hung = fetch(`${sb.url}/supply/lodging/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ query: REVIEWS_QUERY, variables: PAGE }),
      signal: AbortSignal.timeout(100),
    });
    await expect(hung).rejects.toMatchObject({ name: "TimeoutError" });
    expect((await page()).status).toBe(200);
  });

  it("breaks the first review of the next list page (malformed), leaving the others intact", async () => {
    const clean = (await page()).body.data?.property?.reviews.reviews ?? [];
    await fault({ kind: "malformed", count: 1 });
    const broken = (await page()).body.data?.property?.reviews.reviews ?? [];
    expect(broken).toHaveLength(5);
    expect(broken[0]).toMatchObject({ id: clean[0]?.id, createdDateTime: "not-a-date", body: null });
    expect(broken.slice(1)).toEqual(clean.slice(1));
    expect((await page()).body.data?.property?.reviews.reviews).toEqual(clean);
  });

  it("cuts the next list page off mid-JSON (truncate)", async () => {
    await fault({ kind: "truncate", count: 1 });
    const res = await rawPage(await sb.expediaToken());
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(10);
    expect(() => JSON.parse(text)).toThrow();
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
  });

  it("repeats the last review of the previous page at the top of the next one (duplicate)", async () => {
    const first = (await page()).body.data?.property?.reviews;
    await fault({ kind: "duplicate", count: 1 });
    const second = (await page(first?.cursor ?? null)).body.data?.property?.reviews.reviews ?? [];
    expect(second).toHaveLength(6);
    expect(second[0]).toEqual(first?.reviews.at(-1));
    // On a first page there is no previous one: its own first review is repeated.
    await fault({ kind: "duplicate", count: 1 });
    const top = (await page()).body.data?.property?.reviews.reviews ?? [];
    expect(top[0]?.id).toBe(top[1]?.id);
  });

  it("applies a response, then drops the connection before answering (lose-response)", async () => {
    const target = ((await sb.gql<ReviewsData>(REVIEWS_QUERY, { id: LISBON, pageSize: 100 })).body.data?.property?.reviews.reviews ?? []).find(
      (r) => !r.response && r.isEligibleForResponse,
    ) as ExpediaReview;
    await fault({ kind: "lose-response", count: 1 });
    // Reads are not writes: the fault waits for the next response.
    expect((await page()).status).toBe(200);
    await expect(sb.gql(SET_RESPONSE_MUTATION, { propertyId: LISBON, reviewId: target.id, value: "Lost in transit", locale: "en-GB" })).rejects.toThrow();
    expect(sb.sandbox.state.expedia.findReview(target.id)?.review.response).toMatchObject({ status: "PENDING", body: { value: "Lost in transit" } });
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
  });
});

describe("Expedia sandbox: gateway quota per client", () => {
  it("answers HTTP 429 RATE_LIMIT_EXCEEDED with Retry-After over the per-minute quota, and recovers after the window", async () => {
    let clock = Date.parse("2025-06-01T10:00:00Z");
    const sb = await startExpediaSandbox({ now: () => new Date(clock), expediaRatePerMin: 3 });
    try {
      const token = await sb.expediaToken();
      await sb.expediaToken(); // the token endpoint is not metered
      for (let i = 0; i < 3; i++) expect((await sb.gql(REVIEWS_QUERY, PAGE, token)).status).toBe(200);
      clock += 20_000;
      const limited = await sb.gql(REVIEWS_QUERY, PAGE, token);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("40");
      expect(limited.body).toEqual({ errors: [{ message: "Too many requests, please try again in 40 seconds.", extensions: { code: "RATE_LIMIT_EXCEEDED" } }] });
      // Another partner has its own quota.
      expect((await sb.gql(REVIEWS_QUERY, PAGE, await sb.expediaToken("other-partner-key", "other-partner-secret"))).status).toBe(200);
      clock += 40_001;
      expect((await sb.gql(REVIEWS_QUERY, PAGE, token)).status).toBe(200);
    } finally {
      await sb.sandbox.close();
    }
  });
});
