import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSandbox } from "../app";
import { TEST_BASE_DATE } from "../testing";
import { BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS } from "./seed";
import { basicAuth, LISBON_ID, MUNICH_ID, startBookingSandbox, walkPages, type ListBody, type RunningBookingSandbox } from "./testing";
import { parseBookingTimestamp } from "./types";

const LIST = `/review-api/properties/${LISBON_ID}/reviews`;
const BOOKING_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const ENVELOPE_ERROR = { errors: [{ code: expect.any(Number), message: expect.any(String) }], warnings: [], meta: { ruid: expect.any(String) } };

describe("Booking sandbox: listing reviews", () => {
  let sb: RunningBookingSandbox;
  beforeAll(async () => {
    sb = await startBookingSandbox();
  });
  beforeEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const list = async (query = "") => {
    const res = await sb.booking(`${LIST}${query}`);
    return { status: res.status, body: (await res.json()) as ListBody };
  };

  it("answers in Booking's envelope, ten reviews by default, oldest change first", async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body.errors).toEqual([]);
    expect(body.warnings).toEqual([]);
    expect(body.meta.ruid.length).toBeGreaterThan(20);
    expect(body.meta.next_page).toMatch(new RegExp(`^${sb.url}/review-api/properties/${LISBON_ID}/reviews\\?cursor=`));
    expect(body.data.reviews).toHaveLength(10);
    for (const r of body.data.reviews) {
      expect(r.review_id).toMatch(/^[A-Za-z0-9_-]{11}$/);
      expect(r.url).toBe(`${sb.url}/review-api/properties/${LISBON_ID}/reviews/${r.review_id}`);
      expect(r.created_timestamp).toMatch(BOOKING_TIME);
      expect(r.last_change_timestamp >= r.created_timestamp).toBe(true);
      expect(r.scoring.review_score).toBeGreaterThanOrEqual(1);
      expect(r.scoring.review_score).toBeLessThanOrEqual(10);
      expect(Object.keys(r.scoring).sort()).toEqual(["clean", "comfort", "facilities", "location", "review_score", "staff", "value"]);
      expect(r.reviewer).toEqual({ name: expect.toBeOneOf([null, expect.any(String)]), country_code: expect.any(String), is_genius: expect.any(Boolean) });
      const age = TEST_BASE_DATE.getTime() - parseBookingTimestamp(r.created_timestamp);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(61 * 86_400_000);
    }
    const changes = body.data.reviews.map((r) => r.last_change_timestamp);
    expect(changes).toEqual([...changes].sort());
  });

  it("seeds both demo properties with varied reviews: about half score-only, every reply status, edits, anonymity", () => {
    for (const id of [LISBON_ID, MUNICH_ID]) {
      const reviews = sb.reviews(id);
      expect(reviews.length).toBeGreaterThanOrEqual(12);
      expect(reviews.length).toBeLessThanOrEqual(20);
      const scoreOnly = reviews.filter((r) => r.content === null);
      expect(scoreOnly.length / reviews.length).toBeGreaterThan(0.35);
      expect(scoreOnly.length / reviews.length).toBeLessThan(0.6);
      expect(new Set(reviews.flatMap((r) => (r.content ? [r.content.language_code] : []))).size).toBeGreaterThanOrEqual(5);
      expect(reviews.some((r) => r.reviewer.name === null)).toBe(true);
      expect(reviews.some((r) => r.last_change_timestamp > r.created_timestamp)).toBe(true);
      expect(reviews.some((r) => r.reply?.status === "published")).toBe(true);
      expect(Math.min(...reviews.map((r) => r.scoring.review_score))).toBeLessThanOrEqual(3);
      expect(Math.max(...reviews.map((r) => r.scoring.review_score))).toBeGreaterThanOrEqual(9);
    }
    const lisbon = sb.reviews(LISBON_ID);
    expect(new Set(lisbon.map((r) => r.reply?.status).filter(Boolean))).toEqual(new Set(["published", "pending", "rejected"]));
    expect(lisbon.some((r) => r.content?.headline && !r.content.positive && !r.content.negative)).toBe(true);
    expect(lisbon.some((r) => !Number.isInteger(r.scoring.review_score))).toBe(true);
  });

  it("is deterministic for a given base date", () => {
    const a = createSandbox({ baseDate: TEST_BASE_DATE });
    const b = createSandbox({ baseDate: TEST_BASE_DATE });
    expect(a.state.booking.feed(LISBON_ID).map((s) => s.review)).toEqual(b.state.booking.feed(LISBON_ID).map((s) => s.review));
    expect(a.state.booking.feed(MUNICH_ID).map((s) => s.review)).toEqual(b.state.booking.feed(MUNICH_ID).map((s) => s.review));
  });

  it("pages through next_page until an empty page, which still offers the same next_page", async () => {
    const total = sb.reviews(LISBON_ID).length;
    const pages = await walkPages(sb, `${LIST}?limit=6`);
    expect(pages.map((p) => p.data.reviews.length)).toEqual([6, 6, 6, total - 18, 0]);
    const ids = pages.flatMap((p) => p.data.reviews.map((r) => r.review_id));
    expect(ids).toEqual(sb.reviews(LISBON_ID).map((r) => r.review_id));
    const last = pages.at(-1);
    const again = (await (await sb.booking(pages.at(-2)?.meta.next_page ?? "")).json()) as ListBody;
    expect(again.data.reviews).toEqual([]);
    expect(again.meta.next_page).toBe(last?.meta.next_page);
  });

  it("shows a review added or changed later to whoever polls with the last next_page", async () => {
    const pages = await walkPages(sb, `${LIST}?limit=100`);
    const cursor = pages.at(-1)?.meta.next_page ?? "";
    const oldest = sb.reviews(LISBON_ID)[0];
    await sb.admin(`/_sandbox/booking/reviews/${oldest?.review_id}/edit`, { score: 3 });
    await sb.admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 9, positive: "Lovely staff." });
    const after = (await (await sb.booking(cursor)).json()) as ListBody;
    expect(after.data.reviews.map((r) => r.scoring.review_score)).toEqual([3, 9]);
    expect(after.data.reviews[0]?.review_id).toBe(oldest?.review_id);
  });

  it("filters by from_date on the day of the last change, and carries it into next_page", async () => {
    const cutoff = "2025-05-20";
    const pages = await walkPages(sb, `${LIST}?from_date=${cutoff}&limit=3`);
    const listed = pages.flatMap((p) => p.data.reviews);
    const expected = sb.reviews(LISBON_ID).filter((r) => r.last_change_timestamp >= `${cutoff} 00:00:00`);
    expect(listed.map((r) => r.review_id)).toEqual(expected.map((r) => r.review_id));
    expect(expected.length).toBeLessThan(sb.reviews(LISBON_ID).length);
    expect(pages[0]?.meta.next_page).toContain(`from_date=${cutoff}`);
  });

  it.each(["limit=0", "limit=101", "limit=ten", "from_date=2025-13-01", "from_date=yesterday", "cursor=garbage"])(
    "answers 400 in Booking's envelope for %s",
    async (query) => {
      const { status, body } = await list(`?${query}`);
      expect(status).toBe(400);
      expect(body).toEqual({ ...ENVELOPE_ERROR, errors: [{ code: 320, message: expect.any(String) }] });
    },
  );

  it("refuses a cursor of another property, or one from before a reset", async () => {
    const { body } = await list("?limit=2");
    const token = new URL(body.meta.next_page ?? "").searchParams.get("cursor") ?? "";
    expect((await sb.booking(`/review-api/properties/${MUNICH_ID}/reviews?cursor=${token}`)).status).toBe(400);
    expect((await sb.booking(`${LIST}?cursor=${token}`)).status).toBe(200);
    await sb.admin("/_sandbox/reset", {});
    const stale = await sb.booking(`${LIST}?cursor=${token}`);
    expect(stale.status).toBe(400);
    expect(await stale.json()).toMatchObject({ errors: [{ code: 320, message: "Invalid or malformed cursor" }] });
  });

  it("returns one review in the envelope's data, and 404 for an unknown one", async () => {
    const first = sb.reviews(LISBON_ID)[4];
    const res = await sb.booking(`${LIST}/${first?.review_id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ errors: [], warnings: [], meta: { ruid: expect.any(String) }, data: first });
    const missing = await sb.booking(`${LIST}/NoSuchReview`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ ...ENVELOPE_ERROR, errors: [{ code: 635, message: expect.any(String) }] });
  });
});

describe("Booking sandbox: machine account auth", () => {
  let sb: RunningBookingSandbox;
  beforeAll(async () => {
    sb = await startBookingSandbox();
  });
  afterAll(() => sb.sandbox.close());

  it.each([
    ["no Authorization header", null],
    ["a wrong password", basicAuth({ username: "lobby-demo-machine", password: "nope" })],
    ["an unknown account", basicAuth({ username: "someone", password: "x" })],
    ["a bearer token", "Bearer abc"],
  ])("answers 401 with a Basic challenge for %s", async (_label, auth) => {
    const res = await sb.booking(LIST, { auth });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect(await res.json()).toEqual({ ...ENVELOPE_ERROR, errors: [{ code: 497, message: expect.stringContaining("Access denied") }] });
  });

  it("answers 403 for a property the account is not connected to, or that does not exist", async () => {
    const limited = basicAuth(BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS);
    expect((await sb.booking(LIST, { auth: limited })).status).toBe(200);
    const munich = await sb.booking(`/review-api/properties/${MUNICH_ID}/reviews`, { auth: limited });
    expect(munich.status).toBe(403);
    expect(await munich.json()).toEqual({ ...ENVELOPE_ERROR, errors: [{ code: 497, message: "This account doesn't have access to this property" }] });
    expect((await sb.booking("/review-api/properties/999/reviews")).status).toBe(403);
  });
});
