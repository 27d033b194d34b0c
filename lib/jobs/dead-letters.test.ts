import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { draftJobId } from "../drafting/resume-drafts";
import { publishJobId } from "../publishing/request-publish";
import { createConnection, createHotelOnGoogle } from "@/prisma/factories";
import { markImportFailed } from "../reviews/import/run-import";
import { importJobId } from "../reviews/import/start-import";
import { listDeadLetters, retryDeadLetter } from "./dead-letters";
import { JOBS, type JobName } from "./definitions";
import { closeQueues, createQueues } from "./queues";
import { createRedis } from "./redis";

const db = createDb();
const redis = createRedis();
const prefix = `${env.QUEUE_PREFIX}-dead-${randomUUID().slice(0, 8)}`;
const queues = createQueues(redis, prefix);
const SECRET = "client-secret-of-hotel-a";

let a: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let b: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let c: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let draftReviewId: string;
let failedImportId: string;
let stalledImportId: string;
let yelpId: string;
let replyId: string;

const review = (t: typeof a, externalId: string, replyState: "AWAITING_DRAFT" | "FAILED") =>
  db.review.create({
    data: {
      organizationId: t.organization.id, propertyId: t.property.id, connectionId: t.connection.id, platform: "GOOGLE", externalId, authorName: "Ana",
      rating: 2, platformRating: 2, platformScale: 5, text: "Cold room.", publishedAt: new Date(), platformUpdatedAt: new Date(), replyState, raw: {},
    },
  });

/** An import of a Yelp file into hotel C, as the upload and the start of an import leave it. */
const yelpImport = (status: "RUNNING" | "DONE", fileName = "yelp-2023.csv") =>
  db.reviewImport.create({
    data: {
      organizationId: c.organization.id, propertyId: c.property.id, connectionId: yelpId, channel: "YELP", channelName: "Yelp", fileName, fileFormat: "csv",
      totalRows: 1, status, sheet: { format: "csv", headers: ["Date", "Review"], rows: [{ rowNumber: 2, cells: ["05.03.2024", "Lovely"] }] },
    },
  });

/** Adds jobs with one attempt and lets a worker fail each with the given reason. */
async function fail(name: JobName, jobs: { data: Record<string, unknown>; jobId?: string; reason: string }[]) {
  const reasons = new Map<string, string>();
  for (const j of jobs) {
    const job = await queues[name].add(name, j.data, { attempts: 1, ...(j.jobId ? { jobId: j.jobId } : {}) });
    reasons.set(job.id!, j.reason);
  }
  const before = await queues[name].getFailedCount();
  const connection = createRedis();
  const worker = new Worker(JOBS[name].queue, async (job) => {
    throw new Error(reasons.get(job.id!) ?? "unexpected job");
  }, { connection, prefix });
  for (let i = 0; i < 200 && (await queues[name].getFailedCount()) < before + jobs.length; i++) await new Promise((r) => setTimeout(r, 25));
  await worker.close();
  connection.disconnect();
}

