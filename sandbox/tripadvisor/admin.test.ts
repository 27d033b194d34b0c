import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningSandbox } from "../testing";
import { LISBON_REVIEWS } from "./seed-lisbon";
import { MUNICH_REVIEWS } from "./seed-munich";
import { LISBON_ID, MUNICH_ID, startTripadvisorSandbox, tripadvisorClient } from "./testing";
import type { TripadvisorReview } from "./types";

const TA_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe("Tripadvisor sandbox: admin API", () => {
  let sb: RunningSandbox;
  let ta: ReturnType<typeof tripadvisorClient>;
  beforeAll(async () => {
    sb = await startTripadvisorSandbox();
    ta = tripadvisorClient(sb);
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const add = (body: Record<string, unknown>) => sb.admin("/_sandbox/tripadvisor/reviews", body);
  const adminReview = (id: number) => sb.admin(`/_sandbox/tripadvisor/reviews/${id}`);

  it("lists every review of every location, or of one", async () => {
    const all = (await (await sb.admin("/_sandbox/tripadvisor/reviews")).json()) as { locations: { location_id: number; name: string; reviews: unknown[] }[] };
    expect(all.locations.map((l) => [l.location_id, l.name])).toEqual([
      [Number(LISBON_ID), "Casa Azulejo Lisboa"],
      [Number(MUNICH_ID), "Hotel Isarblick München"],
    ]);
    expect(all.locations.every((l) => l.reviews.length >= 12)).toBe(true);
    expect((await ta.all(MUNICH_ID)).every((r) => r.location_id === Number(MUNICH_ID))).toBe(true);
    expect((await sb.admin("/_sandbox/tripadvisor/reviews?location=1")).status).toBe(404);
  });

  it("adds a review that the API then shows first in its language", async () => {
    const res = await add({ location: LISBON_ID, username: "Test_Guest", userLocation: "Oslo, Norway", lang: "en", rating: 2, title: "Kettle broken", text: "The kettle in our room did not work and nobody replaced it." });
    expect(res.status).toBe(201);
    const added = (await res.json()) as TripadvisorReview;
    expect(added).toMatchObject({ location_id: Number(LISBON_ID), lang: "en", rating: 2, title: "Kettle broken", trip_type: "Couples", helpful_votes: 0 });
    expect(added.user).toEqual({ username: "Test_Guest", user_location: { id: expect.any(String), name: "Oslo, Norway" } });
    expect(added.published_date).toMatch(TA_DATE);
    expect(added.url).toContain(`-d${LISBON_ID}-r${added.id}-`);
    expect((await ta.list(LISBON_ID))[0]).toEqual(added);
    expect(await (await adminReview(added.id)).json()).toEqual(added);
  });

  it("adds a review at a given time, and validates input", async () => {
    const res = await add({ location: Number(MUNICH_ID), lang: "de", rating: 5, title: "Super", text: "Alles bestens.", publishedDate: "2025-05-20T08:00:00+02:00" });
    const added = (await res.json()) as TripadvisorReview;
    expect(added.published_date).toBe("2025-05-20T06:00:00Z");
    expect(added.user.username).toMatch(/^Traveler\d{6}$/);
    expect((await add({ location: LISBON_ID, rating: 6, title: "x", text: "y" })).status).toBe(400);
    expect((await add({ location: LISBON_ID, rating: 3, title: "", text: "y" })).status).toBe(400);
    expect((await add({ location: "99", rating: 3, title: "x", text: "y" })).status).toBe(404);
    const badJson = await fetch(`${sb.url}/_sandbox/tripadvisor/reviews`, { method: "POST", body: "{oops" });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: { type: "InvalidParameterException", code: 400 } });
  });

  it("edits a review: new text and rating, published again now, so it comes first", async () => {
    const oldest = (await ta.list(LISBON_ID)).at(-1) as TripadvisorReview;
    const res = await sb.admin(`/_sandbox/tripadvisor/reviews/${oldest.id}/edit`, { rating: 1, text: "Changed my mind about this place." });
    expect(res.status).toBe(200);
    const edited = (await res.json()) as TripadvisorReview;
    expect(edited).toMatchObject({ id: oldest.id, rating: 1, text: "Changed my mind about this place.", title: oldest.title });
    expect(edited.rating_image_url).toContain("s1.0");
    expect(edited.published_date > oldest.published_date).toBe(true);
    expect((await ta.list(LISBON_ID))[0]?.id).toBe(oldest.id);
    expect((await sb.admin("/_sandbox/tripadvisor/reviews/123/edit", { text: "x" })).status).toBe(404);
    expect((await sb.admin(`/_sandbox/tripadvisor/reviews/${oldest.id}/edit`, { rating: 0 })).status).toBe(400);
  });

  it("deletes a review: gone from the API and the admin API", async () => {
    const newest = (await ta.list(MUNICH_ID, "de"))[0] as TripadvisorReview;
    const res = await sb.admin(`/_sandbox/tripadvisor/reviews/${newest.id}`, undefined, "DELETE");
    expect(await res.json()).toEqual({ deleted: newest.id });
    expect((await ta.list(MUNICH_ID, "de")).map((r) => r.id)).not.toContain(newest.id);
    expect((await adminReview(newest.id)).status).toBe(404);
    expect((await sb.admin(`/_sandbox/tripadvisor/reviews/${newest.id}`, undefined, "DELETE")).status).toBe(404);
  });

  it("records a management response posted by hand: once, up to 5000 characters, visible through the API", async () => {
    const target = (await ta.list(LISBON_ID)).find((r) => !r.owner_response) as TripadvisorReview;
    const path = `/_sandbox/tripadvisor/reviews/${target.id}/owner-response`;
    expect((await sb.admin(path, { text: "x".repeat(5001) })).status).toBe(400);
    expect((await sb.admin(path, { text: "   " })).status).toBe(400);
    const res = await sb.admin(path, { text: "Obrigado!".padEnd(5000, "!"), author: "Marta L, Guest Relations" });
    expect(res.status).toBe(201);
    const answered = (await res.json()) as TripadvisorReview;
    expect(answered.owner_response).toMatchObject({ lang: target.lang, author: "Marta L, Guest Relations", published_date: expect.stringMatching(TA_DATE) });
    expect([...(answered.owner_response?.text ?? "")]).toHaveLength(5000);
    expect(answered.published_date).toBe(target.published_date); // a response does not move the review
    expect((await ta.list(LISBON_ID)).find((r) => r.id === target.id)?.owner_response?.text).toBe(answered.owner_response?.text);
    const again = await sb.admin(path, { text: "Second try" });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { type: "ConflictException", code: 409 } });
  });

  it("reset restores the seed and clears faults; health reports the platform", async () => {
    const before = await ta.all(LISBON_ID);
    await add({ location: LISBON_ID, rating: 3, title: "extra", text: "An extra review." });
    await sb.admin("/_sandbox/faults", { tripadvisor: { status: 503, count: 100 } });
    await sb.admin("/_sandbox/reset", {});
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
    expect(await ta.all(LISBON_ID)).toEqual(before);
    await ta.list(LISBON_ID);
    const health = (await (await sb.admin("/_sandbox/health")).json()) as { platforms: string[]; tripadvisor: unknown };
    expect(health.platforms).toContain("tripadvisor");
    expect(health.tripadvisor).toEqual({ locations: 2, reviews: before.length + (await ta.all(MUNICH_ID)).length, callsToday: 1 });
  });
});

