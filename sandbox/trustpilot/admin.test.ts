import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSandbox, type RunningSandbox } from "../testing";
import { LISBON_UNIT, MUNICH_UNIT, trustpilotClient } from "./testing";
import type { TrustpilotBusinessUnit, TrustpilotReview } from "./types";

describe("Trustpilot sandbox: admin API (the consumer's side)", () => {
  let sb: RunningSandbox;
  let tp: ReturnType<typeof trustpilotClient>;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startSandbox({ now: () => new Date(clock) });
    tp = trustpilotClient(sb);
  });
  beforeEach(() => sb.admin("/_sandbox/reset", {}));
  afterAll(() => sb.sandbox.close());

  const listed = async (unit = LISBON_UNIT) => (await tp.list(unit, "?perPage=100")).body.reviews;

  it("adds a review: listed first, readable through the admin API and the private endpoint", async () => {
    const res = await sb.admin("/_sandbox/trustpilot/reviews", {
      businessUnitId: LISBON_UNIT,
      consumerName: "Test Guest",
      stars: 2,
      title: "Kettle broken",
      text: "The kettle in our room was broken for three days.",
      language: "en",
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as TrustpilotReview;
    expect(added).toMatchObject({
      stars: 2,
      title: "Kettle broken",
      consumer: { displayName: "Test Guest" },
      businessUnit: { id: LISBON_UNIT },
      createdAt: "2025-06-01T10:00:00Z",
      updatedAt: null,
      companyReply: null,
    });
    const reviews = await listed();
    expect(reviews).toHaveLength(15);
    expect(reviews[0]?.id).toBe(added.id);
    expect(await tp.adminReview(added.id)).toEqual(added);
    expect(((await (await tp.api(`/v1/private/reviews/${added.id}`)).json()) as TrustpilotReview).text).toBe(added.text);
  });

  it("adds a review with a given createdAt and a headline taken from the text; validates input", async () => {
    const res = await sb.admin("/_sandbox/trustpilot/reviews", { businessUnitId: MUNICH_UNIT, stars: 5, text: "Wunderbar! Gerne wieder.", createdAt: "2025-05-20T08:00:00.250+02:00" });
    const added = (await res.json()) as TrustpilotReview;
    expect(added).toMatchObject({ createdAt: "2025-05-20T06:00:00Z", title: "Wunderbar" });
    expect((await sb.admin("/_sandbox/trustpilot/reviews", { businessUnitId: LISBON_UNIT, stars: 6, text: "x" })).status).toBe(400);
    expect((await sb.admin("/_sandbox/trustpilot/reviews", { businessUnitId: LISBON_UNIT, stars: 3 })).status).toBe(400);
    const unknown = await sb.admin("/_sandbox/trustpilot/reviews", { businessUnitId: "nope", stars: 3, text: "x" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errorCode: 1004 });
  });

  it("edits a review: new text and stars, updatedAt moves, its place in the (createdAt) order does not", async () => {
    const before = await listed();
    const oldest = before.at(-1) as TrustpilotReview;
    clock += 5_000;
    const res = await sb.admin(`/_sandbox/trustpilot/reviews/${oldest.id}/edit`, { stars: 1, text: "Changed my mind." });
    expect(res.status).toBe(200);
    const edited = (await res.json()) as TrustpilotReview;
    expect(edited).toMatchObject({ stars: 1, text: "Changed my mind.", title: oldest.title, createdAt: oldest.createdAt });
    expect(edited.updatedAt).toBe(new Date(clock).toISOString().replace(".000Z", "Z"));
    const after = await listed();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.at(-1)).toMatchObject({ text: "Changed my mind.", stars: 1 });
    expect((await sb.admin("/_sandbox/trustpilot/reviews/nope/edit", { text: "x" })).status).toBe(404);
  });

  it("deletes a review", async () => {
    const target = (await listed())[2] as TrustpilotReview;
    const res = await sb.admin(`/_sandbox/trustpilot/reviews/${target.id}`, undefined, "DELETE");
    expect(await res.json()).toEqual({ deleted: target.id });
    expect((await listed()).map((r) => r.id)).not.toContain(target.id);
    expect((await sb.admin(`/_sandbox/trustpilot/reviews/${target.id}`)).status).toBe(404);
    expect((await tp.api(`/v1/private/reviews/${target.id}`)).status).toBe(404);
    expect((await sb.admin(`/_sandbox/trustpilot/reviews/${target.id}`, undefined, "DELETE")).status).toBe(404);
  });

  it("lists every business unit with its reviews, or one", async () => {
    const all = (await (await sb.admin("/_sandbox/trustpilot/reviews")).json()) as { businessUnits: TrustpilotBusinessUnit[] };
    expect(all.businessUnits.map((u) => [u.displayName, u.reviews.length])).toEqual([
      ["Casa Azulejo Lisboa", 14],
      ["Hotel Isarblick München", 13],
    ]);
    const one = (await (await sb.admin(`/_sandbox/trustpilot/reviews?businessUnitId=${MUNICH_UNIT}`)).json()) as { businessUnits: TrustpilotBusinessUnit[] };
    expect(one.businessUnits.map((u) => u.city)).toEqual(["Munich"]);
    expect((await sb.admin("/_sandbox/trustpilot/reviews?businessUnitId=nope")).status).toBe(404);
  });

  it("reset restores the seed, drops issued tokens and clears faults", async () => {
    await sb.admin("/_sandbox/trustpilot/reviews", { businessUnitId: LISBON_UNIT, stars: 3, text: "extra" });
    await sb.admin("/_sandbox/faults", { trustpilot: { status: 503, count: 100 } });
    const { access_token } = await tp.login();
    await sb.admin("/_sandbox/reset", {});
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
    expect((await tp.api(`/v1/private/business-units/${LISBON_UNIT}/reviews`, { auth: access_token })).status).toBe(401);
    expect(await listed()).toHaveLength(14);
  });

  it("reports its counts in /_sandbox/health", async () => {
    const health = (await (await sb.admin("/_sandbox/health")).json()) as { platforms: string[]; trustpilot: unknown };
    expect(health.platforms).toContain("trustpilot");
    expect(health.trustpilot).toEqual({ businessUnits: 2, reviews: 27 });
  });
});

