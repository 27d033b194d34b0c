import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createHotelOnGoogle } from "@/prisma/factories";
import { readDraftFlags } from "../drafting/stored-draft";
import { readVoiceReport } from "../voice/voice-score";
import { approveReply } from "./approve-reply";
import { checkReplyText } from "./reply-checks";
import { saveDraft } from "./save-draft";

// Staff edits pass the same guardrails as machine drafts: every saved edit keeps its flags and voice
// score, and approval is refused while the exact text approved has a blocking flag.

const db = createDb();
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;

beforeAll(async () => {
  tenant = await createHotelOnGoogle(db, { slug: `checks-${randomUUID().slice(0, 8)}`, locationName: `accounts/1/locations/${randomUUID()}`, credentials: {} });
});
afterAll(async () => {
  await db.organization.delete({ where: { id: tenant.organization.id } });
  await db.$disconnect();
});

const actor = () => ({ kind: "USER" as const, userId: tenant.manager.id });

async function draftedReview() {
  return db.review.create({
    data: {
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
      externalId: randomUUID(), authorName: "Joana", rating: 2, platformScale: 5, language: "en", replyState: "DRAFTED",
      text: "The air conditioning was broken and nobody fixed it. I expect my money back.",
      publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
    },
  });
}

const CLEAN = "Dear Joana,\n\nThank you for telling us about the air conditioning, and I am sorry it spoiled your nights with us. Our maintenance team has checked every unit on your floor since.\n\nKind regards,\nInês Carvalho";
const REFUND = CLEAN.replace("Our maintenance team", "We will refund you the full stay. Our maintenance team");

describe("checks on staff edits", () => {
  it("keeps the flags and voice score of every saved edit", async () => {
    const review = await draftedReview();
    const saved = await saveDraft(db, { reviewId: review.id, baseDraftId: null, text: REFUND, actor: actor() });
    expect(saved.origin).toBe("HUMAN");
    expect(readDraftFlags(saved.flags)).toContainEqual(expect.objectContaining({ code: "compensation", blocking: true }));
    expect(readVoiceReport(saved.voiceReport)?.score).toBe(saved.voiceScore);
    expect(saved.voiceScore).toBeGreaterThan(0);
  });

  it("refuses approval with the reason while a blocking flag stands, and approves once it is gone", async () => {
    const review = await draftedReview();
    await expect(approveReply(db, { reviewId: review.id, baseDraftId: null, text: REFUND, actor: actor() })).rejects.toThrow(/cannot be approved yet\. Promises compensation.*“refund”/s);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("DRAFTED");
    expect(await db.reply.count({ where: { reviewId: review.id } })).toBe(0);
    expect(await db.draft.count({ where: { reviewId: review.id } })).toBe(0);

    const { reply } = await approveReply(db, { reviewId: review.id, baseDraftId: null, text: CLEAN, actor: actor() });
    expect(reply.text).toBe(CLEAN);
  });

  it("judges the exact text approved, not what was stored before", async () => {
    // Saved clean, then approved with a promise typed in afterwards: refused.
    const first = await draftedReview();
    const clean = await saveDraft(db, { reviewId: first.id, baseDraftId: null, text: CLEAN, actor: actor() });
    expect(readDraftFlags(clean.flags).filter((f) => f.blocking)).toEqual([]);
    await expect(approveReply(db, { reviewId: first.id, baseDraftId: clean.id, text: REFUND, actor: actor() })).rejects.toThrow(/cannot be approved yet/);

    // Saved with a blocking flag, then fixed in the editor and approved without saving first: accepted.
    const second = await draftedReview();
    const flagged = await saveDraft(db, { reviewId: second.id, baseDraftId: null, text: REFUND, actor: actor() });
    const { reply } = await approveReply(db, { reviewId: second.id, baseDraftId: flagged.id, text: CLEAN, actor: actor() });
    expect(reply.text).toBe(CLEAN);
    const kept = await db.draft.findFirstOrThrow({ where: { reviewId: second.id }, orderBy: { createdAt: "desc" } });
    expect(kept.text).toBe(CLEAN);
    expect(readDraftFlags(kept.flags).filter((f) => f.blocking)).toEqual([]);
  });

  it("checks any text against the review for the editor, without storing anything", async () => {
    const review = await draftedReview();
    const german = await checkReplyText(db, review.id, "Vielen Dank für Ihre Bewertung, wir freuen uns auf Ihren nächsten Besuch bei uns in Lissabon.");
    expect(german.flags).toContainEqual(expect.objectContaining({ code: "wrong-language", blocking: true }));
    const clean = await checkReplyText(db, review.id, CLEAN);
    expect(clean.flags.filter((f) => f.blocking)).toEqual([]);
    expect(clean.voiceReport.checks.signOff.status).toBe("pass");
    expect(await db.draft.count({ where: { reviewId: review.id } })).toBe(0);
    await expect(checkReplyText(db, "no-such-review", CLEAN)).rejects.toThrow(/no longer exists/);
  });
});
