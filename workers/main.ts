import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { resumeStalledDrafts } from "@/lib/drafting/resume-drafts";
import { resumeStalledPublishes } from "@/lib/publishing/request-publish";
import { expireAbandonedImports, resumeStalledImports } from "@/lib/reviews/import/resume-imports";
import { analyseUnanalysedReviews } from "@/lib/reviews/analyse-review";
import { syncPendingReplies } from "@/lib/publishing/sync-reply-status";
import { schedulePolls } from "./schedule-polls";
import { startWorkers } from "./start-workers";

// The workers' own process: never part of the web app. Stops cleanly on SIGTERM/SIGINT.
const log = logger.child({ process: "workers" });
const running = startWorkers({ db, log, prefix: env.QUEUE_PREFIX });

/** Every minute (HOUSEKEEPING_EVERY_MS): one poll schedule per connection, lost jobs re-queued, moderation decisions read. */
const requeued = (chore: string) => (count: number) => {
  if (count) log.warn({ chore, count }, "re-queued work that had lost its job");
};
const chores: Record<string, () => Promise<unknown>> = {
  "sync poll schedules": () => schedulePolls(db, running.queues, env.POLL_EVERY_MS),
  "resume stalled drafts": () => resumeStalledDrafts(db, running.queues).then(requeued("drafts")),
  "resume stalled publishes": () => resumeStalledPublishes(db, running.queues).then(requeued("publishes")),
  "resume stalled imports": () => resumeStalledImports(db, running.queues).then(requeued("imports")),
  "expire abandoned imports": () => expireAbandonedImports(db),
  "analyse unanalysed reviews": () => analyseUnanalysedReviews(db).then((n) => n && log.info({ reviews: n }, "reviews analysed")),
  "sync moderated replies": () =>
    syncPendingReplies(db, { throttle: running.throttle }).then(({ approved, rejected }) => {
      if (approved || rejected) log.info({ approved, rejected }, "moderation decisions recorded");
    }),
};

// Each chore keeps its own clock, the next run timed from the end of its last: a slow chore (a large
// backlog to analyse, a platform slow to answer moderation checks) neither overlaps itself, multiplying
// its calls, nor holds up the others (re-queueing the work Redis lost above all).
const timers = new Map<string, NodeJS.Timeout>();
let stopping = false;
function keepDoing(chore: string, run: () => Promise<unknown>) {
  const round = async () => {
    const started = Date.now();
    await run().catch((err: Error) => log.error({ chore, err: err.message }, "housekeeping chore failed"));
    const tookMs = Date.now() - started;
    if (tookMs > 5_000) log.info({ chore, tookMs }, "slow housekeeping chore");
    if (!stopping) timers.set(chore, setTimeout(() => void round(), env.HOUSEKEEPING_EVERY_MS));
  };
  void round();
}

// Before "workers started" is logged: a SIGTERM that arrives before a listener exists kills the process
// on the spot (the signal's default), skipping the clean shutdown.
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

// The workers take jobs from here on; the chores' first runs (which may take a while on a large
// backlog) go on beside them.
log.info({ queues: running.workers.map((w) => w.name), pollEveryMs: env.POLL_EVERY_MS, housekeepingEveryMs: env.HOUSEKEEPING_EVERY_MS }, "workers started");
for (const [chore, run] of Object.entries(chores)) keepDoing(chore, run);

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "workers stopping");
  for (const timer of timers.values()) clearTimeout(timer);
  await running.close();
  await db.$disconnect();
  log.info("workers stopped");
  process.exit(0);
}
