import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { resumeStalledDrafts } from "@/lib/drafting/resume-drafts";
import { resumeStalledPublishes } from "@/lib/publishing/request-publish";
import { syncPendingReplies } from "@/lib/publishing/sync-reply-status";
import { schedulePolls } from "./schedule-polls";
import { startWorkers } from "./start-workers";

// The workers' own process: never part of the web app. Stops cleanly on SIGTERM/SIGINT.
const log = logger.child({ process: "workers" });
const running = startWorkers({ db, log, prefix: env.QUEUE_PREFIX });

/** Every minute: one poll schedule per connection, and drafts and publishes that lost their job re-queued. */
const chores = {
  "sync poll schedules": () => schedulePolls(db, running.queues, env.POLL_EVERY_MS),
  "resume stalled drafts": () => resumeStalledDrafts(db, running.queues),
  "resume stalled publishes": () => resumeStalledPublishes(db, running.queues),
  "sync moderated replies": async () => {
    const { approved, rejected } = await syncPendingReplies(db, { throttle: running.throttle });
    if (approved || rejected) log.info({ approved, rejected }, "moderation decisions recorded");
    return 0;
  },
};

async function housekeeping() {
  for (const [chore, run] of Object.entries(chores)) {
    try {
      const count = await run();
      if (count && chore !== "sync poll schedules") log.warn({ chore, count }, "re-queued work that had lost its job");
    } catch (err) {
      log.error({ chore, err: (err as Error).message }, "housekeeping chore failed");
    }
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
