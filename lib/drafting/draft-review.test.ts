import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createHotelOnGoogle } from "@/prisma/factories";
import { approveReply } from "../publishing/approve-reply";
import { saveVoice } from "../voice/save-voice";
import { readVoiceReport } from "../voice/voice-score";
import { buildDraftInput } from "./build-draft-input";
import { draftReview } from "./draft-review";
import { readDraftFlags, readDraftParts } from "./stored-draft";

// The draft job end to end on the database: what goes into a draft (voice, profile, approved examples,
// recent replies) and what is stored with it (parts, flags, voice score, voice version), and the
// learning loop: wording staff keep adding comes back in later drafts for similar reviews.

const db = createDb();
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
const tenants: string[] = [];

beforeEach(async () => {
  tenant = await createHotelOnGoogle(db, { slug: `draft-${randomUUID().slice(0, 8)}`, locationName: `accounts/1/locations/${randomUUID()}`, credentials: {} });
  tenants.push(tenant.organization.id);
});
afterAll(async () => {
  await db.organization.deleteMany({ where: { id: { in: tenants } } });
  await db.$disconnect();
});

async function awaitingReview(text: string, rating: number, authorName = "Joana") {
  return db.review.create({
    data: {
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
      externalId: randomUUID(), authorName, rating, platformScale: 5, text, language: "en",
      publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
    },
  });
}

const manager = () => ({ kind: "USER" as const, userId: tenant.manager.id });

async function draftOf(reviewId: string) {
  const result = await draftReview(db, reviewId);
  return db.draft.findUniqueOrThrow({ where: { id: result!.draftId } });
}

describe("drafting a review", () => {
  it("stores the parts, guardrail flags, voice score and the voice version the draft followed", async () => {
    const voice = await saveVoice(db, {
      organizationId: tenant.organization.id,
      scope: { kind: "property", propertyId: tenant.property.id },
      rules: { greetings: { en: "Dear {name}," }, signOffs: { en: "With warm regards from Lisbon" } },
      expectedVersion: null,
      actor: manager(),
    });
    const review = await awaitingReview("The breakfast was wonderful and the room was very quiet. Lovely stay.", 5);
    const draft = await draftOf(review.id);

    expect(draft.text).toMatch(/^Dear Joana,/);
    expect(draft.voiceVersionId).toBe(voice.versionId);
    const parts = readDraftParts(draft.parts);
    expect(parts.map((p) => p.answers)).toEqual(expect.arrayContaining(["greeting", "aspect:breakfast:positive", "sign-off"]));
    expect(parts.find((p) => p.answers === "aspect:breakfast:positive")?.sentence).toMatch(/breakfast was wonderful/);
    expect(readDraftFlags(draft.flags).filter((f) => f.blocking)).toEqual([]);
    const report = readVoiceReport(draft.voiceReport);
    expect(report?.checks.greeting.status).toBe("pass");
    expect(report?.checks.signOff.status).toBe("pass");
    expect(draft.voiceScore).toBe(report?.score);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: review.id, action: "draft.created" } });
    expect(audit.data).toMatchObject({ draftId: draft.id, voiceScore: draft.voiceScore, blockingFlags: 0 });
  });

  it("answers a demand for compensation without promising any, and with no blocking flag", async () => {
    const review = await awaitingReview("The shower was broken for two days. I demand a full refund and a free night, otherwise I post this everywhere.", 1);
    const draft = await draftOf(review.id);
    expect(draft.text).not.toMatch(/refund|free night|voucher|discount|complimentary/i);
    expect(readDraftFlags(draft.flags).filter((f) => f.blocking)).toEqual([]);
  });
});

