import { Worker } from "bullmq";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { JOBS, type JobName } from "@/lib/jobs/definitions";
import { closeQueues, createQueues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { logger } from "@/lib/logger";
import { processors } from "./processors";
import { schedulePolls } from "./schedule-polls";

// The workers' own process: never part of the web app. Stops cleanly on SIGTERM/SIGINT.
const redis = createRedis();
const queues = createQueues(redis);
const log = logger.child({ process: "workers" });

// Each worker blocks on its own connection; BullMQ does not close connections it was handed.
const workerConnections = (Object.keys(JOBS) as JobName[]).map(() => createRedis());
const workers = (Object.keys(JOBS) as JobName[]).map((name, i) => {
  const worker = new Worker(
    JOBS[name].queue,
    async (job) => processors[name](job, { db, queues, log: log.child({ job: name, jobId: job.id }) }),
    { connection: workerConnections[i]!, prefix: env.QUEUE_PREFIX, concurrency: name === "draftReply" ? 8 : 4 },
  );
  worker.on("failed", (job, err) => log.warn({ job: name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, "job failed"));
  worker.on("error", (err) => log.error({ job: name, err: err.message }, "worker error"));
  return worker;
});

async function syncSchedules() {
  try {
    const count = await schedulePolls(db, queues, env.POLL_EVERY_MS);
    log.debug({ connections: count }, "poll schedules synced");
  } catch (err) {
    log.error({ err: (err as Error).message }, "could not sync poll schedules");
  }
}

await syncSchedules();
const timer = setInterval(syncSchedules, 60_000);
log.info({ queues: workers.map((w) => w.name), pollEveryMs: env.POLL_EVERY_MS }, "workers started");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "workers stopping");
  clearInterval(timer);
  await Promise.all(workers.map((w) => w.close()));
  await closeQueues(queues);
  for (const connection of [...workerConnections, redis]) connection.disconnect();
  await db.$disconnect();
  log.info("workers stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
