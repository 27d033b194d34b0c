import { DelayedError, UnrecoverableError, type Job } from "bullmq";
import { PlatformError } from "@/lib/platforms/errors";
import type { Db } from "@/lib/db";
import { draftReview } from "@/lib/drafting/draft-review";
import { draftPage } from "@/lib/drafting/draft-page";
import { draftJobId, queueDrafts } from "@/lib/drafting/resume-drafts";
import { JOBS, type JobName } from "@/lib/jobs/definitions";
import { ensureQueued, type Queues } from "@/lib/jobs/queues";
import type { Logger } from "pino";
import { PublishFailure, publishReply } from "@/lib/publishing/publish-reply";
import { syncReplyStatusOf } from "@/lib/publishing/sync-reply-status";
import { pollConnection } from "@/lib/reviews/poll-connection";
import { markImportFailed, runReviewImport } from "@/lib/reviews/import/run-import";
import { pollGoogleGroup } from "@/lib/reviews/poll-google-group";

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
    const { connectionId, fullWalk, backfill, googleGroup, replyStatusOf } = JOBS.pollConnection.payload.parse(job.data);
    // A moderation decision the platform pushed is recorded first: it does not depend on the poll.
    if (replyStatusOf) await syncReplyStatusOf(db, { connectionId, externalReviewId: replyStatusOf }, connectorOverrides);
    // A single connection's poll queues drafts page by page, so a walk cut short has queued what it stored.
    const onNewReviews = (reviewIds: string[]) => queueDrafts(queues, reviewIds);
    const poll = googleGroup?.length
      ? pollGoogleGroup(db, [connectionId, ...googleGroup], connectorOverrides)
      : pollConnection(db, connectionId, connectorOverrides, { fullWalk: fullWalk ?? false, backfill: backfill ?? false, onNewReviews });
    const summary = await poll.catch((e) => honourRetryAfter(job, token, e));
    if (!summary) return { skipped: true };
    if (googleGroup?.length) await queueDrafts(queues, summary.needDraft);
    const { needDraft, ...counts } = summary;
    if (counts.quarantined) log.warn({ connectionId, quarantined: counts.quarantined }, "quarantined reviews the platform sent that could not be read");
    if (counts.created || counts.updated || counts.deleted) log.info({ connectionId, ...counts }, "polled");
    return counts;
  },

  async draftReply(job, { db }) {
    const { reviewId } = JOBS.draftReply.payload.parse(job.data);
    return (await draftReview(db, reviewId)) ?? { skipped: true };
  },

  async draftReviews(job, { db, queues, log }) {
    const { reviewIds } = JOBS.draftReviews.payload.parse(job.data);
    return draftPage(db, reviewIds, {
      // One review failing does not hold up the page: it goes to its own job, with its own retries.
      onFailure: async (reviewId, error) => {
        log.warn({ reviewId, err: error instanceof Error ? error.message : String(error) }, "drafting failed; handed to its own job");
        await ensureQueued(queues, "draftReply", { reviewId }, draftJobId(reviewId));
      },
    });
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

  async importReviews(job, { db, queues, log }) {
    const { importId } = JOBS.importReviews.payload.parse(job.data);
    try {
      const summary = await runReviewImport(db, importId, { onNewReviews: (reviewIds) => queueDrafts(queues, reviewIds) });
      if (summary) log.info({ importId, ...summary }, "imported reviews");
      return summary ?? { skipped: true };
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        log.error({ importId, err: error instanceof Error ? error.message : String(error) }, "import failed for good");
        await markImportFailed(db, importId, "The import stopped because of an error on our side. Upload the file again to retry; reviews already imported stay.");
      }
      throw error;
    }
  },
};
