import type { Job } from "bullmq";
import type { Db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { openSecret } from "../crypto/secrets";
import { draftJobId } from "../drafting/resume-drafts";
import { UserFacingError } from "../errors";
import type { ConnectionStatus } from "../generated/prisma/enums";
import { PLATFORM_NAMES } from "../platforms/names";
import { publishJobId } from "../publishing/request-publish";
import { importJobId } from "../reviews/import/start-import";
import { JOBS, type JobName } from "./definitions";
import { credentialStrings, sanitizeJobError } from "./job-error";
import { ensureQueued, type Queues } from "./queues";

// The dead letters: jobs that used up their attempts and sit in BullMQ's failed set. Shown to the
// organization they belong to (found through the connection, review, reply or import their payload
// names, never from the job itself), grouped per thing that failed, and hidden once it has recovered
// on its own (a later poll succeeded, the review got its draft, the reply went out after all, the
// file was imported after all).

export type DeadLetter = {
  /** "<job>:<entity id>", what retryDeadLetter takes. */
  key: string;
  job: JobName;
  /** What Lobby was doing: "Reading reviews", "Drafting a reply", "Publishing a reply", "Importing reviews". */
  what: string;
  /** What it was doing it for: "Google · Casa Azulejo Lisboa", "Review by Ana · Google · Casa Azulejo Lisboa", "yelp.csv · Yelp · Casa Azulejo Lisboa". */
  subject: string;
  reviewId: string | null;
  importId: string | null;
  /**
   * The import no longer holds its file (a failed import drops it), so Lobby cannot run it again:
   * staff upload the file again from the import's page instead of pressing Retry.
   */
  uploadAgain: boolean;
  failedAt: Date;
  attemptsMade: number;
  maxAttempts: number;
  /** Failed jobs for the same thing (a broken connection fails every scheduled poll). */
  failures: number;
  /** Sanitised: no credentials, tokens or keys. */
  reason: string;
  /** Why a retry cannot go ahead now (a paused connection), else null. */
  blocked: string | null;
};

/** How far back into each failed set Lobby looks (BullMQ keeps at most removeOnFail of them). */
const SCAN = 1000;

type Failed = { job: Job; name: JobName; entityId: string };

async function failedJobs(queues: Queues, name: JobName): Promise<Failed[]> {
  const jobs = await queues[name].getFailed(0, SCAN - 1);
  return jobs.flatMap((job) => {
    const payload = JOBS[name].payload.safeParse(job.data);
    if (!payload.success) return [];
    const data = payload.data as Record<string, unknown>;
    const entityId = (data.connectionId ?? data.reviewId ?? data.replyId ?? data.importId) as string;
    return [{ job, name, entityId }];
  });
}

/** The job that runs a failed connection's read again from the Failed jobs page (a backfill's too). */
export const retryPollJobId = (connectionId: string) => `retry-poll-${connectionId}`;

/** What a sanitised reason must not show of a connection's sealed credentials. */
export function secretsOf(credentialsEncrypted: string): string[] {
  try {
    return credentialStrings(openSecret(credentialsEncrypted));
  } catch {
    return []; // sealed with a key no longer configured: nothing readable to hide
  }
}

type Entity = {
  subject: string; reviewId: string | null; importId?: string; uploadAgain?: boolean; secrets: string[];
  resolvedAfter: (failedAt: Date) => boolean; blocked: string | null;
};

const POLL_BLOCKED: Partial<Record<ConnectionStatus, string>> = {
  PAUSED: "The connection is paused: resume it to read again.",
  DISCONNECTED: "The connection was disconnected.",
};

/** The organization's entities behind the failed jobs, keyed "<job>:<id>"; ids of other organizations find nothing. */
async function entitiesOf(db: Db, organizationId: string, failed: Failed[]): Promise<Map<string, Entity>> {
  const ids = (name: JobName) => [...new Set(failed.filter((f) => f.name === name).map((f) => f.entityId))];
  const [connections, reviews, replies, imports] = await Promise.all([
    db.platformConnection.findMany({
      where: { organizationId, id: { in: ids("pollConnection") } },
      select: { id: true, platform: true, status: true, lastError: true, lastPolledAt: true, credentialsEncrypted: true, property: { select: { name: true } } },
    }),
    db.review.findMany({
      where: { organizationId, id: { in: ids("draftReply") } },
      select: { id: true, replyState: true, authorName: true, platform: true, property: { select: { name: true } }, connection: { select: { credentialsEncrypted: true } } },
    }),
    db.reply.findMany({
      where: { organizationId, id: { in: ids("publishReply") } },
      select: {
        id: true, platformStatus: true,
        review: { select: { id: true, replyState: true, authorName: true, platform: true, property: { select: { name: true } }, connection: { select: { credentialsEncrypted: true, status: true } } } },
      },
    }),
    db.reviewImport.findMany({
      where: { organizationId, id: { in: ids("importReviews") } },
      select: { id: true, status: true, fileName: true, channelName: true, connectionId: true, property: { select: { name: true } } },
    }),
  ]);
  const entities = new Map<string, Entity>();
  for (const c of connections) {
    entities.set(`pollConnection:${c.id}`, {
      subject: `${PLATFORM_NAMES[c.platform]} · ${c.property.name}`,
      reviewId: null,
      secrets: secretsOf(c.credentialsEncrypted),
      // A later poll went through: the connection works again.
      resolvedAfter: (failedAt) => c.lastError === null && c.lastPolledAt !== null && c.lastPolledAt > failedAt,
      blocked: POLL_BLOCKED[c.status] ?? null,
    });
  }
  for (const r of reviews) {
    entities.set(`draftReply:${r.id}`, {
      subject: `Review by ${r.authorName} · ${PLATFORM_NAMES[r.platform]} · ${r.property.name}`,
      reviewId: r.id,
      secrets: secretsOf(r.connection.credentialsEncrypted),
      resolvedAfter: () => r.replyState !== "AWAITING_DRAFT",
      blocked: null,
    });
  }
  for (const reply of replies) {
    const r = reply.review;
    entities.set(`publishReply:${reply.id}`, {
      subject: `Review by ${r.authorName} · ${PLATFORM_NAMES[r.platform]} · ${r.property.name}`,
      reviewId: r.id,
      secrets: secretsOf(r.connection.credentialsEncrypted),
      // Published after all, or re-approved (and so queued afresh) since.
      resolvedAfter: () => reply.platformStatus !== "FAILED" || r.replyState !== "FAILED",
      blocked: r.connection.status === "DISCONNECTED" ? "The connection was disconnected." : null,
    });
  }
  for (const [key, entity] of await importEntities(db, organizationId, imports)) entities.set(key, entity);
  return entities;
}

type FailedImport = { id: string; status: string; fileName: string; channelName: string; connectionId: string | null; property: { name: string } };

/**
 * A failed import is recovered when it finished after all, or when the same file was imported into
 * the same property's channel after the failure (what the import page asks staff to do).
 */
async function importEntities(db: Db, organizationId: string, imports: FailedImport[]): Promise<Map<string, Entity>> {
  const entities = new Map<string, Entity>();
  if (imports.length === 0) return entities;
  const again = await db.reviewImport.findMany({
    where: {
      organizationId, status: "DONE", finishedAt: { not: null },
      OR: imports.filter((i) => i.connectionId !== null).map((i) => ({ connectionId: i.connectionId, fileName: i.fileName })),
    },
    select: { connectionId: true, fileName: true, finishedAt: true },
  });
  for (const i of imports) {
    const laterOnes = again.filter((a) => a.connectionId === i.connectionId && a.fileName === i.fileName).map((a) => a.finishedAt!.getTime());
    entities.set(`importReviews:${i.id}`, {
      subject: `${i.fileName} · ${i.channelName} · ${i.property.name}`,
      reviewId: null,
      importId: i.id,
      // Still queued or running (its job died without marking it failed): the file is still there to run again.
      uploadAgain: i.status !== "QUEUED" && i.status !== "RUNNING",
      secrets: [], // a manual channel has no credentials
      resolvedAfter: (failedAt) => i.status === "DONE" || laterOnes.some((at) => at > failedAt.getTime()),
      blocked: null,
    });
  }
  return entities;
}

function describe(failed: Failed): string {
  if (failed.name === "draftReply") return "Drafting a reply";
  if (failed.name === "publishReply") return "Publishing a reply";
  if (failed.name === "importReviews") return "Importing reviews";
  const data = failed.job.data as { backfill?: boolean; fullWalk?: boolean };
  return data.backfill ? "Backfilling reviews" : data.fullWalk ? "Reading all reviews (daily)" : "Reading reviews";
}

/** The organization's dead letters, newest first, one per thing that failed. */
export async function listDeadLetters(db: Db, queues: Queues, organizationId: string): Promise<DeadLetter[]> {
  const failed = (await Promise.all((Object.keys(JOBS) as JobName[]).map((name) => failedJobs(queues, name)))).flat();
  const entities = await entitiesOf(db, organizationId, failed);
  const groups = new Map<string, { latest: Failed; failures: number }>();
  for (const f of failed) {
    const key = `${f.name}:${f.entityId}`;
    if (!entities.has(key)) continue;
    const group = groups.get(key);
    if (!group) groups.set(key, { latest: f, failures: 1 });
    else {
      group.failures++;
      if ((f.job.finishedOn ?? 0) > (group.latest.job.finishedOn ?? 0)) group.latest = f;
    }
  }
  const letters: DeadLetter[] = [];
  for (const [key, { latest, failures }] of groups) {
    const entity = entities.get(key)!;
    const failedAt = new Date(latest.job.finishedOn ?? latest.job.timestamp);
    if (entity.resolvedAfter(failedAt)) continue;
    letters.push({
      key,
      job: latest.name,
      what: describe(latest),
      subject: entity.subject,
      reviewId: entity.reviewId,
      importId: entity.importId ?? null,
      uploadAgain: entity.uploadAgain ?? false,
      failedAt,
      attemptsMade: latest.job.attemptsMade,
      maxAttempts: latest.job.opts.attempts ?? JOBS[latest.name].options.attempts,
      failures,
      reason: sanitizeJobError(latest.job.failedReason, entity.secrets),
      blocked: entity.blocked,
    });
  }
  return letters.sort((a, b) => b.failedAt.getTime() - a.failedAt.getTime());
}

function parseKey(key: unknown): { name: JobName; entityId: string } {
  const m = typeof key === "string" ? /^(pollConnection|draftReply|publishReply|importReviews):([A-Za-z0-9_-]{1,64})$/.exec(key) : null;
  if (!m) throw new UserFacingError("Unknown failed job.", "not_found");
  return { name: m[1] as JobName, entityId: m[2]! };
}

/**
 * Runs a dead letter's work again as a fresh job with all its attempts: re-reads the connection,
 * re-drafts the review, sends the failed reply again (publishing reads the platform first, so a
 * reply that did arrive is not posted twice), or runs an import that still holds its file again (an
 * import adds nothing twice). The failed jobs it replaces leave the failed set.
 */
export async function retryDeadLetter(db: Db, queues: Queues, organizationId: string, key: unknown, actor: Actor): Promise<"queued" | "recovered"> {
  const { name, entityId } = parseKey(key);
  const failed = (await failedJobs(queues, name)).filter((f) => f.entityId === entityId);
  const entity = (await entitiesOf(db, organizationId, failed)).get(`${name}:${entityId}`);
  if (!entity || failed.length === 0) throw new UserFacingError("This failed job is no longer waiting for a retry.", "not_found");
  const latest = failed.reduce((a, b) => ((b.job.finishedOn ?? 0) > (a.job.finishedOn ?? 0) ? b : a));
  // Recovered on its own since the page was drawn (a scheduled poll went through): clear the failures, queue nothing.
  if (entity.resolvedAfter(new Date(latest.job.finishedOn ?? latest.job.timestamp))) {
    await Promise.all(failed.map((f) => f.job.remove()));
    return "recovered";
  }
  if (entity.blocked) throw new UserFacingError(entity.blocked, "conflict");
  const audit = { job: name, failures: failed.length, lastReason: sanitizeJobError(latest.job.failedReason, entity.secrets) };

  if (name === "pollConnection") {
    await Promise.all(failed.map((f) => f.job.remove()));
    const payload = JOBS.pollConnection.payload.parse(latest.job.data);
    await ensureQueued(queues, "pollConnection", payload, retryPollJobId(entityId));
    await db.$transaction((tx) => recordAudit(tx, { organizationId, actor, action: "job.retried", entityType: "connection", entityId, data: audit }));
    return "queued";
  }

  if (name === "importReviews") {
    if (entity.uploadAgain) throw new UserFacingError("This import no longer holds its file: open the import and upload the file again.", "conflict");
    await Promise.all(failed.filter((f) => f.job.id !== importJobId(entityId)).map((f) => f.job.remove()));
    await ensureQueued(queues, "importReviews", { importId: entityId }, importJobId(entityId));
    await db.$transaction((tx) => recordAudit(tx, { organizationId, actor, action: "job.retried", entityType: "import", entityId, data: audit }));
    return "queued";
  }

  if (name === "draftReply") {
    await Promise.all(failed.filter((f) => f.job.id !== draftJobId(entityId)).map((f) => f.job.remove()));
    await ensureQueued(queues, "draftReply", { reviewId: entityId }, draftJobId(entityId));
    await db.$transaction((tx) => recordAudit(tx, { organizationId, actor, action: "job.retried", entityType: "review", entityId, data: audit }));
    return "queued";
  }

  // A failed publish left the reply FAILED; back to approved-and-not-sent so the job may claim it.
  const reply = await db.$transaction(async (tx) => {
    const current = await tx.reply.findFirstOrThrow({ where: { id: entityId, organizationId }, select: { id: true, reviewId: true, approvedAt: true } });
    const moved = await tx.review.updateMany({ where: { id: current.reviewId, replyState: "FAILED" }, data: { replyState: "APPROVED" } });
    if (moved.count === 0) throw new UserFacingError("This reply has changed since; open the review to see where it stands.", "conflict");
    await tx.reply.update({ where: { id: current.id }, data: { platformStatus: "NOT_SENT", lastError: null } });
    await recordAudit(tx, { organizationId, actor, action: "job.retried", entityType: "review", entityId: current.reviewId, data: { ...audit, replyId: current.id } });
    return current;
  });
  const jobId = publishJobId(reply);
  await Promise.all(failed.filter((f) => f.job.id !== jobId).map((f) => f.job.remove()));
  await ensureQueued(queues, "publishReply", { replyId: reply.id }, jobId);
  return "queued";
}