beforeAll(async () => {
  const credentials = { clientId: "client-a", clientSecret: SECRET, refreshToken: "refresh-token-of-hotel-a" };
  a = await createHotelOnGoogle(db, { slug: `dl-a-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials });
  b = await createHotelOnGoogle(db, { slug: `dl-b-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/2", credentials: { clientId: "b", clientSecret: "b-secret", refreshToken: "b-rt" } });
  draftReviewId = (await review(a, "r-draft", "AWAITING_DRAFT")).id;
  const failedReview = await review(a, "r-publish", "FAILED");
  replyId = (await db.reply.create({
    data: { organizationId: a.organization.id, reviewId: failedReview.id, text: "We are sorry.", approvedById: a.manager.id, approvedAt: new Date(), platformStatus: "FAILED", lastError: "Google is unavailable" },
  })).id;
  const reply = await db.reply.findUniqueOrThrow({ where: { id: replyId } });

  await fail("pollConnection", [
    { data: { connectionId: a.connection.id }, reason: `Google refused access while listing reviews, client_secret=${SECRET}` },
    { data: { connectionId: a.connection.id }, reason: `Could not reach Google. Authorization: Bearer ya29.tokentokentoken (${SECRET})` },
    { data: { connectionId: b.connection.id }, reason: "Hotel B's problem" },
    { data: { nonsense: true }, reason: "A payload no schema accepts" },
  ]);
  c = await createHotelOnGoogle(db, { slug: `dl-c-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/3", credentials: { clientId: "c", clientSecret: "c-secret", refreshToken: "c-rt" } });
  yelpId = (await createConnection(db, { organizationId: c.organization.id, propertyId: c.property.id, platform: "MANUAL", externalLocationId: "Yelp", credentials: {} })).id;
  failedImportId = (await yelpImport("RUNNING")).id;
  // Its last attempt failed: the worker marks it failed, which drops the file.
  await markImportFailed(db, failedImportId, "The import stopped because of an error on our side. Upload the file again to retry; reviews already imported stay.");
  // Its job died without the worker seeing it (stalled too often): still running, file still held.
  stalledImportId = (await yelpImport("RUNNING", "yelp-2024.csv")).id;
  await fail("importReviews", [
    { data: { importId: failedImportId }, jobId: importJobId(failedImportId), reason: "Can't reach database server at postgresql://lobby:hunter2-db-password@db.internal:5432/lobby" },
    { data: { importId: stalledImportId }, jobId: importJobId(stalledImportId), reason: "job stalled more than allowable limit" },
  ]);
  await fail("draftReply", [{ data: { reviewId: draftReviewId }, jobId: draftJobId(draftReviewId), reason: "The drafting service timed out" }]);
  await fail("publishReply", [{ data: { replyId }, jobId: publishJobId(reply), reason: "Google is unavailable while publishing the reply [HTTP 503]" }]);
});

afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  await closeQueues(queues);
  redis.disconnect();
  await db.$disconnect();
});

const actor = () => ({ kind: "USER" as const, userId: a.manager.id });

describe("the dead-letter view", () => {
  it("shows an organization its own failed jobs only, grouped, newest first, with sanitised reasons", async () => {
    const letters = await listDeadLetters(db, queues, a.organization.id);
    expect(letters.map((l) => l.key).sort()).toEqual([`draftReply:${draftReviewId}`, `pollConnection:${a.connection.id}`, `publishReply:${replyId}`].sort());
    const poll = letters.find((l) => l.job === "pollConnection")!;
    expect(poll).toMatchObject({ what: "Reading reviews", subject: "Google · Casa Azulejo Lisboa", failures: 2, attemptsMade: 1, maxAttempts: 1, reviewId: null, blocked: null });
    expect(letters.find((l) => l.job === "publishReply")).toMatchObject({ what: "Publishing a reply", subject: "Review by Ana · Google · Casa Azulejo Lisboa", reason: "Google is unavailable while publishing the reply [HTTP 503]" });
    for (const letter of letters) {
      expect(letter.reason).not.toContain(SECRET);
      expect(letter.reason).not.toContain("ya29.tokentokentoken");
    }
    expect(letters.map((l) => l.failedAt.getTime())).toEqual([...letters.map((l) => l.failedAt.getTime())].sort((x, y) => y - x));

    const theirs = await listDeadLetters(db, queues, b.organization.id);
    expect(theirs.map((l) => [l.key, l.reason])).toEqual([[`pollConnection:${b.connection.id}`, "Hotel B's problem"]]);
  });

  it("refuses to retry another organization's failed job", async () => {
    await expect(retryDeadLetter(db, queues, b.organization.id, `publishReply:${replyId}`, actor())).rejects.toThrow("no longer waiting for a retry");
    await expect(retryDeadLetter(db, queues, a.organization.id, "publishReply:../../etc", actor())).rejects.toThrow("Unknown failed job.");
    expect((await db.reply.findUniqueOrThrow({ where: { id: replyId } })).platformStatus).toBe("FAILED");
  });

  it("hides a connection's failures once a later poll went through, and blocks retrying a paused one", async () => {
    await db.platformConnection.update({ where: { id: a.connection.id }, data: { status: "PAUSED" } });
    const paused = (await listDeadLetters(db, queues, a.organization.id)).find((l) => l.job === "pollConnection");
    expect(paused?.blocked).toMatch(/paused/);
    await expect(retryDeadLetter(db, queues, a.organization.id, paused!.key, actor())).rejects.toThrow(/resume it/);

    await db.platformConnection.update({ where: { id: a.connection.id }, data: { status: "ACTIVE", lastError: null, lastPolledAt: new Date(Date.now() + 1000) } });
    expect((await listDeadLetters(db, queues, a.organization.id)).some((l) => l.job === "pollConnection")).toBe(false);
    await db.platformConnection.update({ where: { id: a.connection.id }, data: { lastError: "Google is unavailable", lastPolledAt: new Date(Date.now() - 60_000) } });
  });

  it("clears, without queuing anything, a failure that recovered on its own after the page was drawn", async () => {
    await db.platformConnection.update({ where: { id: b.connection.id }, data: { lastError: null, lastPolledAt: new Date(Date.now() + 1000) } });
    expect(await retryDeadLetter(db, queues, b.organization.id, `pollConnection:${b.connection.id}`, { kind: "USER", userId: b.manager.id })).toBe("recovered");
    expect((await queues.pollConnection.getFailed()).filter((j) => j.data.connectionId === b.connection.id)).toHaveLength(0);
    expect(await queues.pollConnection.getJob(`retry-poll-${b.connection.id}`)).toBeUndefined();
  });

  it("retries a poll as one fresh job, removing the failed ones, with an audit event", async () => {
    expect(await retryDeadLetter(db, queues, a.organization.id, `pollConnection:${a.connection.id}`, actor())).toBe("queued");
    const failed = (await queues.pollConnection.getFailed()).filter((j) => j.data.connectionId === a.connection.id);
    expect(failed).toHaveLength(0);
    const retry = await queues.pollConnection.getJob(`retry-poll-${a.connection.id}`);
    expect(retry?.data).toEqual({ connectionId: a.connection.id });
    expect(await retry?.getState()).toBe("waiting");
    expect(await db.auditEvent.findFirst({ where: { entityId: a.connection.id, action: "job.retried" } })).toMatchObject({ actorUserId: a.manager.id, data: { job: "pollConnection", failures: 2 } });
    // A second click while the retry waits queues nothing more (and says the failure is gone).
    await expect(retryDeadLetter(db, queues, a.organization.id, `pollConnection:${a.connection.id}`, actor())).rejects.toThrow("no longer waiting");
  });

  it("retries a failed publish: the reply is approved-and-not-sent again and its job is queued afresh", async () => {
    await retryDeadLetter(db, queues, a.organization.id, `publishReply:${replyId}`, actor());
    const reply = await db.reply.findUniqueOrThrow({ where: { id: replyId }, include: { review: true } });
    expect(reply).toMatchObject({ platformStatus: "NOT_SENT", lastError: null, review: { replyState: "APPROVED" } });
    expect(await (await queues.publishReply.getJob(publishJobId(reply)))?.getState()).toBe("waiting");
    expect((await listDeadLetters(db, queues, a.organization.id)).map((l) => l.job)).toEqual(["draftReply"]);
  });

  it("retries a failed draft under the draft's own job id", async () => {
    await retryDeadLetter(db, queues, a.organization.id, `draftReply:${draftReviewId}`, actor());
    expect(await (await queues.draftReply.getJob(draftJobId(draftReviewId)))?.getState()).toBe("waiting");
    expect(await listDeadLetters(db, queues, a.organization.id)).toEqual([]);
  });
});

describe("failed imports on the dead-letter view", () => {
  it("lists a failed import with its file, channel and property and a sanitised reason, to its own organization only", async () => {
    const letters = await listDeadLetters(db, queues, c.organization.id);
    expect(letters.map((l) => l.key).sort()).toEqual([`importReviews:${failedImportId}`, `importReviews:${stalledImportId}`].sort());
    const failed = letters.find((l) => l.importId === failedImportId)!;
    expect(failed).toMatchObject({ job: "importReviews", what: "Importing reviews", subject: "yelp-2023.csv · Yelp · Casa Azulejo Lisboa", reviewId: null, uploadAgain: true, failures: 1, blocked: null });
    expect(failed.reason).toBe("Can't reach database server at postgresql://lobby:[redacted]@db.internal:5432/lobby");
    expect(letters.find((l) => l.importId === stalledImportId)).toMatchObject({ subject: "yelp-2024.csv · Yelp · Casa Azulejo Lisboa", uploadAgain: false, reason: "job stalled more than allowable limit" });
    expect((await listDeadLetters(db, queues, b.organization.id)).some((l) => l.job === "importReviews")).toBe(false);
    await expect(retryDeadLetter(db, queues, b.organization.id, `importReviews:${stalledImportId}`, { kind: "USER", userId: b.manager.id })).rejects.toThrow("no longer waiting");
  });

  it("sends a failed import that dropped its file to its page to be uploaded again, queuing nothing", async () => {
    const actorC = { kind: "USER" as const, userId: c.manager.id };
    await expect(retryDeadLetter(db, queues, c.organization.id, `importReviews:${failedImportId}`, actorC)).rejects.toThrow(/upload the file again/);
    expect(await (await queues.importReviews.getJob(importJobId(failedImportId)))?.getState()).toBe("failed");
  });

  it("runs an import that still holds its file again as a fresh job under the import's id, with an audit event", async () => {
    const actorC = { kind: "USER" as const, userId: c.manager.id };
    expect(await retryDeadLetter(db, queues, c.organization.id, `importReviews:${stalledImportId}`, actorC)).toBe("queued");
    const job = await queues.importReviews.getJob(importJobId(stalledImportId));
    expect(job?.data).toEqual({ importId: stalledImportId });
    expect(await job?.getState()).toBe("waiting");
    expect(job?.opts.attempts).toBe(JOBS.importReviews.options.attempts);
    expect(await db.auditEvent.findFirst({ where: { entityType: "import", entityId: stalledImportId, action: "job.retried" } })).toMatchObject({ actorUserId: c.manager.id, data: { job: "importReviews", failures: 1 } });
    expect((await listDeadLetters(db, queues, c.organization.id)).map((l) => l.importId)).toEqual([failedImportId]);
  });

  it("hides a failed import once the same file was imported into the same channel after the failure", async () => {
    const other = await yelpImport("DONE", "yelp-other.csv");
    await db.reviewImport.update({ where: { id: other.id }, data: { finishedAt: new Date(Date.now() + 1000), sheet: undefined } });
    expect((await listDeadLetters(db, queues, c.organization.id)).map((l) => l.importId)).toEqual([failedImportId]);
    const again = await yelpImport("DONE");
    await db.reviewImport.update({ where: { id: again.id }, data: { finishedAt: new Date(Date.now() + 1000) } });
    expect(await listDeadLetters(db, queues, c.organization.id)).toEqual([]);
  });
});
