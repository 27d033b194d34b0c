import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { closeQueues, createQueues, type Queues } from "../jobs/queues";
import { createRedis } from "../jobs/redis";
import { sandboxEndpoints } from "../platforms/endpoints";
import type { Throttle } from "../platforms/throttle";
import { pollConnection } from "../reviews/poll-connection";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { approveReply } from "./approve-reply";
import { PUBLISH_LEASE_MS, publishReply } from "./publish-reply";
import { resumeStalledPublishes } from "./request-publish";
import { replyInReviewLanguage } from "./testing";

// Two attempts at one publish running at once: the first one's job was lost (Redis restarted, or
// its lock ran out while its worker was starved) while it still waited for the platform's budget,
// so housekeeping queued the publish again. Only one of them may write to the platform.

const db = createDb();
let sandbox: RunningSandbox;
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let queues: Queues;

const writesTo = (externalId: string) => sandbox.sandbox.state.faults.ledger.snapshot().replyWrites.google?.[externalId] ?? 0;

async function approvedReply() {
  const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "AWAITING_DRAFT", text: { not: null } }, orderBy: { externalId: "asc" } });
  const text = await replyInReviewLanguage(db, review.id, "Thank you for staying with us and for your kind words.");
  const { reply } = await approveReply(db, { reviewId: review.id, text, baseDraftId: null, actor: { kind: "USER", userId: tenant.manager.id } });
  return { reply, review };
}

/** A platform budget that holds the first call it is asked for until released, like a long queue for it. */
function heldThrottle() {
  let release: () => void = () => undefined;
  let reached: () => void = () => undefined;
  const released = new Promise<void>((r) => (release = r));
  const waiting = new Promise<void>((r) => (reached = r));
  let first = true;
  const throttle: Throttle = async () => {
    if (!first) return;
    first = false;
    reached();
    await released;
  };
  return { throttle, waiting, release };
}

beforeAll(async () => {
  queues = createQueues(createRedis(), `${env.QUEUE_PREFIX}-lease-${randomUUID().slice(0, 8)}`);
  sandbox = await startSandbox();
  tenant = await createHotelOnGoogle(db, { slug: `lease-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT });
  await pollConnection(db, tenant.connection.id, { endpoints: sandboxEndpoints(sandbox.url) });
});

afterAll(async () => {
  for (const queue of Object.values(queues)) await queue.obliterate({ force: true });
  await closeQueues(queues);
  await sandbox.sandbox.close();
  await db.$disconnect();
});

describe("publishing while an earlier attempt may still be running", () => {
  it("lets another attempt publish only once the first has been silent for its lease, and the first then sends nothing", async () => {
    const { reply, review } = await approvedReply();
    const endpoints = sandboxEndpoints(sandbox.url);
    const held = heldThrottle();
    const first = publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: { endpoints, throttle: held.throttle } });
    await held.waiting; // claimed, and waiting for the platform's budget

    // The re-queued job while the first is fresh: the reply is taken, nothing happens.
    expect(await publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: { endpoints } })).toBe("not-approved");
    expect(writesTo(review.externalId)).toBe(0);

    // The first has been silent for longer than its lease: housekeeping hands the claim back and
    // queues the publish again, and that attempt publishes.
    await db.$executeRaw`UPDATE "Reply" SET "updatedAt" = ${new Date(Date.now() - PUBLISH_LEASE_MS - 1_000)} WHERE id = ${reply.id}`;
    expect(await resumeStalledPublishes(db, queues)).toBeGreaterThanOrEqual(1);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("APPROVED");
    expect(await publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: { endpoints } })).toBe("published");
    expect(writesTo(review.externalId)).toBe(1);

    // The first wakes up: it finds it no longer holds the publish, and sends nothing.
    held.release();
    expect(await first).toBe("superseded");
    expect(writesTo(review.externalId)).toBe(1);
    expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ platformStatus: "PUBLISHED", lastError: null });
    expect(await db.auditEvent.count({ where: { entityId: review.id, action: "reply.published" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: review.id, action: "reply.publish_failed" } })).toBe(0);
  });

  it("lets the job retry itself at once after a failure it will retry", async () => {
    const { reply, review } = await approvedReply();
    const endpoints = sandboxEndpoints(sandbox.url);
    await sandbox.admin("/_sandbox/faults", { google: { status: 503, count: 1 } });
    await expect(publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: { endpoints } })).rejects.toMatchObject({ retryable: true });
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("APPROVED");
    expect(await publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: { endpoints } })).toBe("published");
    expect(writesTo(review.externalId)).toBe(1);
  });
});
