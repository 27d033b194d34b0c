import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { moderationDecision } from "./moderation";
import { LISBON, MUNICH, REVIEWS_QUERY, SET_RESPONSE_MUTATION, startExpediaSandbox, type ReviewsData, type RunningExpedia } from "./testing";
import type { ExpediaReview } from "./types";

interface SetData {
  setReviewResponse: { createdDateTime: string; status: string; body: { locale: string; value: string } } | null;
}

describe("Expedia sandbox: setReviewResponse and moderation", () => {
  let sb: RunningExpedia;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startExpediaSandbox({ now: () => new Date(clock), expediaModerationDelayMs: 0 });
  });
  beforeEach(async () => {
    clock += 10_000; // a fresh second for the per-second response quota
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const reviews = async (property: string = LISBON) =>
    (await sb.gql<ReviewsData>(REVIEWS_QUERY, { id: property, pageSize: 100 })).body.data?.property?.reviews.reviews ?? [];
  const unanswered = async () => (await reviews()).find((r) => !r.response && r.isEligibleForResponse) as ExpediaReview;
  const respond = (reviewId: string, value: string, locale = "en-GB", propertyId = LISBON) =>
    sb.gql<SetData>(SET_RESPONSE_MUTATION, { propertyId, reviewId, value, locale });
  const stored = async (id: string) => (await (await sb.admin(`/_sandbox/expedia/reviews/${id}`)).json()) as ExpediaReview;

  it("stores a response as PENDING, visible on the review, without moving the review's own times", async () => {
    const target = await unanswered();
    const answer = await respond(target.id, "Thank you for staying with us.");
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { setReviewResponse: { createdDateTime: new Date(clock).toISOString(), status: "PENDING", body: { locale: "en-GB", value: "Thank you for staying with us." } } },
    });
    const listed = (await reviews()).find((r) => r.id === target.id);
    expect(listed?.response).toEqual({
      body: { locale: "en-GB", value: "Thank you for staying with us." },
      status: "PENDING",
      createdDateTime: new Date(clock).toISOString(),
      lastUpdatedDateTime: new Date(clock).toISOString(),
    });
    expect(listed?.lastUpdatedDateTime).toBe(target.lastUpdatedDateTime);
  });

  it("stays PENDING until the admin route decides (delay 0), and a decision is final", async () => {
    const target = await unanswered();
    await respond(target.id, "Obrigado!", "pt-PT");
    clock += 5_000;
    expect((await stored(target.id)).response?.status).toBe("PENDING");
    const approved = await sb.admin(`/_sandbox/expedia/reviews/${target.id}/moderate`, { decision: "APPROVED" });
    expect(approved.status).toBe(200);
    const review = (await approved.json()) as ExpediaReview;
    expect(review.response).toMatchObject({ status: "APPROVED", lastUpdatedDateTime: new Date(clock).toISOString() });
    const again = await sb.admin(`/_sandbox/expedia/reviews/${target.id}/moderate`, { decision: "REJECTED" });
    expect(again.status).toBe(409);
    expect((await sb.admin(`/_sandbox/expedia/reviews/${target.id}/moderate`, { decision: "MAYBE" })).status).toBe(400);
    expect((await sb.admin("/_sandbox/expedia/reviews/nope/moderate", { decision: "APPROVED" })).status).toBe(404);
  });

  it("replaces an earlier response with a new pending one", async () => {
    const approved = (await reviews()).find((r) => r.response?.status === "APPROVED") as ExpediaReview;
    const answer = await respond(approved.id, "A second, better answer.", "pt-PT");
    expect(answer.body.data?.setReviewResponse?.status).toBe("PENDING");
    expect((await stored(approved.id)).response).toMatchObject({ status: "PENDING", body: { value: "A second, better answer." } });
  });

  it("refuses empty, over-long, badly localised and ineligible responses, and unknown reviews", async () => {
    await sb.admin("/_sandbox/expedia/config", { responsesPerSecond: 100 }); // many calls within one second here
    const target = await unanswered();
    const errorOf = async (p: ReturnType<typeof respond>) => {
      const answer = await p;
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeNull();
      return answer.body.errors?.[0];
    };
    expect(await errorOf(respond(target.id, "   "))).toMatchObject({ path: ["setReviewResponse"], extensions: { code: "BAD_USER_INPUT" } });
    expect((await errorOf(respond(target.id, "é".repeat(1001))))?.message).toMatch(/1000/);
    expect((await respond(target.id, "é".repeat(1000))).body.data?.setReviewResponse?.status).toBe("PENDING");
    expect(await errorOf(respond(target.id, "Thanks", "not a locale!"))).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const imported = (await reviews()).find((r) => r.source === "IMPORTED") as ExpediaReview;
    expect((await errorOf(respond(imported.id, "Thanks")))?.message).toMatch(/not eligible/);
    expect(await errorOf(respond("0123456789abcdef01234567", "Thanks"))).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    // A review of the other property is not found under this one.
    const munichReview = (await reviews(MUNICH))[0] as ExpediaReview;
    expect(await errorOf(respond(munichReview.id, "Thanks"))).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    const other = await sb.expediaToken("other-partner-key", "other-partner-secret");
    const forbidden = await sb.gql<SetData>(SET_RESPONSE_MUTATION, { propertyId: LISBON, reviewId: target.id, value: "Hi", locale: "en-US" }, other);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("limits responses per client per second with Expedia's documented RATE_LIMIT_EXCEEDED error (HTTP 200)", async () => {
    const target = await unanswered();
    for (let i = 0; i < 5; i++) expect((await respond(target.id, `Answer ${i}`)).body.data?.setReviewResponse?.status).toBe("PENDING");
    const limited = await respond(target.id, "One too many");
    expect(limited.status).toBe(200);
    expect(limited.body).toEqual({
      data: null,
      errors: [
        {
          message: "Too many requests, please try again in 1 seconds.",
          locations: expect.any(Array),
          path: ["setReviewResponse"],
          extensions: { limit: 5, duration: 1, code: "RATE_LIMIT_EXCEEDED" },
        },
      ],
    });
    expect((await stored(target.id)).response?.body.value).toBe("Answer 4");
    clock += 1_000;
    expect((await respond(target.id, "After the window")).body.data?.setReviewResponse?.status).toBe("PENDING");
  });
});

