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

// The web app enqueues through one lazily created set of queues per process, kept on globalThis so
// that `next dev` reloads reuse it. A set cached by code from before a reload that added or renamed a
// job kind lacks a queue: it is made again (and the old one closed) instead of failing on it.
const holder = globalThis as unknown as { lobbyQueues?: Partial<Queues>; lobbyQueuesRedis?: Redis };
export function appQueues(): Queues {
  const cached = holder.lobbyQueues;
  if (cached && holdsEveryJob(cached)) return cached;
  const staleRedis = holder.lobbyQueuesRedis;
  // A connection of their own: BullMQ switches off the offline queue on connections it is handed.
  const connection = createRedis(env.REDIS_URL, "producer");
  const queues = createQueues(connection);
  for (const queue of Object.values(queues)) {
    queue.on("error", (err) => logger.warn({ queue: queue.name, err: err.message }, "queue connection error"));
  }
  holder.lobbyQueues = queues;
  holder.lobbyQueuesRedis = connection;
  if (cached) {
    void Promise.all(Object.values(cached).map((q) => q?.close()))
      .catch((err: Error) => logger.warn({ err: err.message }, "closing outdated queues failed"))
      .finally(() => staleRedis?.disconnect());
  }
  return queues;
}

function holdsEveryJob(queues: Partial<Queues>): queues is Queues {
  return (Object.keys(JOBS) as JobName[]).every((name) => queues[name]?.name === JOBS[name].queue);
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
