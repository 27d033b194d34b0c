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

/** Every minute: one poll schedule per connection, lost jobs re-queued, moderation decisions read. */
const requeued = (chore: string) => (count: number) => {
  if (count) log.warn({ chore, count }, "re-queued work that had lost its job");
};
const chores: Record<string, () => Promise<unknown>> = {
  "sync poll schedules": () => schedulePolls(db, running.queues, env.POLL_EVERY_MS),
  "resume stalled drafts": () => resumeStalledDrafts(db, running.queues).then(requeued("drafts")),
  "resume stalled publishes": () => resumeStalledPublishes(db, running.queues).then(requeued("publishes")),
  "sync moderated replies": () =>
    syncPendingReplies(db, { throttle: running.throttle }).then(({ approved, rejected }) => {
      if (approved || rejected) log.info({ approved, rejected }, "moderation decisions recorded");
    }),
};

async function housekeeping() {
  for (const [chore, run] of Object.entries(chores)) {
    await run().catch((err: Error) => log.error({ chore, err: err.message }, "housekeeping chore failed"));
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
