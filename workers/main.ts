import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { resumeStalledPublishes } from "@/lib/publishing/request-publish";
import { schedulePolls } from "./schedule-polls";
import { startWorkers } from "./start-workers";

// The workers' own process: never part of the web app. Stops cleanly on SIGTERM/SIGINT.
const log = logger.child({ process: "workers" });
const running = startWorkers({ db, log, prefix: env.QUEUE_PREFIX });

/** Every minute: one poll schedule per connection, and approved replies that lost their job re-queued. */
async function housekeeping() {
  try {
    const count = await schedulePolls(db, running.queues, env.POLL_EVERY_MS);
    const resumed = await resumeStalledPublishes(db, running.queues);
    log.debug({ connections: count }, "poll schedules synced");
    if (resumed) log.warn({ resumed }, "re-queued approved replies that had lost their publish job");
  } catch (err) {
    log.error({ err: (err as Error).message }, "housekeeping failed");
  }
}

await housekeeping();
const timer = setInterval(housekeeping, 60_000);
log.info({ queues: running.workers.map((w) => w.name), pollEveryMs: env.POLL_EVERY_MS }, "workers started");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "workers stopping");
  clearInterval(timer);
  await running.close();
  await db.$disconnect();
  log.info("workers stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
