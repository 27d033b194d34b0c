import { randomUUID } from "node:crypto";
import type { Job } from "bullmq";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Queues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { expediaSignature } from "@/lib/platforms/expedia/push";
import { until, webhookReceiver } from "@/lib/platforms/testing";
import { approveReply } from "@/lib/publishing/approve-reply";
import { publishReply } from "@/lib/publishing/publish-reply";
import { pollConnection } from "@/lib/reviews/poll-connection";
import { createConnection, createHotelOnGoogle, createProperty } from "@/prisma/factories";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "@/sandbox/expedia/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { processors } from "@/workers/processors";

// The sandbox sends Expedia's signed notifications to this route, served by a small HTTP server;
// the route queues its jobs on queues of this test's own, and the test runs the worker's processor.
const holder = vi.hoisted(() => ({ queues: undefined as Queues | undefined }));
vi.mock("@/lib/jobs/queues", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/jobs/queues")>();
  return {
    ...actual,
    appQueues: () => {
      if (!holder.queues) throw new Error("queues not ready");
      return holder.queues;
    },
  };
});
const { closeQueues, createQueues } = await import("@/lib/jobs/queues");
const { POST } = await import("./route");

const redis = createRedis();
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
let sandbox: RunningSandbox;
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let ids: { lisbon: string; munich: string };
const { lisbon: LISBON, munich: MUNICH } = EXPEDIA_SANDBOX_PROPERTIES;
const overrides = () => ({ endpoints: sandboxEndpoints(sandbox.url) });
const queues = () => {
  if (!holder.queues) throw new Error("queues not ready");
  return holder.queues;
};

beforeAll(async () => {
  holder.queues = createQueues(redis, `${env.QUEUE_PREFIX}-exp-route-${randomUUID().slice(0, 8)}`);
  receiver = await webhookReceiver(POST);
  sandbox = await startSandbox({ pushUrl: receiver.url, expediaNotificationSecret: env.EXPEDIA_NOTIFICATION_SECRET });
  // Moderators decide only when the test says so.
  expect((await sandbox.admin("/_sandbox/expedia/config", { moderationDelayMs: 0 })).status).toBe(200);
  tenant = await createHotelOnGoogle(db, { slug: `exp-route-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} });
  const munichHotel = await createProperty(db, {
    organizationId: tenant.organization.id, name: "Hotel Isarblick München", city: "Munich", country: "Germany", timeZone: "Europe/Berlin", languages: ["de"], signatoryName: "M", signatoryTitle: "GM",
  });
  const connect = (propertyId: string, property: string) =>
    createConnection(db, { organizationId: tenant.organization.id, propertyId, platform: "EXPEDIA", externalLocationId: property, credentials: EXPEDIA_SANDBOX_CREDENTIALS });
  ids = { lisbon: (await connect(tenant.property.id, LISBON.id)).id, munich: (await connect(munichHotel.id, MUNICH.id)).id };
});
afterAll(async () => {
  await sandbox.sandbox.close();
  await receiver.close();
  if (holder.queues) {
    await holder.queues.pollConnection.obliterate({ force: true });
    await holder.queues.draftReply.obliterate({ force: true });
    await holder.queues.draftReviews.obliterate({ force: true });
    await closeQueues(holder.queues);
  }
  redis.disconnect();
  await db.$disconnect();
});

const pollJobs = async (connectionId: string) => (await queues().pollConnection.getJobs(["waiting", "delayed"])).filter((j) => j.data.connectionId === connectionId);
const events = () => receiver.received.map((r) => [(r.request as { eventType: string }).eventType, r.status]);

describe("Expedia notifications", () => {
  it("a new review queues an immediate poll of the connection that follows its property, and only that one", async () => {
    const res = await sandbox.admin("/_sandbox/expedia/reviews", { propertyId: LISBON.id, overall: 9, firstName: "Ana", body: "Quarto impecável e pequeno-almoço excelente." });
    expect(res.status).toBe(201);
    const jobs = await until(() => pollJobs(ids.lisbon), (j) => j.length > 0);
    expect(jobs.map((j) => j.data)).toEqual([{ connectionId: ids.lisbon }]);
    expect(await pollJobs(ids.munich)).toEqual([]);
    await until(() => receiver.received.length, (n) => n >= 2);
    // Expedia's review is readable once approved: only ReviewsApproved asks for a poll (the two may arrive in either order).
    expect(events().sort()).toEqual([["GuestReviewSubmitted", 200], ["ReviewsApproved", 200]]);
    const submitted = receiver.received.find((r) => (r.request as { eventType: string }).eventType === "GuestReviewSubmitted");
    expect(submitted?.answer).toEqual({ polled: 0 });
  });

  it("a moderation decision on Lobby's reply is read at once, without waiting for housekeeping", async () => {
    await pollConnection(db, ids.munich, overrides());
    const review = await db.review.findFirstOrThrow({ where: { connectionId: ids.munich, replyState: "AWAITING_DRAFT", text: { not: null } }, orderBy: { publishedAt: "desc" } });
    const { reply } = await approveReply(db, { reviewId: review.id, baseDraftId: null, text: "Vielen Dank für Ihren Besuch!", actor: { kind: "USER", userId: tenant.manager.id } });
    expect(await publishReply(db, reply.id, { finalAttempt: true, connectorOverrides: overrides() })).toBe("published");
    expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ platformStatus: "PENDING" });

    expect((await sandbox.admin(`/_sandbox/expedia/reviews/${review.externalId}/moderate`, { decision: "APPROVED" })).status).toBe(200);
    const [job] = await until(() => pollJobs(ids.munich).then((j) => j.filter((x) => x.data.replyStatusOf)), (j) => j.length > 0);
    expect(job?.data).toEqual({ connectionId: ids.munich, replyStatusOf: review.externalId });
    expect(await until(() => events().find((e) => e[0] === "ReviewsManagementResponseApproved"), (e) => e !== undefined)).toEqual(["ReviewsManagementResponseApproved", 200]);

    // What the worker does with that job.
    await processors.pollConnection({ data: job?.data } as Job, { db, queues: queues(), log: pino({ level: "silent" }), connectorOverrides: overrides() });
    expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ platformStatus: "PUBLISHED" });
    const audit = await db.auditEvent.findMany({ where: { entityId: review.id, action: "reply.approved_by_platform" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses an unsigned, forged or replayed notification with the same 401, and a signed one it cannot read with 400", async () => {
    const body = JSON.stringify({ eventId: "e-1", eventType: "ReviewsApproved", payload: { propertyId: LISBON.id, reviewId: "r" } });
    const post = (headers: Record<string, string>, raw = body) =>
      POST(new Request("http://lobby.test/api/webhooks/expedia", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: raw }));
    const sign = (raw: string, at = Date.now()) => {
      const timestamp = String(Math.floor(at / 1000));
      return { "x-expedia-timestamp": timestamp, "x-expedia-signature": expediaSignature(env.EXPEDIA_NOTIFICATION_SECRET, timestamp, raw) };
    };
    const refused = [
      await post({}),
      await post(sign(body.replace("ReviewsApproved", "GuestReviewSubmitted"))), // signed for another body
      await post(sign(body, Date.now() - 60 * 60_000)), // replayed an hour later
      await post({ ...sign(body), "x-expedia-signature": "f".repeat(64) }),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(await Promise.all(refused.map((r) => r.json()))).toEqual(Array(4).fill({ error: "unauthorized" }));
    expect((await post(sign("{oops"), "{oops")).status).toBe(400);
    expect((await post(sign(body))).status).toBe(200);
  });
});
