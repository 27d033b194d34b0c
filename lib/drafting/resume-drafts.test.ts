import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { closeQueues, createQueues, type Queues } from "../jobs/queues";
import { createRedis } from "../jobs/redis";
import { createHotelOnGoogle } from "@/prisma/factories";
import { Worker } from "bullmq";
import { JOBS } from "../jobs/definitions";
import { draftJobId, FAILED_DRAFT_REST_MS, queueDrafts, resumeStalledDrafts } from "./resume-drafts";

// After Redis lost its jobs (restarted without persistence), the reviews waiting for a draft are
// found in the database and queued again: all of them, in one housekeeping round.

const db = createDb();
let queues: Queues;
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
const WAITING = 1_234;

beforeAll(async () => {
  queues = createQueues(createRedis(), `${env.QUEUE_PREFIX}-resume-${randomUUID().slice(0, 8)}`);
  tenant = await createHotelOnGoogle(db, { slug: `resume-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/9", credentials: {} });
  const at = new Date("2026-10-01T10:00:00Z");
  await db.review.createMany({
    data: Array.from({ length: WAITING }, (_, i) => ({
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE" as const,
      externalId: `lost-${i}`, authorName: "Guest", rating: 4, platformScale: 5, text: "Lovely stay.", publishedAt: at, platformUpdatedAt: at, raw: {},
    })),
  });
});

afterAll(async () => {
  for (const queue of Object.values(queues)) await queue.obliterate({ force: true });
  await closeQueues(queues);
  await db.organization.delete({ where: { id: tenant.organization.id } });
  await db.$disconnect();
});

describe("resuming drafts whose jobs were lost", () => {
  it("queues every waiting review in one call, well past one batch, and none twice", async () => {
    const mine = await db.review.findMany({ where: { connectionId: tenant.connection.id }, select: { id: true } });
    expect(mine).toHaveLength(WAITING);
    // Other test files' waiting reviews share the database: count at least ours.
    expect(await resumeStalledDrafts(db, queues, 0)).toBeGreaterThanOrEqual(WAITING);
    const queued = await Promise.all(mine.map((r) => queues.draftReply.getJob(draftJobId(r.id))));
    expect(queued.filter((job) => job === undefined)).toHaveLength(0);

    // Nothing is queued again while the jobs wait their turn.
    const waiting = await queues.draftReply.getJobCountByTypes("waiting");
    expect(await resumeStalledDrafts(db, queues, 0)).toBe(0);
    expect(await queues.draftReply.getJobCountByTypes("waiting")).toBe(waiting);
  });

  it("leaves reviews alone until they have been quiet for a while", async () => {
    const fresh = await db.review.create({
      data: {
        organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
        externalId: "just-stored", authorName: "Guest", rating: 5, platformScale: 5, text: "Great.", publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
      },
    });
    await resumeStalledDrafts(db, queues, 60_000);
    expect(await queues.draftReply.getJob(draftJobId(fresh.id))).toBeUndefined();
  });

  it("leaves alone reviews that a page's draft job still holds, and takes them back once it is gone", async () => {
    const at = new Date("2026-10-02T10:00:00Z");
    const page = await db.review.createManyAndReturn({
      data: Array.from({ length: 3 }, (_, i) => ({
        organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE" as const,
        externalId: `paged-${i}`, authorName: "Guest", rating: 3, platformScale: 5, text: "Fine.", publishedAt: at, platformUpdatedAt: at, raw: {},
      })),
      select: { id: true },
    });
    const ids = page.map((r) => r.id);
    const [job] = await queueDrafts(queues, ids);
    await resumeStalledDrafts(db, queues, 0);
    expect(await Promise.all(ids.map((id) => queues.draftReply.getJob(draftJobId(id))))).toEqual([undefined, undefined, undefined]);

    await job!.remove(); // as if Redis had lost it
    await resumeStalledDrafts(db, queues, 0);
    expect((await Promise.all(ids.map((id) => queues.draftReply.getJob(draftJobId(id))))).every(Boolean)).toBe(true);
  });
});

describe("queueing a page's drafts", () => {
  it("puts a hundred reviews in each job, and queueing the same page again adds nothing", async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `review-${i}`);
    const first = await queueDrafts(queues, ids);
    expect(first.map((job) => (job.data as { reviewIds: string[] }).reviewIds.length)).toEqual([100, 100, 50]);
    const again = await queueDrafts(queues, ids);
    expect(again.map((job) => job.id)).toEqual(first.map((job) => job.id));
    const waiting = await queues.draftReviews.getJobs(["waiting"]);
    expect(waiting.filter((job) => (job.data as { reviewIds: string[] }).reviewIds.includes("review-0"))).toHaveLength(1);
    for (const job of first) await job.remove();
  });
});

describe("a review whose draft job failed for good", () => {
  it("stays failed (on the Failed jobs page) for an hour, then is tried afresh", async () => {
    const at = new Date("2026-10-04T10:00:00Z");
    const review = await db.review.create({
      data: {
        organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE",
        externalId: "failed-for-good", authorName: "Guest", rating: 2, platformScale: 5, text: "Cold room.", publishedAt: at, platformUpdatedAt: at, raw: {},
      },
    });
    await queues.draftReply.add("draftReply", { reviewId: review.id }, { attempts: 1, jobId: draftJobId(review.id) });
    const connection = createRedis();
    const worker = new Worker(JOBS.draftReply.queue, async () => { throw new Error("database unreachable"); }, { connection, prefix: queues.draftReply.opts.prefix! });
    const job = () => queues.draftReply.getJob(draftJobId(review.id));
    for (let i = 0; i < 200 && (await (await job())?.getState()) !== "failed"; i++) await new Promise((r) => setTimeout(r, 25));
    await worker.close();
    connection.disconnect();
    expect(await (await job())?.getState()).toBe("failed");

    await resumeStalledDrafts(db, queues, 0);
    expect(await (await job())?.getState()).toBe("failed");

    // An hour and a bit later (the job's failure moved back in time rather than the clock forward).
    const failed = (await job())!;
    const redis = createRedis();
    await redis.hset(`${queues.draftReply.opts.prefix}:${JOBS.draftReply.queue}:${failed.id}`, "finishedOn", String(Date.now() - FAILED_DRAFT_REST_MS - 60_000));
    redis.disconnect();
    await resumeStalledDrafts(db, queues, 0);
    expect(await (await job())?.getState()).toBe("waiting");
  });
});
