import type { Db } from "../db";
import { DRAFTS_PER_JOB, JOBS } from "../jobs/definitions";
import { ensureQueued, enqueueMany, type Queues } from "../jobs/queues";

export const draftJobId = (reviewId: string) => `draft-${reviewId}`;

/**
 * Queues drafting for new reviews in one round trip: one draftReviews job per hundred reviews (a page
 * of a poll or an import), named after its first review, so queueing the same page again adds nothing.
 */
export function queueDrafts(queues: Queues, reviewIds: string[]) {
  const jobs: { payload: { reviewIds: string[] }; jobId: string }[] = [];
  for (let i = 0; i < reviewIds.length; i += DRAFTS_PER_JOB) {
    const chunk = reviewIds.slice(i, i + DRAFTS_PER_JOB);
    jobs.push({ payload: { reviewIds: chunk }, jobId: `drafts-${chunk[0]}-${chunk.length}` });
  }
  return enqueueMany(queues, "draftReviews", jobs);
}

/** Reviews that a draftReviews job still waiting, delayed or running will draft. */
async function coveredByPageJobs(queues: Queues): Promise<Set<string>> {
  const pending = await queues.draftReviews.getJobs(["waiting", "active", "delayed", "prioritized"]);
  const covered = new Set<string>();
  for (const job of pending) {
    const payload = JOBS.draftReviews.payload.safeParse(job?.data);
    if (payload.success) for (const id of payload.data.reviewIds) covered.add(id);
  }
  return covered;
}

/**
 * A draft job that used up its attempts stays on the Failed jobs page this long before housekeeping
 * tries it afresh: long enough for staff to see it, short enough that a cause that went away (the
 * database was down) heals without anyone pressing Retry.
 */
export const FAILED_DRAFT_REST_MS = 60 * 60_000;

/** Of these reviews with a failed draft job, those whose job failed longer than FAILED_DRAFT_REST_MS ago. */
async function restedAfterFailing(queues: Queues, reviewIds: string[], now = Date.now()): Promise<string[]> {
  const jobs = await Promise.all(reviewIds.map((id) => queues.draftReply.getJob(draftJobId(id))));
  return reviewIds.filter((_, i) => (jobs[i]?.finishedOn ?? 0) < now - FAILED_DRAFT_REST_MS);
}

/** Reviews looked at per query; each batch's checks go to Redis together. */
const RESUME_BATCH = 500;

/**
 * Re-queues drafting for reviews still waiting for a draft after `quietMs`, one draftReply job each:
 * neither their own job nor a page's draftReviews job will draft them (the poll stored them, then Redis
 * failed; or the job ran out of attempts over an hour ago, see FAILED_DRAFT_REST_MS). Walks every such review
 * (up to `max`) in one call: after Redis lost its jobs there are thousands, and a round that took
 * only the first 500 would look at the same 500 again while they wait their turn to be drafted.
 */
export async function resumeStalledDrafts(db: Db, queues: Queues, quietMs = 60_000, max = 50_000): Promise<number> {
  const quietSince = new Date(Date.now() - quietMs);
  let resumed = 0;
  let after: string | undefined;
  let covered: Set<string> | undefined;
  for (let looked = 0; looked < max; ) {
    const waiting = await db.review.findMany({
      where: { replyState: "AWAITING_DRAFT", updatedAt: { lt: quietSince }, ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: RESUME_BATCH,
    });
    // One state lookup per review (most still have a job waiting its turn); only the others are re-queued.
    const states = await Promise.all(waiting.map((review) => queues.draftReply.getJobState(draftJobId(review.id))));
    const failed = waiting.filter((_, i) => states[i] === "failed");
    const restedFailures = new Set(await restedAfterFailing(queues, failed.map((review) => review.id)));
    const withoutOwnJob = waiting.filter((review, i) => ["unknown", "completed"].includes(states[i] ?? "unknown") || restedFailures.has(review.id));
    // Still waiting in a page's draft job is not lost (read once per call, and only when needed).
    if (withoutOwnJob.length > 0) covered ??= await coveredByPageJobs(queues);
    const lost = withoutOwnJob.filter((review) => !covered?.has(review.id));
    const queued = await Promise.all(lost.map((review) => ensureQueued(queues, "draftReply", { reviewId: review.id }, draftJobId(review.id))));
    resumed += queued.filter(Boolean).length;
    looked += waiting.length;
    after = waiting.at(-1)?.id;
    if (waiting.length < RESUME_BATCH) break;
  }
  return resumed;
}
