import { hostname } from "node:os";
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Db } from "@/lib/db";
import { JOBS, type JobName } from "@/lib/jobs/definitions";
import { closeQueues, createQueues, type Queues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import type { ConnectorOverrides } from "@/lib/platforms/registry";
import { redisThrottle, type Throttle } from "@/lib/platforms/throttle";
import { processors } from "./processors";

export type RunningWorkers = { queues: Queues; workers: Worker[]; throttle: Throttle; close(): Promise<void> };

/** Jobs of each kind one worker process runs at once (the ingest benchmark polls with the same). */
export const WORKER_CONCURRENCY: Record<JobName, number> = { pollConnection: 8, draftReply: 8, draftReviews: 2, publishReply: 4, importReviews: 1 };

/** This process among the worker processes: host and pid. */
export const WORKER_NAME = `${hostname()}:${process.pid}`;

/** One BullMQ worker per job, each on its own Redis connection, plus the queues they enqueue into. */
export function startWorkers(opts: { db: Db; log: Logger; prefix: string; redisUrl?: string; connectorOverrides?: ConnectorOverrides }): RunningWorkers {
  // BullMQ does not close connections it was handed, so this keeps them to close on the way out.
  const connections: Redis[] = [createRedis(opts.redisUrl)];
  const queues = createQueues(connections[0]!, opts.prefix);
  // Every worker process shares each platform's call budget through Redis.
  const throttle = redisThrottle(connections[0]!, opts.prefix);
  const connectorOverrides = { throttle, ...opts.connectorOverrides };
  for (const queue of Object.values(queues)) queue.on("error", (err) => opts.log.error({ queue: queue.name, err: err.message }, "queue error"));
  const workers = (Object.keys(JOBS) as JobName[]).map((name) => {
    const connection = createRedis(opts.redisUrl);
    connections.push(connection);
    const worker = new Worker(
      JOBS[name].queue,
      async (job, token) => processors[name](job, { db: opts.db, queues, log: opts.log.child({ job: name, jobId: job.id }), connectorOverrides, token }),
      // The name is stored on each job it takes (processedBy): which process holds a job is then visible.
      { connection, prefix: opts.prefix, concurrency: WORKER_CONCURRENCY[name], name: WORKER_NAME },
    );
    worker.on("failed", (job, err) => opts.log.warn({ job: name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, "job failed"));
    worker.on("error", (err) => opts.log.error({ job: name, err: err.message }, "worker error"));
    return worker;
  });
  return {
    queues,
    workers,
    throttle,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await closeQueues(queues);
      for (const connection of connections) connection.disconnect();
    },
  };
}
