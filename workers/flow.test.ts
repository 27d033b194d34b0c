import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/queues";
import { approveReply } from "@/lib/publishing/approve-reply";
import { saveDraft } from "@/lib/publishing/save-draft";
import { publishReply } from "@/lib/publishing/publish-reply";
import { resumeStalledDrafts } from "@/lib/drafting/resume-drafts";
import { requestPublish, resumeStalledPublishes } from "@/lib/publishing/request-publish";
import { pollConnection } from "@/lib/reviews/poll-connection";
import { replyInReviewLanguage } from "@/lib/publishing/testing";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { startWorkers, type RunningWorkers } from "./start-workers";

// The walking skeleton through its real parts: sandbox HTTP, BullMQ on Redis, PostgreSQL.
const db = createDb();
let sandbox: RunningSandbox;
let workers: RunningWorkers;
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
const LOCATION = GOOGLE_SANDBOX_LOCATIONS.lisbon.name;

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Approves as the manager would from the editor: starting from the review's latest draft. English text
 * for a review in another language becomes a thank-you in that language (approval refuses the mismatch).
 */
async function approve(reviewId: string, text: string, options: { asIs?: boolean } = {}) {
  const latest = await db.draft.findFirst({ where: { reviewId }, orderBy: { createdAt: "desc" } });
  const inLanguage = options.asIs ? text : await replyInReviewLanguage(db, reviewId, text);
  const { reply } = await approveReply(db, { reviewId, text: inLanguage, baseDraftId: latest?.id ?? null, actor: { kind: "USER", userId: tenant.manager.id } });
  return reply;
}

async function seededLocationReviews() {
  const res = await sandbox.google(`/v4/${LOCATION}/reviews?pageSize=50`);
  return ((await res.json()) as { reviews: { reviewId: string; reviewReply?: { comment: string } }[] }).reviews;
}

const overrides = () => ({ endpoints: sandboxEndpoints(sandbox.url) });

beforeAll(async () => {
  sandbox = await startSandbox();
  tenant = await createHotelOnGoogle(db, { slug: `flow-${randomUUID().slice(0, 8)}`, locationName: LOCATION, credentials: GOOGLE_SANDBOX_CLIENT });
  workers = startWorkers({ db, log: pino({ level: "silent" }), prefix: `${env.QUEUE_PREFIX}-flow-${randomUUID().slice(0, 8)}`, connectorOverrides: overrides() });
});

afterAll(async () => {
  await workers?.close();
  await sandbox?.sandbox.close();
  await db.$disconnect();
});

