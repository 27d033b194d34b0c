import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db";
import { createHotelOnGoogle, createMember, createOrganization } from "@/prisma/factories";

// The actions' own server-side checks, whatever the browser shows: the signed-in user is mocked,
// everything else (database, permissions, tenancy) is real.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/config", () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/jobs/queues", () => ({ appQueues: () => ({}), enqueue: async () => undefined }));
vi.mock("@/lib/publishing/request-publish", () => ({ requestPublish: async () => undefined }));

const { approveAndPublishAction, checkDraftAction, regenerateDraftAction, saveDraftAction } = await import("./actions");
const db = createDb();
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let writerId: string;
let outsiderId: string;
let brandOwnerId: string;
let reviewId: string;

beforeAll(async () => {
  const slug = `act-${randomUUID().slice(0, 8)}`;
  tenant = await createHotelOnGoogle(db, { slug, locationName: "accounts/1/locations/9", credentials: {} });
  writerId = (await createMember(db, { organizationId: tenant.organization.id, email: `writer@${slug}.test`, name: "W", role: "WRITER", password: "x" })).id;
  brandOwnerId = (await createMember(db, { organizationId: tenant.organization.id, email: `brand@${slug}.test`, name: "B", role: "BRAND_OWNER", password: "x" })).id;
  const other = await createOrganization(db, { slug: `${slug}-other`, name: "Other" });
  outsiderId = (await createMember(db, { organizationId: other.id, email: `manager@${slug}-other.test`, name: "O", role: "HOTEL_MANAGER", password: "x" })).id;
  const review = await db.review.create({
    data: {
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
      externalId: "ext-1", authorName: "Guest", rating: 4, platformRating: 4, platformScale: 5, text: "Lovely stay.",
      publishedAt: new Date(), platformUpdatedAt: new Date(), replyState: "DRAFTED", raw: {},
    },
  });
  reviewId = review.id;
});
beforeEach(() => {
  session.userId = null;
});
afterAll(() => db.$disconnect());

const latestDraftId = async () => (await db.draft.findFirst({ where: { reviewId }, orderBy: { createdAt: "desc" } }))?.id ?? null;
const isNextSignal = (digest: string) => (e: unknown) => String((e as { digest?: string }).digest ?? "").includes(digest);

describe("review actions on the server", () => {
  it("send a signed-out caller to sign-in", async () => {
    await expect(saveDraftAction({ reviewId, baseDraftId: await latestDraftId(), text: "Thanks!" })).rejects.toSatisfy(isNextSignal("NEXT_REDIRECT"));
  });

  it("refuse a writer's approval, with a message, and leave the review as it was", async () => {
    session.userId = writerId;
    expect(await approveAndPublishAction({ reviewId, baseDraftId: await latestDraftId(), text: "Thanks!" })).toEqual({ ok: false, error: "Your role does not allow this action." });
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).replyState).toBe("DRAFTED");
    expect(await db.reply.count({ where: { reviewId } })).toBe(0);
    const saved = await saveDraftAction({ reviewId, baseDraftId: await latestDraftId(), text: "Thank you for the lovely words." });
    expect(saved).toEqual({ ok: true, data: { draftId: await latestDraftId() } });
    expect((await db.draft.findFirstOrThrow({ where: { reviewId }, orderBy: { createdAt: "desc" } })).createdById).toBe(writerId);
  });

  it("refuse a malformed payload with a clear message", async () => {
    session.userId = tenant.manager.id;
    expect(await saveDraftAction({ reviewId, baseDraftId: 42, text: "x" } as never)).toEqual({ ok: false, error: "The reply could not be read. Reload the page and try again." });
  });

  it("answer not-found to a member of another organization, for reading and writing alike", async () => {
    session.userId = outsiderId;
    await expect(saveDraftAction({ reviewId, baseDraftId: await latestDraftId(), text: "hijack" })).rejects.toSatisfy(isNextSignal("NEXT_HTTP_ERROR_FALLBACK;404"));
    await expect(approveAndPublishAction({ reviewId, baseDraftId: await latestDraftId(), text: "hijack" })).rejects.toSatisfy(isNextSignal("NEXT_HTTP_ERROR_FALLBACK;404"));
    expect(await db.draft.count({ where: { reviewId, text: "hijack" } })).toBe(0);
  });

  it("let the hotel manager approve, recording who did it", async () => {
    session.userId = tenant.manager.id;
    expect(await approveAndPublishAction({ reviewId, baseDraftId: await latestDraftId(), text: "Thank you, see you soon." })).toMatchObject({ ok: true });
    const reply = await db.reply.findUniqueOrThrow({ where: { reviewId } });
    expect(reply).toMatchObject({ text: "Thank you, see you soon.", approvedById: tenant.manager.id, platformStatus: "NOT_SENT" });
    expect(await approveAndPublishAction({ reviewId, baseDraftId: await latestDraftId(), text: "again" })).toEqual({ ok: false, error: "This reply has already been approved and can no longer be edited." });
  });
});

