import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createHotelOnGoogle } from "@/prisma/factories";
import { draftReview } from "../drafting/draft-review";
import { readDraftParts } from "../drafting/stored-draft";
import { approveReply } from "./approve-reply";
import { regenerateDraft } from "./regenerate-draft";
import { saveDraft } from "./save-draft";

// "Another version" and the tone control: a new machine draft through the same path as the draft job,
// a different wording each time, the tone staff asked for, and an audit event naming who asked.

const db = createDb();
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;

beforeAll(async () => {
  tenant = await createHotelOnGoogle(db, { slug: `regen-${randomUUID().slice(0, 8)}`, locationName: `accounts/1/locations/${randomUUID()}`, credentials: {} });
});
afterAll(async () => {
  await db.organization.delete({ where: { id: tenant.organization.id } });
  await db.$disconnect();
});

const actor = () => ({ kind: "USER" as const, userId: tenant.manager.id });
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

async function draftedReview() {
  const review = await db.review.create({
    data: {
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
      externalId: randomUUID(), authorName: "Joana", rating: 3, platformScale: 5, language: "en",
      text: "The location is perfect and the breakfast was lovely, and Marco at reception was very kind. But the room was small, the shower was weak and the street was noisy at night. Is there parking nearby?",
      publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
    },
  });
  const first = await draftReview(db, review.id);
  return { review, firstDraftId: first!.draftId };
}

describe("another version of a draft", () => {
  it("writes a different wording each time, as the review's latest draft, and records who asked", async () => {
    const { review, firstDraftId } = await draftedReview();
    const first = await db.draft.findUniqueOrThrow({ where: { id: firstDraftId } });
    const second = (await regenerateDraft(db, { reviewId: review.id, baseDraftId: first.id, tone: null, actor: actor() })).draft;
    const third = (await regenerateDraft(db, { reviewId: review.id, baseDraftId: second.id, tone: null, actor: actor() })).draft;
    expect(new Set([first.text, second.text, third.text]).size).toBe(3);
    expect(second).toMatchObject({ origin: "BUILTIN", tone: null, voiceScore: expect.any(Number) });
    expect(readDraftParts(second.parts).length).toBeGreaterThan(2);
    const latest = await db.draft.findFirstOrThrow({ where: { reviewId: review.id }, orderBy: { createdAt: "desc" } });
    expect(latest.id).toBe(third.id);
    const audit = await db.auditEvent.findMany({ where: { entityId: review.id, action: "draft.regenerated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actorUserId, (a.data as { draftId: string }).draftId])).toEqual([[tenant.manager.id, second.id], [tenant.manager.id, third.id]]);
  });

  it("writes the tone asked for and keeps it with the draft: shorter is shorter", async () => {
    const { review, firstDraftId } = await draftedReview();
    const first = await db.draft.findUniqueOrThrow({ where: { id: firstDraftId } });
    const shorter = (await regenerateDraft(db, { reviewId: review.id, baseDraftId: first.id, tone: "shorter", actor: actor() })).draft;
    expect(shorter.tone).toBe("shorter");
    expect(words(shorter.text)).toBeLessThan(words(first.text));
    const formal = (await regenerateDraft(db, { reviewId: review.id, baseDraftId: shorter.id, tone: "more-formal", actor: actor() })).draft;
    const warmer = (await regenerateDraft(db, { reviewId: review.id, baseDraftId: formal.id, tone: "warmer", actor: actor() })).draft;
    expect([formal.tone, warmer.tone]).toEqual(["more-formal", "warmer"]);
    expect(formal.text).not.toBe(warmer.text);
    const audit = await db.auditEvent.findMany({ where: { entityId: review.id, action: "draft.regenerated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.data as { tone: string }).tone)).toEqual(["shorter", "more-formal", "warmer"]);
  });

  it("never replaces a colleague's newer edit behind their back, nor an approved reply", async () => {
    const { review, firstDraftId } = await draftedReview();
    await saveDraft(db, { reviewId: review.id, baseDraftId: firstDraftId, text: "A colleague's careful version, thank you for your stay.", actor: actor() });
    await expect(regenerateDraft(db, { reviewId: review.id, baseDraftId: firstDraftId, tone: null, actor: actor() })).rejects.toThrow(/changed this draft/);

    const other = await draftedReview();
    const draft = await db.draft.findUniqueOrThrow({ where: { id: other.firstDraftId } });
    await approveReply(db, { reviewId: other.review.id, baseDraftId: draft.id, text: draft.text, actor: actor() });
    await expect(regenerateDraft(db, { reviewId: other.review.id, baseDraftId: draft.id, tone: null, actor: actor() })).rejects.toThrow(/already been approved/);
  });
});
