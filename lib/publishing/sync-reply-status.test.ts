import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { sandboxEndpoints } from "../platforms/endpoints";
import { pollConnection } from "../reviews/poll-connection";
import { createConnection, createHotelOnGoogle } from "@/prisma/factories";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "@/sandbox/expedia/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { approveReply } from "./approve-reply";
import { publishReply } from "./publish-reply";
import { syncPendingReplies } from "./sync-reply-status";
import { replyInReviewLanguage } from "./testing";

// Expedia moderates management responses: PENDING first, then APPROVED or REJECTED, synced back.
const db = createDb();
let sandbox: RunningSandbox;
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
const overrides = () => ({ endpoints: sandboxEndpoints(sandbox.url) });

beforeAll(async () => {
  sandbox = await startSandbox();
  // Moderators decide only when the test says so.
  expect((await sandbox.admin("/_sandbox/expedia/config", { moderationDelayMs: 0 })).status).toBe(200);
  tenant = await createHotelOnGoogle(db, { slug: `mod-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/3", credentials: {} });
});
afterAll(async () => {
  await sandbox.sandbox.close();
  await db.$disconnect();
});

async function publishPending(reviewId: string, text: string) {
  const inLanguage = await replyInReviewLanguage(db, reviewId, text);
  const { reply } = await approveReply(db, { reviewId, baseDraftId: null, text: inLanguage, actor: { kind: "USER", userId: tenant.manager.id } });
  expect(await publishReply(db, reply.id, { finalAttempt: true, connectorOverrides: overrides() })).toBe("published");
  expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ platformStatus: "PENDING" });
  return reply;
}

describe("moderated replies", () => {
  it("records the platform's approval and rejection; a rejected reply goes back to staff", async () => {
    const connection = await createConnection(db, {
      organizationId: tenant.organization.id, propertyId: tenant.property.id, platform: "EXPEDIA", externalLocationId: EXPEDIA_SANDBOX_PROPERTIES.lisbon.id, credentials: EXPEDIA_SANDBOX_CREDENTIALS,
    });
    await pollConnection(db, connection.id, overrides());
    const [first, second] = await db.review.findMany({ where: { connectionId: connection.id, replyState: "AWAITING_DRAFT", text: { not: null } }, orderBy: { publishedAt: "desc" }, take: 2 });
    const approved = await publishPending(first!.id, "Thank you for your stay with us!");
    const rejected = await publishPending(second!.id, "Thank you for staying with us.");

    expect(await syncPendingReplies(db, overrides())).toMatchObject({ approved: 0, rejected: 0 });
    for (const [review, decision] of [[first!, "APPROVED"], [second!, "REJECTED"]] as const) {
      expect((await sandbox.admin(`/_sandbox/expedia/reviews/${review.externalId}/moderate`, { decision })).status).toBe(200);
    }
    expect(await syncPendingReplies(db, overrides())).toMatchObject({ approved: 1, rejected: 1 });

    expect(await db.reply.findUniqueOrThrow({ where: { id: approved.id } })).toMatchObject({ platformStatus: "PUBLISHED" });
    expect(await db.reply.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({ platformStatus: "REJECTED", lastError: "The platform's moderators rejected this reply" });
    expect((await db.review.findUniqueOrThrow({ where: { id: second!.id } })).replyState).toBe("FAILED");
    const actions = (await db.auditEvent.findMany({ where: { entityId: { in: [first!.id, second!.id] } } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["reply.approved_by_platform", "reply.rejected_by_platform"]));
    // Nothing left pending: another round reads nothing.
    expect((await syncPendingReplies(db, overrides())).checked).toBe(0);
  });
});
