import type { Job } from "bullmq";
import type { Db } from "../db";
import { retryPollJobId, secretsOf } from "../jobs/dead-letters";
import { sanitizeJobError } from "../jobs/job-error";
import type { Queues } from "../jobs/queues";

// Where a connection's backfill stands. The connection row says when it was asked for, how many reviews
// it read and whether it finished; whether it is still on its way or stopped (retries used up, job
// lost, connection paused before it ran) only its job in the queue can tell.

export type BackfillState =
  | { state: "none" }
  | { state: "running"; reviews: number }
  | { state: "finished"; at: Date; reviews: number }
  /** `reason` is sanitised: staff may read it. */
  | { state: "stopped"; reason: string; reviews: number };

export type BackfillFields = { id: string; backfillRequestedAt: Date | null; backfillFinishedAt: Date | null; backfillReviews: number };

/**
 * What the queue holds of a backfill: its job still to run (waiting, delayed for a retry, running),
 * failed for good (with its sanitised reason), ended without finishing, or not there at all.
 */
export type BackfillJob = { state: "queued" } | { state: "failed"; reason: string } | { state: "ended" } | { state: "missing" };

export const backfillJobId = (connectionId: string, requestedAt: Date) => `backfill-${connectionId}-${requestedAt.getTime()}`;

/** The job is added just after the request is stored: missing for longer than this, it is lost (Redis restarted, or adding it failed). */
const ENQUEUE_GRACE_MS = 15_000;
/** Without word from the queue (Redis unreachable), a backfill not finished after this long is taken as dead. */
const BACKFILL_STALE_MS = 30 * 60_000;

/** The rule, given what the queue said of the backfill's job (null: the queue could not be asked). */
export function backfillState(c: BackfillFields, job: BackfillJob | null, now: Date = new Date()): BackfillState {
  const reviews = c.backfillReviews;
  if (!c.backfillRequestedAt) return { state: "none" };
  if (c.backfillFinishedAt) return { state: "finished", at: c.backfillFinishedAt, reviews };
  const age = now.getTime() - c.backfillRequestedAt.getTime();
  if (job === null) return age < BACKFILL_STALE_MS ? { state: "running", reviews } : { state: "stopped", reason: "It did not finish within 30 minutes.", reviews };
  switch (job.state) {
    case "queued":
      return { state: "running", reviews };
    case "failed":
      return { state: "stopped", reason: job.reason, reviews };
    case "ended":
      return { state: "stopped", reason: "The connection was paused or disconnected before it could read.", reviews };
    case "missing":
      return age < ENQUEUE_GRACE_MS ? { state: "running", reviews } : { state: "stopped", reason: "Its job is no longer queued (the queue was restarted).", reviews };
  }
}

/**
 * Each connection's backfill state, asking the queue about the unfinished ones: the job queued for the
 * request, or the Failed jobs page's retry of it when that is newer.
 */
export async function backfillStates<C extends BackfillFields>(db: Db, queues: Queues, connections: C[], now: Date = new Date()): Promise<Map<string, BackfillState>> {
  const unfinished = connections.filter((c) => c.backfillRequestedAt && !c.backfillFinishedAt);
  const jobs = new Map<string, BackfillJob | null>();
  const failed: { id: string; reason: string | undefined }[] = [];
  await Promise.all(
    unfinished.map(async (c) => {
      const job = await backfillJob(queues, c.id, c.backfillRequestedAt!).catch(() => null);
      if (job === null) return jobs.set(c.id, null);
      if (job === undefined) return jobs.set(c.id, { state: "missing" });
      const state = await job.getState().catch(() => null);
      if (state === "failed") failed.push({ id: c.id, reason: job.failedReason });
      jobs.set(c.id, state === null ? null : state === "completed" ? { state: "ended" } : state === "unknown" ? { state: "missing" } : { state: "queued" });
    }),
  );
  if (failed.length > 0) {
    const sealed = await db.platformConnection.findMany({ where: { id: { in: failed.map((f) => f.id) } }, select: { id: true, credentialsEncrypted: true } });
    for (const f of failed) {
      const credentials = sealed.find((s) => s.id === f.id)?.credentialsEncrypted;
      jobs.set(f.id, { state: "failed", reason: sanitizeJobError(f.reason, credentials ? secretsOf(credentials) : []) });
    }
  }
  return new Map(connections.map((c) => [c.id, backfillState(c, jobs.get(c.id) ?? null, now)]));
}

async function backfillJob(queues: Queues, connectionId: string, requestedAt: Date): Promise<Job | undefined> {
  const [own, retry] = await Promise.all([queues.pollConnection.getJob(backfillJobId(connectionId, requestedAt)), queues.pollConnection.getJob(retryPollJobId(connectionId))]);
  const retriesBackfill = retry && (retry.data as { backfill?: boolean }).backfill === true && retry.timestamp >= requestedAt.getTime();
  if (retriesBackfill && (!own || retry.timestamp >= own.timestamp)) return retry;
  return own;
}