describe("what a draft is written from", () => {
  it("takes the property's approved replies to similar reviews as examples, staff-edited first, and its recent replies", async () => {
    const reviews = await Promise.all([5, 4, 1].map((rating, i) => awaitingReview(`Review ${i}: the breakfast was good and the room clean.`, rating, `Guest${i}`)));
    const drafts = [];
    for (const r of reviews) drafts.push(await draftOf(r.id));
    // The first positive review is approved as drafted, the second edited; the complaint edited too.
    await approveReply(db, { reviewId: reviews[0]!.id, baseDraftId: drafts[0]!.id, text: drafts[0]!.text, actor: manager() });
    const edited = `${drafts[1]!.text}\n\nP.S. Thank you for choosing us.`;
    await approveReply(db, { reviewId: reviews[1]!.id, baseDraftId: drafts[1]!.id, text: edited, actor: manager() });
    await approveReply(db, { reviewId: reviews[2]!.id, baseDraftId: drafts[2]!.id, text: `${drafts[2]!.text}\n\nP.S. We are working on it.`, actor: manager() });

    const next = await awaitingReview("Lovely stay and a great breakfast.", 5);
    const { input } = await buildDraftInput(db, { ...next, property: tenant.property }, { seed: next.id, learn: true });
    expect(input.examples).toEqual([edited, drafts[0]!.text]);
    expect(input.recentReplies).toEqual(expect.arrayContaining([edited, drafts[2]!.text]));
    expect(input.recentReplies).toHaveLength(new Set(input.recentReplies).size);
    // A complaint learns from the reply to the complaint, not from thank-you notes.
    const complaint = await awaitingReview("Dirty room and rude staff.", 1);
    const forComplaint = await buildDraftInput(db, { ...complaint, property: tenant.property }, { seed: complaint.id, learn: true });
    expect(forComplaint.input.examples).toHaveLength(1);
    expect(forComplaint.input.examples![0]).toMatch(/We are working on it/);
  });

  it("leaves out replies the platform rejected", async () => {
    const review = await awaitingReview("Great view from the terrace.", 5);
    const draft = await draftOf(review.id);
    const { reply } = await approveReply(db, { reviewId: review.id, baseDraftId: draft.id, text: draft.text, actor: manager() });
    await db.reply.update({ where: { id: reply.id }, data: { platformStatus: "REJECTED" } });
    const next = await awaitingReview("Great breakfast.", 5);
    expect((await buildDraftInput(db, { ...next, property: tenant.property }, { seed: next.id, learn: true })).input.examples).toEqual([]);
  });
});

describe("the learning loop", () => {
  const HOUSE = "Every guest leaves Casa Azulejo as a friend of the house.";

  it("brings back a sentence staff keep adding in the next drafts of similar reviews, and not in replies to complaints", async () => {
    const praise = [
      "The breakfast was delicious and the staff so kind.",
      "Beautiful room with a view, we slept very well.",
      "Great location near the river and a friendly reception.",
    ];
    for (const [i, text] of praise.entries()) {
      const review = await awaitingReview(text, 5, `Guest${i}`);
      const draft = await draftOf(review.id);
      // A habit is a sentence in at least two approved replies: until then drafts cannot know it.
      if (i < 2) expect(draft.text).not.toContain(HOUSE);
      else expect(draft.text).toContain(HOUSE);
      // Staff add their house sentence before the signature, as they always do.
      const paragraphs = draft.text.split("\n\n");
      if (i < 2) paragraphs.splice(-1, 0, HOUSE);
      await approveReply(db, { reviewId: review.id, baseDraftId: draft.id, text: paragraphs.join("\n\n"), actor: manager() });
    }

    for (const text of ["Lovely stay, the pool was great and the staff helpful.", "Wonderful hotel, spotless room and a great breakfast."]) {
      const next = await draftOf((await awaitingReview(text, 5, "Maria")).id);
      expect(next.text).toContain(HOUSE);
      expect(readDraftParts(next.parts)).toContainEqual(expect.objectContaining({ text: HOUSE, answers: "learned" }));
    }
    const complaint = await draftOf((await awaitingReview("The room was dirty and the staff were rude at check-in.", 1)).id);
    expect(complaint.text).not.toContain(HOUSE);
  });
});