describe("Trustpilot sandbox: keep-alive", () => {
  it("adds generated reviews to the demo business units while it runs, and stops on close", async () => {
    const lines: string[] = [];
    const sb = await startSandbox({ newReviewEveryMs: 15, log: (l) => lines.push(l) });
    const units = () => [...sb.sandbox.state.trustpilot.businessUnits.values()];
    const total = () => units().reduce((n, u) => n + u.reviews.length, 0);
    await vi.waitFor(() => expect(total()).toBeGreaterThanOrEqual(33), { timeout: 5000, interval: 20 });
    const fresh = [...units()[0]!.reviews.slice(14), ...units()[1]!.reviews.slice(13)];
    for (const r of fresh) {
      expect([1, 2, 3, 4, 5]).toContain(r.stars);
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.text.length).toBeGreaterThan(10);
      expect(["en", "de", "pt", "fr", "es", "it", "nl"]).toContain(r.language);
    }
    expect(new Set(fresh.map((r) => r.text)).size).toBeGreaterThan(3);
    expect(lines.some((l) => l.includes("new Trustpilot review"))).toBe(true);
    // Visible through the API like any other review.
    const listed = (await trustpilotClient(sb).list(LISBON_UNIT, "?perPage=100")).body.reviews;
    expect(listed.length).toBeGreaterThan(14);
    await sb.sandbox.close();
    const after = total();
    await new Promise((r) => setTimeout(r, 60));
    expect(total()).toBe(after);
  });
});
