import { z } from "zod";
import type { JobsOptions } from "bullmq";

// Every job Lobby runs: its queue, payload schema and retry policy. Payloads hold ids, never content.

/** Reviews one draftReviews job takes: a page of a poll or an import. */
export const DRAFTS_PER_JOB = 100;
export const JOBS = {
  pollConnection: {
    queue: "poll-connection",
    /**
     * fullWalk: read everything from scratch (daily), which also finds deleted reviews; backfill: the same, asked for by staff, with progress.
     * googleGroup: more Google connections on the same account and grant, read together with batchGetReviews (lib/reviews/poll-google-group.ts).
     * replyStatusOf: a platform pushed its moderators' decision on the reply to this review (external id); read it now.
     */
    payload: z.object({
      connectionId: z.string().min(1),
      fullWalk: z.boolean().optional(),
      backfill: z.boolean().optional(),
      googleGroup: z.array(z.string().min(1)).max(199).optional(),
      replyStatusOf: z.string().min(1).max(200).optional(),
    }),
    options: { attempts: 3, backoff: { type: "exponential", delay: 2_000 }, removeOnComplete: 100, removeOnFail: 500 },
  },
  draftReply: {
    queue: "draft-reply",
    payload: z.object({ reviewId: z.string().min(1) }),
    options: { attempts: 5, backoff: { type: "exponential", delay: 1_000 }, removeOnComplete: 1000, removeOnFail: 1000 },
  },
  /**
   * The new reviews of one stored page, drafted by one job: a review whose drafting fails is handed to
   * its own draftReply job (own retries, shown under Failed jobs). One job per page instead of one per
   * review keeps a big first read from costing a queue entry per review (`npm run bench:ingest`).
   */
  draftReviews: {
    queue: "draft-reviews",
    payload: z.object({ reviewIds: z.array(z.string().min(1)).min(1).max(DRAFTS_PER_JOB) }),
    options: { attempts: 3, backoff: { type: "exponential", delay: 2_000 }, removeOnComplete: 1000, removeOnFail: 1000 },
  },
  publishReply: {
    queue: "publish-reply",
    payload: z.object({ replyId: z.string().min(1) }),
    options: { attempts: 6, backoff: { type: "exponential", delay: 2_000 }, removeOnComplete: 1000, removeOnFail: 1000 },
  },
  /** A file of reviews from a channel without an API (lib/reviews/import/run-import.ts). */
  importReviews: {
    queue: "import-reviews",
    payload: z.object({ importId: z.string().min(1) }),
    options: { attempts: 3, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 100, removeOnFail: 500 },
  },
} as const satisfies Record<string, { queue: string; payload: z.ZodType; options: JobsOptions }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]["payload"]>;
