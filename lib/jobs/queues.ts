import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "../env";
import { JOBS, type JobName, type JobPayload } from "./definitions";
import { createRedis } from "./redis";
import { logger } from "../logger";

export type Queues = { [N in JobName]: Queue };

export function createQueues(connection: Redis, prefix: string = env.QUEUE_PREFIX): Queues {
  const make = (name: JobName) => new Queue(JOBS[name].queue, { connection, prefix });
  return { pollConnection: make("pollConnection"), draftReply: make("draftReply"), draftReviews: make("draftReviews"), publishReply: make("publishReply"), importReviews: make("importReviews") };
}

/**
 * Adds a job after validating its payload. `jobId` makes it idempotent: BullMQ ignores a second add
 * with the id of a job that still exists.
 */
export async function enqueue<N extends JobName>(queues: Queues, name: N, payload: JobPayload<N>, jobId?: string) {
  const data = JOBS[name].payload.parse(payload);
  return queues[name].add(name, data, { ...JOBS[name].options, ...(jobId ? { jobId } : {}) });
}

/**
 * Adds many jobs of one kind in one round trip (BullMQ addBulk), each payload validated and with the
 * same options and job ids as `enqueue`: a job whose id is already queued (or repeated in `jobs`) is
 * not added twice.
 */
export async function enqueueMany<N extends JobName>(queues: Queues, name: N, jobs: { payload: JobPayload<N>; jobId?: string }[]) {
  if (jobs.length === 0) return [];
  return queues[name].addBulk(
    jobs.map(({ payload, jobId }) => ({ name, data: JOBS[name].payload.parse(payload), opts: { ...JOBS[name].options, ...(jobId ? { jobId } : {}) } })),
  );
}

// The web app enqueues through one lazily created set of queues per process.
const holder = globalThis as unknown as { lobbyQueues?: Queues };
export function appQueues(): Queues {
  if (!holder.lobbyQueues) {
    // A connection of their own: BullMQ switches off the offline queue on connections it is handed.
    holder.lobbyQueues = createQueues(createRedis(env.REDIS_URL, "producer"));
    for (const queue of Object.values(holder.lobbyQueues)) {
      queue.on("error", (err) => logger.warn({ queue: queue.name, err: err.message }, "queue connection error"));
    }
  }
  return holder.lobbyQueues;
}

export async function closeQueues(queues: Queues) {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}

/**
 * Makes sure a job with this id is waiting or running: adds it when no job has it, and replaces a
 * finished one (a fresh job gets its full attempts, where BullMQ's retry would keep the used ones).
 * Returns whether it queued anything.
 */
export async function ensureQueued<N extends JobName>(queues: Queues, name: N, payload: JobPayload<N>, jobId: string): Promise<boolean> {
  const job = await queues[name].getJob(jobId);
  if (job) {
    const state = await job.getState();
    if (state !== "failed" && state !== "completed" && state !== "unknown") return false;
    await job.remove();
  }
  await enqueue(queues, name, payload, jobId);
  return true;
}
