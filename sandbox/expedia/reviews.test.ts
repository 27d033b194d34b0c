import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISBON, MUNICH, REVIEWS_QUERY, startExpediaSandbox, type ReviewsData, type RunningExpedia } from "./testing";
import type { ExpediaReview } from "./types";

describe("Expedia sandbox: Property.reviews", () => {
  let sb: RunningExpedia;
  beforeAll(async () => {
    sb = await startExpediaSandbox();
  });
  afterAll(() => sb.sandbox.close());

  const list = (variables: Record<string, unknown>) => sb.gql<ReviewsData>(REVIEWS_QUERY, { id: LISBON, pageSize: 100, ...variables });
  const reviewsOf = async (variables: Record<string, unknown>) => (await list(variables)).body.data?.property?.reviews.reviews ?? [];

  it("serves the seeded reviews in Expedia's shape, newest first by default", async () => {
    const answer = await list({});
    expect(answer.status).toBe(200);
    const { totalCount, cursor, reviews } = answer.body.data?.property?.reviews ?? { totalCount: 0, cursor: null, reviews: [] };
    expect([totalCount, cursor, reviews.length]).toEqual([15, null, 15]);
    const created = reviews.map((r) => r.createdDateTime);
    expect(created).toEqual([...created].sort().reverse());
    for (const r of reviews) {
      expect(r.id).toMatch(/^[0-9a-f]{24}$/);
      expect(r.status).toBe("APPROVED");
      expect(r.starRatings[0]).toEqual({ category: "overall", value: expect.stringMatching(/^([1-9]|10)$/) });
      expect(Date.parse(r.lastUpdatedDateTime)).toBeGreaterThanOrEqual(Date.parse(r.createdDateTime));
    }
    const locales = new Set(reviews.map((r) => r.body.locale));
    expect(locales.size).toBeGreaterThanOrEqual(8);
    // Edge cases the seed carries on purpose.
    expect(reviews.filter((r) => r.body.value === "")).toHaveLength(1);
    const imported = reviews.find((r) => r.source === "IMPORTED");
    expect(imported).toMatchObject({ isEligibleForResponse: false, reservation: null });
    expect(new Set(reviews.map((r) => r.response?.status ?? "NONE"))).toEqual(new Set(["NONE", "APPROVED", "PENDING", "REJECTED"]));
    expect(reviews.some((r) => r.lastUpdatedDateTime > r.createdDateTime)).toBe(true);
    const tomasz = reviews.find((r) => r.reservation?.primaryGuest?.firstName === "Tomasz");
    expect(tomasz?.reservation).toMatchObject({ reservationIds: [{ id: expect.stringMatching(/^\d{10}$/), idSource: "EXPEDIA" }] });
    expect(tomasz?.reservation?.checkOutDate && tomasz.reservation.checkOutDate < tomasz.createdDateTime).toBe(true);
  });

  it("walks several pages with the cursor until it comes back empty", async () => {
    const seen: ExpediaReview[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    do {
      const page: ReviewsData["property"] = (await list({ pageSize: 4, after, orderBy: { lastUpdatedDateTime: "ASC" } })).body.data?.property ?? null;
      const reviews = page?.reviews.reviews ?? [];
      sizes.push(reviews.length);
      seen.push(...reviews);
      expect(page?.reviews.totalCount).toBe(15);
      after = page?.reviews.cursor ?? null;
    } while (after);
    expect(sizes).toEqual([4, 4, 4, 3]);
    expect(new Set(seen.map((r) => r.id)).size).toBe(15);
    const updated = seen.map((r) => r.lastUpdatedDateTime);
    expect(updated).toEqual([...updated].sort());
  });

  it("keeps a walk steady when a review is edited mid-walk (keyset cursors)", async () => {
    const first = (await list({ pageSize: 5, orderBy: { lastUpdatedDateTime: "ASC" } })).body.data?.property?.reviews;
    const moved = first?.reviews[0] as ExpediaReview;
    await sb.admin(`/_sandbox/expedia/reviews/${moved.id}/edit`, { body: "Edited while you were paging." });
    const rest: ExpediaReview[] = [];
    let after = first?.cursor ?? null;
    while (after) {
      const page: ReviewsData["property"] = (await list({ pageSize: 5, after, orderBy: { lastUpdatedDateTime: "ASC" } })).body.data?.property ?? null;
      rest.push(...(page?.reviews.reviews ?? []));
      after = page?.reviews.cursor ?? null;
    }
    const ids = new Set([...(first?.reviews ?? []), ...rest].map((r) => r.id));
    expect(ids.size).toBe(15);
    expect(rest.at(-1)).toMatchObject({ id: moved.id, body: { value: "Edited while you were paging." } });
    await sb.admin("/_sandbox/reset", {});
  });

  it("filters by review id, update day, response presence and brand", async () => {
    const all = await reviewsOf({});
    const target = all[3] as ExpediaReview;
    expect((await reviewsOf({ filter: { reviewId: target.id } })).map((r) => r.id)).toEqual([target.id]);
    const day = target.lastUpdatedDateTime.slice(0, 10);
    const sameDay = await reviewsOf({ filter: { updatedDate: { from: day, to: day } } });
    expect(sameDay.map((r) => r.id)).toContain(target.id);
    expect(sameDay.every((r) => r.lastUpdatedDateTime.startsWith(day))).toBe(true);
    const answered = await reviewsOf({ filter: { hasOwnerResponse: true } });
    expect(answered.map((r) => r.response?.status).sort()).toEqual(["APPROVED", "APPROVED", "PENDING", "REJECTED"]);
    const hotels = await reviewsOf({ filter: { brandNames: ["HOTELS"] } });
    expect(hotels.map((r) => r.body.locale)).toEqual(["de-DE"]);
    const byReservation = await reviewsOf({ filter: { reservation: { reservationIds: [{ id: target.reservation?.reservationIds[0]?.id, idSource: "EXPEDIA" }] } } });
    expect(byReservation.map((r) => r.id)).toEqual([target.id]);
  });

  it("keeps the two properties apart", async () => {
    const munich = (await sb.gql<ReviewsData>(REVIEWS_QUERY, { id: MUNICH, pageSize: 100 })).body.data?.property?.reviews.reviews ?? [];
    const lisbon = await reviewsOf({});
    expect(munich).toHaveLength(15);
    expect(munich.map((r) => r.reservation?.primaryGuest?.firstName)).toContain("Andreas");
    expect(munich.some((r) => lisbon.some((l) => l.id === r.id))).toBe(false);
  });

  it("answers bad arguments with BAD_USER_INPUT execution errors (HTTP 200)", async () => {
    for (const variables of [{ pageSize: 0 }, { pageSize: 101 }, { after: "garbage" }, { filter: { updatedDate: { from: "2025-13-01", to: "2025-12-31" } } }]) {
      const answer = await list(variables);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ data: { property: null }, errors: [{ path: ["property", "reviews"], extensions: { code: "BAD_USER_INPUT" } }] });
    }
    const cursor = (await list({ pageSize: 2 })).body.data?.property?.reviews.cursor;
    const otherQuery = await list({ pageSize: 2, after: cursor, orderBy: { lastUpdatedDateTime: "ASC" } });
    expect(otherQuery.body.errors?.[0]?.message).toMatch(/cursor/i);
    const twoOrders = await list({ orderBy: { createdDateTime: "ASC", lastUpdatedDateTime: "DESC" } });
    expect(twoOrders.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects malformed requests with HTTP 400 in the GraphQL error envelope", async () => {
    const unknownField = await sb.gql(`{ property(id: "${LISBON}") { reviews(pageSize: 1) { edges { node { id } } } } }`);
    expect(unknownField.status).toBe(400);
    expect(unknownField.body).toMatchObject({ errors: [{ message: expect.stringContaining("edges"), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] });
    const syntax = await sb.gql("{ property(id: ");
    expect(syntax).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: "GRAPHQL_PARSE_FAILED" } }] } });
    const wrongVariable = await sb.gql(REVIEWS_QUERY, { id: LISBON, pageSize: "ten" });
    expect(wrongVariable).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: "BAD_USER_INPUT" } }] } });

    const token = await sb.expediaToken();
    const post = (body: string) =>
      fetch(`${sb.url}/supply/lodging/graphql`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body });
    const notJson = await post("{ nope");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
    expect((await post(JSON.stringify({ variables: {} }))).status).toBe(400);
    const get = await fetch(`${sb.url}/supply/lodging/graphql`, { headers: { authorization: `Bearer ${token}` } });
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ errors: [{ extensions: { code: "METHOD_NOT_ALLOWED" } }] });
  });
});
