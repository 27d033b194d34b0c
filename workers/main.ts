import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { schedulePolls } from "./schedule-polls";
import { startWorkers } from "./start-workers";

// The workers' own process: never part of the web app. Stops cleanly on SIGTERM/SIGINT.
const log = logger.child({ process: "workers" });
const running = startWorkers({ db, log, prefix: env.QUEUE_PREFIX });

async function syncSchedules() {
  try {
    const count = await schedulePolls(db, running.queues, env.POLL_EVERY_MS);
    log.debug({ connections: count }, "poll schedules synced");
  } catch (err) {
    log.error({ err: (err as Error).message }, "could not sync poll schedules");
  }
}

await syncSchedules();
const timer = setInterval(syncSchedules, 60_000);
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
