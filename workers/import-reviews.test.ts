import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { closeQueues, createQueues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { approveReply } from "@/lib/publishing/approve-reply";
import { markReplyPosted } from "@/lib/publishing/mark-posted";
import type { ImportSettings } from "@/lib/reviews/import/fields";
import { resumeStalledImports } from "@/lib/reviews/import/resume-imports";
import { startReviewImport } from "@/lib/reviews/import/start-import";
import { xlsxBytes } from "@/lib/reviews/import/testing";
import { uploadReviewImport } from "@/lib/reviews/import/upload-import";
import { createMember, createOrganization, createProperty } from "@/prisma/factories";
import { startWorkers, type RunningWorkers } from "./start-workers";

// An import through the real queue and worker: progress, drafts for the imported reviews, and the
// manual reply route (approve, post by hand, mark as posted) with its audit trail.
const db = createDb();
let workers: RunningWorkers;
let org: { id: string };
let manager: { id: string };
let property: { id: string };

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function uploadXlsx(rows: (string | number | Date)[][]) {
  const { id } = await uploadReviewImport(db, {
    organizationId: org.id, form: { propertyId: property.id, channel: "FACEBOOK" },
    file: { name: "facebook.xlsx", bytes: await xlsxBytes([["Date", "Rating", "Review", "Name"], ...rows]) }, actor: { kind: "USER", userId: manager.id },
  });
  const settings = (await db.reviewImport.findUniqueOrThrow({ where: { id } })).settings as unknown as ImportSettings;
  return { id, settings };
}

beforeAll(async () => {
  const slug = `import-worker-${randomUUID().slice(0, 8)}`;
  org = await createOrganization(db, { slug, name: "Import worker hotels" });
  manager = await createMember(db, { organizationId: org.id, email: `manager@${slug}.test`, name: "Ines Manager", role: "HOTEL_MANAGER", password: "test-password" });
  property = await createProperty(db, {
    organizationId: org.id, name: "Casa Azulejo Porto", city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon",
    languages: ["pt", "en"], signatoryName: "Inês Carvalho", signatoryTitle: "General Manager",
  });
  workers = startWorkers({ db, log: pino({ level: "silent" }), prefix: `${env.QUEUE_PREFIX}-importw-${randomUUID().slice(0, 8)}` });
});

afterAll(async () => {
  const queues = workers ? Object.values(workers.queues) : [];
  await Promise.all(queues.map((q) => q.obliterate({ force: true }).catch(() => undefined)));
  await workers?.close();
  // Its reviews would otherwise wait for drafts in the shared test database, for other files' sweeps to find.
  if (org) await db.organization.delete({ where: { id: org.id } });
  await db.$disconnect();
});

describe("an import through the workers", () => {
  it("imports 600 rows, queues a draft for every new review, and a reply goes out by hand with its audit trail", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [new Date(Date.UTC(2024, 0, 1 + (i % 300), 9)), (i % 5) + 1, `Stay number ${i}: the breakfast was good and the room was quiet.`, `Guest ${i}`]);
    const { id, settings } = await uploadXlsx(rows);
    await startReviewImport(db, workers.queues, { organizationId: org.id, importId: id, settings, actor: { kind: "USER", userId: manager.id } });
    const done = await until(() => db.reviewImport.findUniqueOrThrow({ where: { id } }), (i) => i.status === "DONE");
    expect(done).toMatchObject({ createdReviews: 600, processedRows: 600, failedRows: 0 });

    // Every new review queued for drafting, a page's worth per job (this test's queues are its own).
    const jobs = await workers.queues.draftReviews.getJobs(["waiting", "active", "completed", "delayed", "failed", "prioritized"]);
    const queued = jobs.flatMap((job) => (job.data as { reviewIds: string[] }).reviewIds);
    expect(new Set(queued).size).toBe(600);
    expect(queued).toHaveLength(600);

    // The first row's review is drafted first; staff approve it and post it by hand.
    const connection = await db.platformConnection.findFirstOrThrow({ where: { propertyId: property.id, platform: "MANUAL", externalLocationId: "Facebook" } });
    const first = await db.review.findFirstOrThrow({ where: { connectionId: connection.id, authorName: "Guest 0" } });
    const review = await until(() => db.review.findUniqueOrThrow({ where: { id: first.id }, include: { drafts: true } }), (r) => r.replyState === "DRAFTED", 60_000);
    const actor = { kind: "USER" as const, userId: manager.id };
    await approveReply(db, { reviewId: review.id, baseDraftId: review.drafts[0]!.id, text: review.drafts[0]!.text, actor });
    await markReplyPosted(db, { reviewId: review.id, actor });
    expect(await db.review.findUniqueOrThrow({ where: { id: review.id }, include: { reply: true } })).toMatchObject({ replyState: "PUBLISHED", reply: { platformStatus: "PUBLISHED" } });
    const actions = (await db.auditEvent.findMany({ where: { entityId: review.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["review.received", "draft.created", "reply.approved", "reply.marked_posted"]);
  }, 120_000);

  it("picks up a queued import whose job was lost", async () => {
    const { id, settings } = await uploadXlsx([[new Date(Date.UTC(2024, 5, 1, 9)), 5, "Lovely rooftop bar.", "Rita"]]);
    // Queued where no worker listens: as if Redis had lost the job before a worker took it.
    const redis = createRedis(env.REDIS_URL);
    const lost = createQueues(redis, `${env.QUEUE_PREFIX}-lost-${randomUUID().slice(0, 8)}`);
    await startReviewImport(db, lost, { organizationId: org.id, importId: id, settings, actor: { kind: "USER", userId: manager.id } });
    await Promise.all(Object.values(lost).map((q) => q.obliterate({ force: true })));
    await closeQueues(lost);
    redis.disconnect();
    // Other tests' imports share the database, so this watches its own import's job only.
    const jobOf = () => workers.queues.importReviews.getJob(`import-${id}`);
    await resumeStalledImports(db, workers.queues, 60_000);
    expect(await jobOf()).toBeUndefined(); // too recent to touch
    await db.reviewImport.update({ where: { id }, data: { updatedAt: new Date(Date.now() - 120_000) } });
    expect(await resumeStalledImports(db, workers.queues, 60_000)).toBeGreaterThanOrEqual(1);
    expect(await jobOf()).toBeDefined();
    await until(() => db.reviewImport.findUniqueOrThrow({ where: { id } }), (i) => i.status === "DONE");
  });
});
