import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../app";
import { startSandbox, TEST_BASE_DATE, type RunningSandbox } from "../testing";
import { TRUSTPILOT_SANDBOX_API_KEY } from "./seed";
import { LISBON_UNIT, MUNICH_UNIT, listPath, trustpilotClient, type ListBody } from "./testing";
import type { TrustpilotReview } from "./types";

const HEX24 = /^[0-9a-f]{24}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe("Trustpilot sandbox: the private review list", () => {
  let sb: RunningSandbox;
  let tp: ReturnType<typeof trustpilotClient>;
  beforeAll(async () => {
    sb = await startSandbox();
    tp = trustpilotClient(sb);
  });
  afterAll(() => sb.sandbox.close());

  /** Follows the next-page links from the first page. */
  async function walk(unitId: string, query: string): Promise<{ pages: ListBody[]; reviews: TrustpilotReview[] }> {
    const pages: ListBody[] = [];
    let path: string | undefined = listPath(unitId, `?${query}`);
    while (path) {
      const res = await tp.api(path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as ListBody;
      pages.push(body);
      const next = body.links.find((l) => l.rel === "next-page");
      path = next ? new URL(next.href).pathname + new URL(next.href).search : undefined;
    }
    return { pages, reviews: pages.flatMap((p) => p.reviews) };
  }

  it("lists a business unit's reviews newest first (20 by default) in Trustpilot's shape", async () => {
    const { status, body } = await tp.list(LISBON_UNIT);
    expect(status).toBe(200);
    expect(body.reviews).toHaveLength(14);
    expect(body.links).toEqual([]);
    for (const r of body.reviews) {
      expect(r.id).toMatch(HEX24);
      expect(r.consumer).toMatchObject({ id: expect.stringMatching(HEX24), displayName: expect.any(String) });
      expect(r.businessUnit).toMatchObject({ id: LISBON_UNIT, displayName: "Casa Azulejo Lisboa" });
      expect([1, 2, 3, 4, 5]).toContain(r.stars);
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.language).toMatch(/^[a-z]{2}$/);
      expect(r.createdAt).toMatch(TIME);
      if (r.updatedAt !== null) expect(r.updatedAt > r.createdAt).toBe(true);
      const age = TEST_BASE_DATE.getTime() - Date.parse(r.createdAt);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(61 * 86_400_000);
    }
    const created = body.reviews.map((r) => r.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("seeds varied reviews: every rating, several languages, replies (one replaced), edits, private fields", async () => {
    for (const unit of [LISBON_UNIT, MUNICH_UNIT]) {
      const { reviews } = (await tp.list(unit, "?perPage=100")).body;
      expect(reviews.length).toBeGreaterThanOrEqual(12);
      expect(new Set(reviews.map((r) => r.stars))).toEqual(new Set([1, 2, 3, 4, 5]));
      expect(new Set(reviews.map((r) => r.language)).size).toBeGreaterThanOrEqual(6);
      expect(reviews.filter((r) => r.companyReply).length).toBeGreaterThanOrEqual(2);
      expect(reviews.some((r) => r.companyReply === null)).toBe(true);
      expect(reviews.some((r) => r.updatedAt !== null)).toBe(true);
      expect(reviews.some((r) => r.referenceId && r.referralEmail)).toBe(true);
    }
    const lisbon = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews;
    expect(lisbon.some((r) => r.companyReply?.updatedAt)).toBe(true);
    expect(lisbon.some((r) => r.text.includes("\n"))).toBe(true);
  });

  it("is deterministic for a given base date", () => {
    const a = createSandbox({ baseDate: TEST_BASE_DATE });
    const b = createSandbox({ baseDate: TEST_BASE_DATE });
    expect(a.state.trustpilot.businessUnits.get(LISBON_UNIT)).toEqual(b.state.trustpilot.businessUnits.get(LISBON_UNIT));
    expect(a.state.trustpilot.businessUnits.get(MUNICH_UNIT)).toEqual(b.state.trustpilot.businessUnits.get(MUNICH_UNIT));
  });

  it("paginates with page/perPage and next-page/prev-page links", async () => {
    const full = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews;
    const { pages, reviews } = await walk(LISBON_UNIT, "perPage=4&orderBy=createdat.desc");
    expect(pages.map((p) => p.reviews.length)).toEqual([4, 4, 4, 2]);
    expect(reviews.map((r) => r.id)).toEqual(full.map((r) => r.id));
    expect(pages[0]?.links.map((l) => l.rel)).toEqual(["next-page"]);
    expect(pages[1]?.links.map((l) => [l.rel, l.method])).toEqual([["prev-page", "GET"], ["next-page", "GET"]]);
    expect(pages[1]?.links[1]?.href).toMatch(/\/v1\/private\/business-units\/[0-9a-f]{24}\/reviews\?perPage=4&orderBy=createdat.desc&page=3$/);
    expect(pages[3]?.links.map((l) => l.rel)).toEqual(["prev-page"]);
  });

  it("answers an empty array past the last page", async () => {
    const { status, body } = await tp.list(LISBON_UNIT, "?perPage=10&page=9");
    expect(status).toBe(200);
    expect(body.reviews).toEqual([]);
    expect(body.links.map((l) => l.rel)).toEqual(["prev-page"]);
  });

  it.each([
    ["createdat.asc", (r: TrustpilotReview[]) => r.map((x) => x.createdAt), 1],
    ["stars.asc", (r: TrustpilotReview[]) => r.map((x) => x.stars), 1],
    ["stars.desc", (r: TrustpilotReview[]) => r.map((x) => x.stars), -1],
  ] as const)("orders by %s across pages", async (orderBy, key, direction) => {
    const { reviews } = await walk(MUNICH_UNIT, `perPage=5&orderBy=${orderBy}`);
    expect(new Set(reviews.map((r) => r.id)).size).toBe(13);
    const values = key(reviews) as (string | number)[];
    expect(values).toEqual([...values].sort((a, b) => (a < b ? -direction : a > b ? direction : 0)));
  });

  it("filters by stars, language, startDateTime/endDateTime and responded", async () => {
    const all = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews;
    const fives = (await tp.list(LISBON_UNIT, "?perPage=100&stars=5")).body.reviews;
    expect(fives.map((r) => r.id)).toEqual(all.filter((r) => r.stars === 5).map((r) => r.id));
    const lowOrPt = (await tp.list(LISBON_UNIT, "?perPage=100&stars=1,2&stars=3")).body.reviews;
    expect(lowOrPt.every((r) => r.stars <= 3)).toBe(true);
    const pt = (await tp.list(LISBON_UNIT, "?language=pt")).body.reviews;
    expect(pt.length).toBeGreaterThan(0);
    expect(pt.every((r) => r.language === "pt")).toBe(true);
    const pivot = all[5]?.createdAt ?? "";
    const since = (await tp.list(LISBON_UNIT, `?perPage=100&startDateTime=${pivot.slice(0, 19)}`)).body.reviews;
    expect(since.map((r) => r.id)).toEqual(all.slice(0, 6).map((r) => r.id));
    const until = (await tp.list(LISBON_UNIT, `?perPage=100&endDateTime=${pivot}`)).body.reviews;
    expect(until.map((r) => r.id)).toEqual(all.slice(5).map((r) => r.id));
    const answered = (await tp.list(LISBON_UNIT, "?perPage=100&responded=true")).body.reviews;
    expect(answered.map((r) => r.id)).toEqual(all.filter((r) => r.companyReply).map((r) => r.id));
  });

  it.each(["perPage=0", "perPage=101", "page=0", "page=abc", "orderBy=updatedat.desc", "stars=6", "startDateTime=yesterday", "responded=maybe"])(
    "answers 400 in Trustpilot's envelope for %s",
    async (query) => {
      const { status, body } = await tp.list(LISBON_UNIT, `?${query}`);
      expect(status).toBe(400);
      expect(body).toEqual({ message: expect.any(String), errorCode: 1001, details: "", correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    },
  );

  it("returns one review privately (bearer) and publicly (apikey, without private fields)", async () => {
    const first = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews.find((r) => r.companyReply && r.referenceId);
    const id = first?.id ?? "";
    const own = await tp.api(`/v1/private/reviews/${id}`);
    expect(await own.json()).toEqual(first);
    const pub = await fetch(`${sb.url}/v1/reviews/${id}`, { headers: { apikey: TRUSTPILOT_SANDBOX_API_KEY } });
    expect(pub.status).toBe(200);
    const body = (await pub.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty("referralEmail");
    expect(body).not.toHaveProperty("referenceId");
    expect(body.companyReply).toEqual({ text: first?.companyReply?.text, createdAt: first?.companyReply?.createdAt, updatedAt: null });
    const noKey = await fetch(`${sb.url}/v1/reviews/${id}`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({ fault: { faultstring: "Invalid ApiKey", detail: { errorcode: "oauth.v2.InvalidApiKey" } } });
    expect((await fetch(`${sb.url}/v1/reviews/${"0".repeat(24)}`, { headers: { apikey: TRUSTPILOT_SANDBOX_API_KEY } })).status).toBe(404);
    expect((await tp.api(`/v1/private/reviews/${"0".repeat(24)}`)).status).toBe(404);
  });
});

describe("Trustpilot sandbox: rate limit per API key", () => {
  let sb: RunningSandbox;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startSandbox({ now: () => new Date(clock) });
    sb.sandbox.platforms.trustpilot.limiter.perMinute = 3;
  });
  afterAll(() => sb.sandbox.close());

  it("answers 429 in the gateway's fault shape with Retry-After over the quota, and recovers after the window", async () => {
    const tp = trustpilotClient(sb);
    const { access_token } = await tp.login(); // the token endpoint has its own, separate limit
    for (let i = 0; i < 2; i++) expect((await tp.api(listPath(LISBON_UNIT), { auth: access_token })).status).toBe(200);
    // Public calls with the same API key count too.
    expect((await fetch(`${sb.url}/v1/reviews/${"0".repeat(24)}`, { headers: { apikey: TRUSTPILOT_SANDBOX_API_KEY } })).status).toBe(404);
    clock += 15_000;
    const res = await tp.api(listPath(LISBON_UNIT), { auth: access_token });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("45");
    expect(await res.json()).toEqual({ fault: { faultstring: expect.any(String), detail: { errorcode: "policies.ratelimit.QuotaViolation" } } });
    clock += 45_001;
    expect((await tp.api(listPath(LISBON_UNIT), { auth: access_token })).status).toBe(200);
  });
});
