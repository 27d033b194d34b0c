import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../testing";
import { TRUSTPILOT_SANDBOX_API_KEY, TRUSTPILOT_SANDBOX_BUSINESS_USER_ID as AUTHOR, TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER } from "./seed";
import { LISBON_UNIT, trustpilotClient } from "./testing";
import type { TrustpilotReview } from "./types";

describe("Trustpilot sandbox: company replies", () => {
  let sb: RunningSandbox;
  let tp: ReturnType<typeof trustpilotClient>;
  let target: TrustpilotReview;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startSandbox({ now: () => new Date(clock) });
    tp = trustpilotClient(sb);
  });
  beforeEach(async () => {
    await sb.admin("/_sandbox/reset", {});
    const unanswered = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews.find((r) => !r.companyReply);
    if (!unanswered) throw new Error("seed has no unanswered review");
    target = unanswered;
  });
  afterAll(() => sb.sandbox.close());

  const post = (reviewId: string, body: unknown, headers: Record<string, string> = {}) =>
    tp.api(`/v1/private/reviews/${reviewId}/reply`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });

  it("creates a reply (201, no body) that the admin API, the private list and the public review show", async () => {
    const res = await post(target.id, { message: "Thank you for staying with us.", authorBusinessUserId: AUTHOR });
    expect(res.status).toBe(201);
    expect(await res.text()).toBe("");
    const stored = await tp.adminReview(target.id);
    expect(stored.companyReply).toEqual({
      text: "Thank you for staying with us.",
      authorBusinessUserId: AUTHOR,
      authorBusinessUserName: "Lobby Demo",
      createdAt: "2025-06-01T10:00:00Z",
      updatedAt: null,
    });
    expect(stored.updatedAt).toBe(target.updatedAt); // a reply is not an edit of the review
    const listed = (await tp.list(LISBON_UNIT, "?perPage=100")).body.reviews.find((r) => r.id === target.id);
    expect(listed?.companyReply?.text).toBe("Thank you for staying with us.");
    const pub = await fetch(`${sb.url}/v1/reviews/${target.id}`, { headers: { apikey: TRUSTPILOT_SANDBOX_API_KEY } });
    expect(((await pub.json()) as TrustpilotReview).companyReply?.text).toBe("Thank you for staying with us.");
  });

  it("replaces a reply by posting again: createdAt stays, updatedAt is set", async () => {
    await post(target.id, { message: "First version.", authorBusinessUserId: AUTHOR });
    clock += 60_000;
    expect((await post(target.id, { message: "Second version.", authorBusinessUserId: AUTHOR, submittedAt: "2025-06-01T10:01:00" })).status).toBe(201);
    expect((await tp.adminReview(target.id)).companyReply).toMatchObject({
      text: "Second version.",
      createdAt: "2025-06-01T10:00:00Z",
      updatedAt: "2025-06-01T10:01:00Z",
    });
  });

  it("deletes a reply with DELETE (204)", async () => {
    await post(target.id, { message: "To be removed.", authorBusinessUserId: AUTHOR });
    const res = await tp.api(`/v1/private/reviews/${target.id}/reply`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect((await tp.adminReview(target.id)).companyReply).toBeNull();
  });

  it("accepts 2048 characters (counted as characters, not UTF-16 units) and rejects 2049", async () => {
    expect((await post(target.id, { message: "a".repeat(2048), authorBusinessUserId: AUTHOR })).status).toBe(201);
    expect((await post(target.id, { message: "🙂".repeat(2048), authorBusinessUserId: AUTHOR })).status).toBe(201);
    const tooLong = await post(target.id, { message: "a".repeat(2049), authorBusinessUserId: AUTHOR });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({ message: expect.stringContaining("2048"), errorCode: 1001, details: "", correlationId: expect.any(String) });
    expect((await tp.adminReview(target.id)).companyReply?.text).toBe("🙂".repeat(2048));
  });

  it.each([
    ["an empty message", { message: "", authorBusinessUserId: AUTHOR }, "message must not be empty"],
    ["a blank message", { message: " \n ", authorBusinessUserId: AUTHOR }, "message must not be empty"],
    ["no message", { authorBusinessUserId: AUTHOR }, "message is required"],
    ["no author", { message: "Hi" }, "authorBusinessUserId is required"],
    ["an unknown author", { message: "Hi", authorBusinessUserId: "0".repeat(24) }, "authorBusinessUserId is not a user of this business unit"],
    ["an author from another business unit", { message: "Hi", authorBusinessUserId: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.id }, "authorBusinessUserId is not a user of this business unit"],
    ["invalid JSON", "{not json", "The request was malformed"],
  ])("rejects %s with 400 and stores nothing", async (_label, body, message) => {
    const res = await post(target.id, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message, errorCode: 1001 });
    expect((await tp.adminReview(target.id)).companyReply).toBeNull();
  });

  it("answers 415 for a body that is not JSON", async () => {
    const res = await post(target.id, "message=Hi", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ errorCode: 1015 });
  });

  it("answers 404 for an unknown review and 403 for a review of a unit the user may not act for", async () => {
    const missing = await post("0".repeat(24), { message: "Hello", authorBusinessUserId: AUTHOR });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ message: "Review not found", errorCode: 1004 });
    const { access_token } = await tp.login({ username: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.username, password: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.password });
    const forbidden = await tp.api(`/v1/private/reviews/${target.id}/reply`, {
      method: "POST",
      auth: access_token,
      body: JSON.stringify({ message: "Hello", authorBusinessUserId: TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER.id }),
    });
    expect(forbidden.status).toBe(403);
    expect((await tp.adminReview(target.id)).companyReply).toBeNull();
  });
});