describe("Tripadvisor sandbox: keep-alive", () => {
  it("adds generated reviews to the seeded locations while it runs, and stops on close", async () => {
    const lines: string[] = [];
    const sb = await startTripadvisorSandbox({ newReviewEveryMs: 15, log: (l) => lines.push(l) });
    const state = sb.sandbox.state.tripadvisor;
    const seeded = LISBON_REVIEWS.length + MUNICH_REVIEWS.length;
    const total = () => [...state.locations.values()].reduce((n, l) => n + l.reviews.length, 0);
    await vi.waitFor(() => expect(total()).toBeGreaterThanOrEqual(seeded + 6), { timeout: 5000, interval: 20 });
    const lisbon = state.location(Number(LISBON_ID))?.reviews.slice(LISBON_REVIEWS.length) ?? [];
    const munich = state.location(Number(MUNICH_ID))?.reviews.slice(MUNICH_REVIEWS.length) ?? [];
    const fresh = [...lisbon, ...munich];
    expect(fresh.length).toBeGreaterThanOrEqual(6);
    expect(lisbon.every((r) => r.location_id === Number(LISBON_ID))).toBe(true);
    expect(munich.every((r) => r.location_id === Number(MUNICH_ID))).toBe(true);
    for (const r of fresh) {
      expect([1, 2, 3, 4, 5]).toContain(r.rating);
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.text.length).toBeGreaterThan(20);
      expect(r.published_date).toMatch(TA_DATE);
      expect(r.url).toContain(`-r${r.id}-`);
    }
    expect(new Set(fresh.map((r) => r.text)).size).toBeGreaterThan(2);
    expect(new Set(fresh.map((r) => r.lang)).size).toBeGreaterThan(1);
    // Visible through the API like any other review.
    const newestLisbon = lisbon.at(-1);
    if (newestLisbon) {
      const shown = await tripadvisorClient(sb).list(LISBON_ID, newestLisbon.lang);
      expect(shown.map((r) => r.id)).toContain(newestLisbon.id);
    }
    expect(lines.some((l) => l.includes("new Tripadvisor review"))).toBe(true);
    await sb.sandbox.close();
    const after = total();
    await new Promise((r) => setTimeout(r, 60));
    expect(total()).toBe(after);
  });
});