describe("a review from Google to a published reply", () => {
  it("polls the sandbox, stores every review once and drafts each unanswered one", async () => {
    const onGoogle = await seededLocationReviews();
    const unanswered = onGoogle.filter((r) => !r.reviewReply).length;
    await enqueue(workers.queues, "pollConnection", { connectionId: tenant.connection.id });

    const drafts = await until(
      () => db.draft.count({ where: { organizationId: tenant.organization.id } }),
      (n) => n >= unanswered,
    );
    expect(drafts).toBe(unanswered);
    expect(await db.review.count({ where: { connectionId: tenant.connection.id } })).toBe(onGoogle.length);
    expect(await db.review.count({ where: { connectionId: tenant.connection.id, replyState: "ANSWERED_ON_PLATFORM" } })).toBe(onGoogle.length - unanswered);
    const connection = await db.platformConnection.findUniqueOrThrow({ where: { id: tenant.connection.id } });
    expect(connection.pollCursor).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(connection.lastError).toBeNull();
  });

  it("polling again over the same sandbox state creates no duplicate reviews or drafts", async () => {
    // This organization's only: other test files share the database and store reviews meanwhile.
    const mine = { where: { organizationId: tenant.organization.id } };
    const counts = async () => ({ reviews: await db.review.count(mine), drafts: await db.draft.count(mine) });
    const before = await counts();
    // From the stored cursor, and from scratch (cursor cleared), through the queue and directly.
    await enqueue(workers.queues, "pollConnection", { connectionId: tenant.connection.id });
    await db.platformConnection.update({ where: { id: tenant.connection.id }, data: { pollCursor: null } });
    const again = await pollConnection(db, tenant.connection.id, overrides());
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(again!.unchanged).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await counts()).toEqual(before);
  });

  it("picks up a new review added on the platform and drafts it", async () => {
    const added = await sandbox.admin("/_sandbox/google/reviews", {
      location: LOCATION, reviewerName: "Clara", starRating: "TWO", comment: "The room was noisy and the shower was cold.",
    });
    expect(added.status).toBe(201);
    const { reviewId } = (await added.json()) as { reviewId: string };
    await enqueue(workers.queues, "pollConnection", { connectionId: tenant.connection.id });
    const review = await until(
      () => db.review.findFirst({ where: { connectionId: tenant.connection.id, externalId: reviewId }, include: { drafts: true } }),
      (r) => (r?.drafts.length ?? 0) > 0,
    );
    expect(review!.rating).toBe(2);
    expect(review!.language).toBe("en");
    expect(review!.drafts).toHaveLength(1);
    expect(review!.drafts[0]!.origin).toBe("BUILTIN");
  });

  it("publishes an approved reply to the platform and records it, with an audit trail", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    const text = "Thank you for staying with us — we are glad the breakfast terrace made your mornings.";
    const reply = await approve(review.id, text);
    await requestPublish(db, workers.queues, reply.id);

    const published = await until(() => db.reply.findUniqueOrThrow({ where: { id: reply.id } }), (r) => r.platformStatus === "PUBLISHED");
    expect(published.externalReplyId).toBe(`${LOCATION}/reviews/${review.externalId}/reply`);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("PUBLISHED");
    const onGoogle = (await seededLocationReviews()).find((r) => r.reviewId === review.externalId);
    expect(onGoogle?.reviewReply?.comment).toBe(reply.text);

    const audit = await db.auditEvent.findMany({ where: { entityId: review.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["review.received", "draft.created", "draft.edited", "reply.approved", "reply.published"]);
    expect(audit.find((e) => e.action === "reply.approved")?.actorUserId).toBe(tenant.manager.id);
  });

  it("retries through platform outages and still publishes exactly once", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    const faults = await sandbox.admin("/_sandbox/faults", { google: { status: 503, count: 2 } });
    expect(faults.status).toBe(200);
    const reply = await approve(review.id, "Thank you for your kind words about our team.");
    await requestPublish(db, workers.queues, reply.id);
    await requestPublish(db, workers.queues, reply.id); // a double click queues nothing more
    const published = await until(() => db.reply.findUniqueOrThrow({ where: { id: reply.id } }), (r) => r.platformStatus === "PUBLISHED", 30_000);
    expect(published.publishAttempts).toBe(3);
    expect(await db.auditEvent.count({ where: { entityId: review.id, action: "reply.published" } })).toBe(1);
  });

  it("after a reply whose response was lost, reads the platform before sending again: one reply, sent once", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    const reply = await approve(review.id, "Thank you, and see you on the terrace next spring.");
    let puts = 0;
    const counting = { ...overrides(), fetch: (input: string | URL | Request, init?: RequestInit) => {
      if (init?.method === "PUT") puts++;
      return fetch(input, init);
    } };
    await sandbox.admin("/_sandbox/faults", { google: { kind: "lose-response", count: 1 } });
    await expect(publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: counting })).rejects.toMatchObject({ retryable: true });
    expect(puts).toBe(1);
    // The platform has it although Lobby never heard back; the retry must notice instead of re-sending.
    expect(await publishReply(db, reply.id, { finalAttempt: false, connectorOverrides: counting })).toBe("published");
    expect(puts).toBe(1);
    expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ platformStatus: "PUBLISHED", publishAttempts: 2 });
    const onGoogle = (await seededLocationReviews()).find((r) => r.reviewId === review.externalId);
    expect(onGoogle?.reviewReply?.comment).toBe(reply.text);
  });

  it("waits as long as the platform's Retry-After asks, without spending a publish attempt", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    await sandbox.admin("/_sandbox/faults", { google: { kind: "status", status: 429, retryAfterSeconds: 1, count: 1 } });
    const reply = await approve(review.id, "Thank you for your patience with the lift.");
    await requestPublish(db, workers.queues, reply.id);
    const published = await until(() => db.reply.findUniqueOrThrow({ where: { id: reply.id } }), (r) => r.platformStatus === "PUBLISHED", 20_000);
    expect(published.publishAttempts).toBe(2);
    const job = (await workers.queues.publishReply.getJobs(["completed"])).find((j) => j.data.replyId === reply.id);
    expect(job?.attemptsMade).toBe(1);
  });

  it("re-queues an approval whose publish job never made it to the queue", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    const reply = await approve(review.id, "Thank you for choosing us for your stay in Lisbon.");
    // No requestPublish: as if Redis was down when the manager clicked. Other tests' replies may be
    // swept too, so this looks at its own reply only.
    const jobOf = async () => (await workers.queues.publishReply.getJobs()).filter((j) => j.data.replyId === reply.id);
    await resumeStalledPublishes(db, workers.queues, 60_000);
    expect(await jobOf()).toHaveLength(0); // too recent to touch
    await resumeStalledPublishes(db, workers.queues, 0);
    const published = await until(() => db.reply.findUniqueOrThrow({ where: { id: reply.id } }), (r) => r.platformStatus === "PUBLISHED");
    expect(published.publishAttempts).toBe(1);
    await resumeStalledPublishes(db, workers.queues, 0); // a published reply is never sent again
    await new Promise((r) => setTimeout(r, 500));
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).publishAttempts).toBe(1);
    expect(await jobOf()).toHaveLength(1);
  });

  it("marks a reply the platform refuses as failed, with the reason, and publishes the corrected text on retry", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    expect((await sandbox.admin("/_sandbox/faults", { google: { status: 400, count: 1 } })).status).toBe(200);
    const rejected = await approve(review.id, "First attempt at a reply.");
    await requestPublish(db, workers.queues, rejected.id);
    const failed = await until(() => db.reply.findUniqueOrThrow({ where: { id: rejected.id } }), (r) => r.platformStatus === "FAILED");
    expect(failed.publishAttempts).toBe(1); // a refusal is not retried
    expect(failed.lastError).toBeTruthy();
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("FAILED");

    // A duplicated job for the failed approval does nothing.
    expect(await publishReply(db, rejected.id, { finalAttempt: true, connectorOverrides: overrides() })).toBe("not-approved");

    const corrected = await approve(review.id, "Thank you for staying with us; we hope to see you again.");
    await requestPublish(db, workers.queues, corrected.id);
    await until(() => db.reply.findUniqueOrThrow({ where: { id: corrected.id } }), (r) => r.platformStatus === "PUBLISHED");
    const onGoogle = (await seededLocationReviews()).find((r) => r.reviewId === review.externalId);
    expect(onGoogle?.reviewReply?.comment).toBe(corrected.text);
    const actions = (await db.auditEvent.findMany({ where: { entityId: review.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a === "reply.publish_failed")).toHaveLength(1);
    expect(actions.at(-1)).toBe("reply.published");
  });

  it("re-queues drafting for a review whose draft job was lost", async () => {
    const added = await sandbox.admin("/_sandbox/google/reviews", { location: LOCATION, reviewerName: "Jonas", starRating: "FIVE", comment: "Wonderful terrace and a very kind night porter." });
    const { reviewId: externalId } = (await added.json()) as { reviewId: string };
    // Store it without queueing a draft, as if Redis failed right after the poll.
    await pollConnection(db, tenant.connection.id, overrides());
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, externalId } });
    expect(review.replyState).toBe("AWAITING_DRAFT");
    expect(await resumeStalledDrafts(db, workers.queues, 0)).toBeGreaterThanOrEqual(1);
    await until(() => db.review.findUniqueOrThrow({ where: { id: review.id } }), (r) => r.replyState === "DRAFTED");
    expect(await db.draft.count({ where: { reviewId: review.id } })).toBe(1);
  });

  it("refuses an edit or approval based on a draft that a colleague has replaced meanwhile", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    const opened = await db.draft.findFirstOrThrow({ where: { reviewId: review.id }, orderBy: { createdAt: "desc" } });
    const actor = { kind: "USER" as const, userId: tenant.manager.id };
    const colleague = await saveDraft(db, { reviewId: review.id, baseDraftId: opened.id, text: "A colleague's better version.", actor });
    await expect(approveReply(db, { reviewId: review.id, baseDraftId: opened.id, text: "My older version.", actor })).rejects.toThrow(/changed this draft/);
    await expect(saveDraft(db, { reviewId: review.id, baseDraftId: opened.id, text: "My older version.", actor })).rejects.toThrow(/changed this draft/);
    const latest = await db.draft.findFirstOrThrow({ where: { reviewId: review.id }, orderBy: { createdAt: "desc" } });
    expect(latest.id).toBe(colleague.id);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("DRAFTED");
  });

  it("refuses to approve an empty reply or one with a placeholder left in it", async () => {
    const review = await db.review.findFirstOrThrow({ where: { connectionId: tenant.connection.id, replyState: "DRAFTED" } });
    await expect(approve(review.id, "   ", { asIs: true })).rejects.toThrow("The reply is empty.");
    await expect(approve(review.id, "Dear [GUEST NAME], thanks!", { asIs: true })).rejects.toThrow(/placeholder/);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).replyState).toBe("DRAFTED");
  });
});