describe("Expedia sandbox: moderation after a delay", () => {
  it("approves clean responses and rejects ones carrying contact details, deciding only the response it was scheduled for", async () => {
    const sb = await startExpediaSandbox({ expediaModerationDelayMs: 40 });
    try {
      const list = (await sb.gql<ReviewsData>(REVIEWS_QUERY, { id: MUNICH, pageSize: 100 })).body.data?.property?.reviews.reviews ?? [];
      const [clean, contact, replaced] = list.filter((r) => !r.response) as [ExpediaReview, ExpediaReview, ExpediaReview];
      const respond = (id: string, value: string) => sb.gql(SET_RESPONSE_MUTATION, { propertyId: MUNICH, reviewId: id, value, locale: "de-DE" });
      await respond(clean.id, "Vielen Dank für Ihren Besuch!");
      await respond(contact.id, "Rufen Sie uns an: +49 89 1234 5678");
      await respond(replaced.id, "Erste Antwort");
      await respond(replaced.id, "Zweite Antwort");
      const state = () => sb.sandbox.state.expedia;
      await vi.waitFor(() => expect(state().findReview(clean.id)?.review.response?.status).toBe("APPROVED"), { timeout: 2000, interval: 10 });
      await vi.waitFor(() => expect(state().findReview(contact.id)?.review.response?.status).toBe("REJECTED"), { timeout: 2000, interval: 10 });
      await vi.waitFor(() => expect(state().findReview(replaced.id)?.review.response).toMatchObject({ status: "APPROVED", body: { value: "Zweite Antwort" } }), {
        timeout: 2000,
        interval: 10,
      });
      expect((await (await sb.admin("/_sandbox/health")).json()) as { expedia: unknown }).toMatchObject({ expedia: { pendingResponses: 1 } }); // the seeded one waits for the admin route
    } finally {
      await sb.sandbox.close();
    }
  });

  it("rejects links, e-mail addresses and phone numbers, and lets ordinary numbers through", () => {
    expect(moderationDecision("See https://example.com")).toBe("REJECTED");
    expect(moderationDecision("Write to frontdesk@hotel.example")).toBe("REJECTED");
    expect(moderationDecision("Call 0049 89 123 456 78")).toBe("REJECTED");
    expect(moderationDecision("Parking costs 28 euro; we renovated 12 rooms in 2024.")).toBe("APPROVED");
  });
});
