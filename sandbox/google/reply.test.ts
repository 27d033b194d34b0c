import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../testing";
import type { GoogleReview } from "./types";

const LISBON = "accounts/1001/locations/2001";

describe("Google sandbox: owner replies", () => {
  let sb: RunningSandbox;
  let target: GoogleReview;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  beforeEach(async () => {
    await sb.admin("/_sandbox/reset", {});
    const body = (await (await sb.google(`/v4/${LISBON}/reviews`)).json()) as { reviews: GoogleReview[] };
    const unanswered = body.reviews.find((r) => !r.reviewReply && r.comment);
    if (!unanswered) throw new Error("seed has no unanswered review");
    target = unanswered;
  });
  afterAll(() => sb.sandbox.close());

  const put = (reviewName: string, body: unknown) =>
    sb.google(`/v4/${reviewName}/reply`, { method: "PUT", body: typeof body === "string" ? body : JSON.stringify(body) });
  const adminReview = async (reviewId: string) =>
    (await (await sb.admin(`/_sandbox/google/reviews/${reviewId}`)).json()) as GoogleReview;

  it("creates a reply, leaves the review's updateTime alone, and shows it in the admin API and the listing", async () => {
    const res = await put(target.name, { comment: "Thank you for staying with us." });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { comment: string; updateTime: string };
    expect(reply).toEqual({ comment: "Thank you for staying with us.", updateTime: expect.stringMatching(/Z$/) });

    const stored = await adminReview(target.reviewId);
    expect(stored.reviewReply).toEqual(reply);
    expect(stored.updateTime).toBe(target.updateTime);
    const viaApi = (await (await sb.google(`/v4/${target.name}`)).json()) as GoogleReview;
    expect(viaApi.reviewReply?.comment).toBe("Thank you for staying with us.");
  });

  it("replaces an existing reply", async () => {
    await put(target.name, { comment: "First version." });
    const res = await put(target.name, { comment: "Second version." });
    expect(res.status).toBe(200);
    expect((await adminReview(target.reviewId)).reviewReply?.comment).toBe("Second version.");
  });

  it("deletes a reply", async () => {
    await put(target.name, { comment: "To be removed." });
    const res = await sb.google(`/v4/${target.name}/reply`, { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect((await adminReview(target.reviewId)).reviewReply).toBeUndefined();
  });

  it("accepts exactly 4096 characters (counted as characters, not UTF-16 units) and rejects 4097", async () => {
    expect((await put(target.name, { comment: "a".repeat(4096) })).status).toBe(200);
    expect((await put(target.name, { comment: "🙂".repeat(4096) })).status).toBe(200);
    const tooLong = await put(target.name, { comment: "a".repeat(4097) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({ error: { code: 400, message: expect.stringContaining("4096"), status: "INVALID_ARGUMENT" } });
    expect((await adminReview(target.reviewId)).reviewReply?.comment).toBe("🙂".repeat(4096));
  });

  it.each([
    ["an empty comment", { comment: "" }],
    ["a blank comment", { comment: "   \n" }],
    ["no comment", {}],
    ["an unknown field", { comment: "hi", signature: "x" }],
    ["invalid JSON", "{not json"],
  ])("rejects %s with 400 INVALID_ARGUMENT", async (_label, body) => {
    const res = await put(target.name, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT" } });
    expect((await adminReview(target.reviewId)).reviewReply).toBeUndefined();
  });

  it("answers 404 for a reply to an unknown review", async () => {
    const res = await put(`${LISBON}/reviews/unknown-review`, { comment: "Hello" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { status: "NOT_FOUND" } });
  });
});