describe("checking and redrafting from the editor", () => {
  async function complaint() {
    return db.review.create({
      data: {
        organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
        externalId: `ext-${Math.random()}`, authorName: "Joana", rating: 2, platformRating: 2, platformScale: 5, language: "en", replyState: "DRAFTED",
        text: "The room was noisy and I want my money back.", publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
      },
    });
  }
  const refund = "Dear Joana,\n\nThank you for your review. We will refund you the whole stay, and we are sorry about the noise.\n\nKind regards,\nInês Carvalho";

  it("let a writer check text as they type, and ask for another version in a tone", async () => {
    const review = await complaint();
    session.userId = writerId;
    const checked = await checkDraftAction({ reviewId: review.id, text: refund });
    expect(checked.ok && checked.data.flags).toContainEqual(expect.objectContaining({ code: "compensation", blocking: true, excerpt: "refund" }));
    expect(checked.ok && checked.data.voiceReport.score).toBeGreaterThan(0);
    const redrafted = await regenerateDraftAction({ reviewId: review.id, baseDraftId: null, tone: "shorter" });
    expect(redrafted).toMatchObject({ ok: true, data: { tone: "shorter", provider: "builtin", draftId: await latestDraftIdOf(review.id) } });
    expect(redrafted.ok && redrafted.data.parts.length).toBeGreaterThan(0);
  });

  it("refuse approving a text with a blocking flag, saying why", async () => {
    const review = await complaint();
    session.userId = tenant.manager.id;
    const result = await approveAndPublishAction({ reviewId: review.id, baseDraftId: null, text: refund });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^This reply cannot be approved yet\. Promises compensation/) });
    expect(await db.reply.count({ where: { reviewId: review.id } })).toBe(0);
  });

  it("refuse roles that do not edit drafts, other organizations and malformed requests", async () => {
    const review = await complaint();
    session.userId = brandOwnerId;
    expect(await checkDraftAction({ reviewId: review.id, text: "x" })).toEqual({ ok: false, error: "Your role does not allow this action." });
    expect(await regenerateDraftAction({ reviewId: review.id, baseDraftId: null, tone: null })).toEqual({ ok: false, error: "Your role does not allow this action." });
    session.userId = outsiderId;
    await expect(checkDraftAction({ reviewId: review.id, text: "x" })).rejects.toSatisfy(isNextSignal("NEXT_HTTP_ERROR_FALLBACK;404"));
    await expect(regenerateDraftAction({ reviewId: review.id, baseDraftId: null, tone: null })).rejects.toSatisfy(isNextSignal("NEXT_HTTP_ERROR_FALLBACK;404"));
    session.userId = writerId;
    expect(await regenerateDraftAction({ reviewId: review.id, baseDraftId: null, tone: "louder" } as never)).toEqual({ ok: false, error: "The request could not be read. Reload the page and try again." });
    expect(await db.draft.count({ where: { reviewId: review.id } })).toBe(0);
  });
});

const latestDraftIdOf = async (id: string) => (await db.draft.findFirst({ where: { reviewId: id }, orderBy: { createdAt: "desc" } }))?.id ?? null;
