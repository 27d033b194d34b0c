import { DelayedError, UnrecoverableError, type Job } from "bullmq";
import { PlatformError } from "@/lib/platforms/errors";
import type { Db } from "@/lib/db";
import { draftReview } from "@/lib/drafting/draft-review";
import { draftJobId } from "@/lib/drafting/resume-drafts";
import { JOBS, type JobName } from "@/lib/jobs/definitions";
import { enqueue, type Queues } from "@/lib/jobs/queues";
import type { Logger } from "pino";
import { PublishFailure, publishReply } from "@/lib/publishing/publish-reply";
import { pollConnection } from "@/lib/reviews/poll-connection";

import type { ConnectorOverrides } from "@/lib/platforms/registry";

/** What every processor gets; tests point connectors at their own sandbox through `connectorOverrides`. */
export type Context = { db: Db; queues: Queues; log: Logger; connectorOverrides?: ConnectorOverrides; token?: string | undefined };

/**
 * When the platform said "slow down, come back in N seconds", the job waits exactly that long
 * without spending one of its attempts; other failures go through the usual backoff.
 */
async function honourRetryAfter(job: Job, token: string | undefined, error: unknown): Promise<never> {
  const retryAfterMs = error instanceof PlatformError || error instanceof PublishFailure ? error.retryAfterMs : undefined;
  if (retryAfterMs !== undefined && token) {
    await job.moveToDelayed(Date.now() + retryAfterMs, token);
    throw new DelayedError();
  }
  throw error;
}

/** One processor per job: parse the payload, do the work in lib/, return a small summary. */
export const processors: { [N in JobName]: (job: Job, ctx: Context) => Promise<unknown> } = {
  async pollConnection(job, { db, queues, log, connectorOverrides, token }) {
    const { connectionId, fullWalk, backfill } = JOBS.pollConnection.payload.parse(job.data);
    const summary = await pollConnection(db, connectionId, connectorOverrides, { fullWalk: fullWalk ?? false, backfill: backfill ?? false }).catch((e) => honourRetryAfter(job, token, e));
    if (!summary) return { skipped: true };
    for (const reviewId of summary.needDraft) {
      await enqueue(queues, "draftReply", { reviewId }, draftJobId(reviewId));
    }
    const { needDraft, ...counts } = summary;
    if (counts.quarantined) log.warn({ connectionId, quarantined: counts.quarantined }, "quarantined reviews the platform sent that could not be read");
    if (counts.created || counts.updated || counts.deleted) log.info({ connectionId, ...counts }, "polled");
    return counts;
  },

  async draftReply(job, { db }) {
    const { reviewId } = JOBS.draftReply.payload.parse(job.data);
    return (await draftReview(db, reviewId)) ?? { skipped: true };
  },

  async publishReply(job, { db, connectorOverrides, token }) {
    const { replyId } = JOBS.publishReply.payload.parse(job.data);
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return { outcome: await publishReply(db, replyId, { finalAttempt, connectorOverrides }) };
    } catch (error) {
      if (error instanceof PublishFailure && !error.retryable) throw new UnrecoverableError(error.message);
      if (finalAttempt) throw error; // already recorded as failed
      return honourRetryAfter(job, token, error);
    }
  },
};
