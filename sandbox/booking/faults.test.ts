import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS } from "./seed";
import { basicAuth, LISBON_ID, startBookingSandbox, type ListBody, type RunningBookingSandbox, type WireReview } from "./testing";

const LIST = `/review-api/properties/${LISBON_ID}/reviews`;

describe("Booking sandbox: rate limit per machine account", () => {
  let sb: RunningBookingSandbox;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startBookingSandbox({ bookingRatePerMin: 3, now: () => new Date(clock) });
  });
  afterAll(() => sb.sandbox.close());

  it("answers 429 in Booking's envelope with Retry-After over the limit, per account, and recovers", async () => {
    for (let i = 0; i < 3; i++) expect((await sb.booking(LIST)).status).toBe(200);
    clock += 15_000;
    const res = await sb.booking(`${LIST}/whatever`, { method: "POST", body: JSON.stringify({ reply: "x" }) });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("45");
    expect(await res.json()).toEqual({ errors: [{ code: 429, message: expect.stringContaining("Too many requests") }], warnings: [], meta: { ruid: expect.any(String) } });
    // Another partner's machine account has its own quota.
    expect((await sb.booking(LIST, { auth: basicAuth(BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS) })).status).toBe(200);
    clock += 45_001;
    expect((await sb.booking(LIST)).status).toBe(200);
  });
});

describe("Booking sandbox: injected faults", () => {
  let sb: RunningBookingSandbox;
  beforeAll(async () => {
    sb = await startBookingSandbox();
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const faults = (fault: unknown) => sb.admin("/_sandbox/faults", { booking: fault });

  it.each([
    [500, 448],
    [502, 448],
    [503, 448],
    [401, 497],
    [403, 497],
    [404, 635],
    [400, 320],
  ])("answers an injected %i in Booking's envelope (code %i), before auth", async (status, code) => {
    await faults({ status, count: 1 });
    const res = await sb.booking(LIST, { auth: null });
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ errors: [{ code, message: expect.any(String) }], warnings: [], meta: { ruid: expect.any(String) } });
    expect((await sb.booking(LIST)).status).toBe(200);
  });

  it("injects 429 with the given Retry-After on any API call, and leaves other platforms alone", async () => {
    await faults({ status: 429, count: 2, retryAfterSeconds: 9 });
    expect((await sb.google("/v4/accounts/1001/locations/2001/reviews")).status).toBe(200);
    const reviewId = sb.reviews()[0]?.review_id;
    for (const res of [await sb.booking(`${LIST}/${reviewId}`), await sb.booking(LIST)]) {
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("9");
    }
    expect((await sb.booking(LIST)).status).toBe(200);
  });

  it("slows a call down and then answers it", async () => {
    await faults({ kind: "slow", delayMs: 150, count: 1 });
    const started = Date.now();
    expect((await sb.booking(LIST)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("hangs a call until the client gives up", async () => {
    await faults({ kind: "hang", count: 1 });
    await expect(sb.booking(LIST, { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({ name: "TimeoutError" });
    expect((await sb.booking(LIST)).status).toBe(200);
  });

  it("breaks one review of the next list page and keeps the others intact", async () => {
    await faults({ kind: "malformed", count: 1 });
    const body = (await (await sb.booking(`${LIST}?limit=5`)).json()) as { data: { reviews: Record<string, unknown>[] } };
    const [broken, ...rest] = body.data.reviews;
    expect(broken?.created_timestamp).toBeUndefined();
    expect((broken?.scoring as { review_score: unknown }).review_score).toBe("ten");
    expect(rest.map((r) => r.review_id)).toEqual(sb.reviews().slice(1, 5).map((r) => r.review_id));
    const clean = (await (await sb.booking(`${LIST}?limit=5`)).json()) as ListBody;
    expect(clean.data.reviews[0]?.scoring.review_score).toEqual(expect.any(Number));
  });

  it("cuts the next list page off mid-JSON", async () => {
    await faults({ kind: "truncate", count: 1 });
    const res = await sb.booking(LIST);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(() => JSON.parse(text)).toThrow();
    expect(text.startsWith('{"errors":[]')).toBe(true);
  });

  it("repeats the previous page's last review at the top of the next page", async () => {
    const first = (await (await sb.booking(`${LIST}?limit=4`)).json()) as ListBody;
    await faults({ kind: "duplicate", count: 1 });
    const second = (await (await sb.booking(first.meta.next_page ?? "")).json()) as ListBody;
    expect(second.data.reviews).toHaveLength(5);
    expect(second.data.reviews[0]).toEqual(first.data.reviews[3]);
    expect(second.data.reviews.slice(1).map((r) => r.review_id)).toEqual(sb.reviews().slice(4, 8).map((r) => r.review_id));
  });

  it("stores a reply and then drops the connection before answering", async () => {
    const target = sb.reviews().find((r) => !r.reply && r.content?.positive) as WireReview;
    await faults({ kind: "lose-response", count: 1 });
    await expect(sb.booking(`${LIST}/${target.review_id}`, { method: "POST", body: JSON.stringify({ reply: "Thank you!" }) })).rejects.toThrow();
    const stored = (await (await sb.admin(`/_sandbox/booking/reviews/${target.review_id}`)).json()) as WireReview;
    expect(stored.reply).toMatchObject({ text: "Thank you!", status: "pending" });
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
  });
});
