import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ExpediaReview } from "../../../sandbox/expedia/types";
import { collect, expediaConnectorHarness, LISBON, MUNICH, thrown } from "./testing";

describe("Expedia connector against the sandbox: responses", () => {
  const h = expediaConnectorHarness();
  const { calls, connector, seeded, stored } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const unanswered = async () => (await seeded()).find((r) => !r.response && r.isEligibleForResponse) as ExpediaReview;
  const moderate = (id: string, decision: "APPROVED" | "REJECTED") => sbx().admin(`/_sandbox/expedia/reviews/${id}/moderate`, { decision });

  it("publishes a response in the review's language, PENDING until Expedia approves it, and reads it back", async () => {
    const target = await unanswered();
    const result = await connector().publishReply(target.id, "Thank you for your honest words.");
    const held = await stored(target.id);
    expect(held.response).toMatchObject({ status: "PENDING", body: { value: "Thank you for your honest words.", locale: target.body.locale } });
    expect(result).toEqual({
      externalReplyId: `${LISBON}/${target.id}/response`,
      status: "PENDING",
      publishedAt: new Date(held.response?.createdDateTime ?? ""),
    });
    expect(await connector().readReply(target.id)).toEqual({
      text: "Thank you for your honest words.",
      updatedAt: new Date(held.response?.lastUpdatedDateTime ?? ""),
      status: "PENDING",
    });

    await moderate(target.id, "APPROVED");
    const approved = await connector().readReply(target.id);
    expect(approved).toMatchObject({ text: "Thank you for your honest words.", status: "PUBLISHED" });
    expect(approved && approved.updatedAt > result.publishedAt).toBe(true);
    const listed = (await collect(connector().listReviewsSince(null))).flatMap((p) => p.reviews).find((r) => r.externalId === target.id);
    expect(listed?.existingReply).toEqual({ text: "Thank you for your honest words.", updatedAt: approved?.updatedAt });
  });

  it("reads a rejected response as REJECTED, and the review counts as unanswered again", async () => {
    const target = await unanswered();
    await connector().publishReply(target.id, "Call us on +351 21 000 0000.");
    await moderate(target.id, "REJECTED");
    expect(await connector().readReply(target.id)).toMatchObject({ status: "REJECTED", text: "Call us on +351 21 000 0000." });
    const listed = (await collect(connector().listReviewsSince(null))).flatMap((p) => p.reviews).find((r) => r.externalId === target.id);
    expect(listed?.existingReply).toBeNull();
    // Not "once": a new response replaces the rejected one and waits for moderation again.
    expect(await connector().publishReply(target.id, "Thank you, we have fixed the room.")).toMatchObject({ status: "PENDING" });
    expect((await stored(target.id)).response).toMatchObject({ status: "PENDING", body: { value: "Thank you, we have fixed the room." } });
  });

  it("reads the seeded responses with their statuses, no reply for an unanswered review, not_found for a missing one", async () => {
    const reviews = await seeded();
    const byStatus = (status: string) => reviews.find((r) => r.response?.status === status) as ExpediaReview;
    expect(await connector().readReply(byStatus("APPROVED").id)).toMatchObject({ status: "PUBLISHED", text: byStatus("APPROVED").response?.body.value });
    expect(await connector().readReply(byStatus("PENDING").id)).toMatchObject({ status: "PENDING" });
    expect(await connector().readReply(byStatus("REJECTED").id)).toMatchObject({ status: "REJECTED" });
    expect(await connector().readReply((await unanswered()).id)).toBeNull();
    expect(await thrown(connector().readReply("0123456789abcdef01234567"))).toMatchObject({ kind: "not_found" });
    // A Munich review is not one of Lisbon's.
    const munich = (await seeded(MUNICH))[0] as ExpediaReview;
    expect(await thrown(connector().readReply(munich.id))).toMatchObject({ kind: "not_found" });
  });

  it("enforces the reply rules: moderated, at most 1000 characters, never empty, only where Expedia allows one", async () => {
    expect(connector().replyRules).toEqual({ via: "api", once: false, moderated: true, maxLength: 1000, needsReviewText: false });
    const target = await unanswered();
    expect(await thrown(connector().publishReply(target.id, "x".repeat(1001)))).toMatchObject({ kind: "invalid", message: expect.stringContaining("1000") });
    expect(await thrown(connector().publishReply(target.id, "  \n "))).toMatchObject({ kind: "invalid" });
    expect(await thrown(connector().publishReply("../other", "Thanks"))).toMatchObject({ kind: "invalid" });
    expect(calls).toHaveLength(0);
    // 1000 characters counted as characters, not UTF-16 units: emoji count once.
    expect(await connector().publishReply(target.id, "🙂".repeat(1000))).toMatchObject({ status: "PENDING" });
    const imported = (await seeded()).find((r) => r.source === "IMPORTED") as ExpediaReview;
    expect(await thrown(connector().publishReply(imported.id, "Thanks"))).toMatchObject({ kind: "invalid", message: expect.stringContaining("does not accept") });
    expect(imported.response).toBeNull();
    expect(await thrown(connector().publishReply("0123456789abcdef01234567", "Thanks"))).toMatchObject({ kind: "not_found" });
    // A rating-only review takes a response too (needsReviewText: false); its locale is the guest's.
    const ratingOnly = (await seeded()).find((r) => r.body.value === "") as ExpediaReview;
    await connector().publishReply(ratingOnly.id, "Obrigado pela nota!");
    expect((await stored(ratingOnly.id)).response?.body.locale).toBe("pt-BR");
  });
});
