import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { closeQueues, createQueues, type Queues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { requestBackfill } from "@/lib/platforms/connections";
import type { BookingPlatformOptions } from "@/sandbox/booking/platform";
import type { SandboxOptions } from "@/sandbox/app";
import { seedHotelGroup, type GroupPlatform } from "@/sandbox/hotel-group";
import type { LedgerSnapshot } from "@/sandbox/ledger";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { deploy } from "@/scripts/db-migrate";
import { databaseName, dropDatabase, withDatabase } from "@/scripts/db/postgres";
import { faultPlan, NO_FAULTS, type FaultsBody } from "./testing/fault-plan";
import { changeReviewsAsGuests, type GuestChanges } from "./testing/guest-changes";
import { createGroupTenant, type GroupTenant } from "./testing/hotel-group-tenant";
import { canonicalJson, listPlatformReviews, readLedger, reviewKey, type ListedReview } from "./testing/platform-listing";
import { startOwnRedis, type OwnRedis } from "./testing/redis-server";
import { approveDrafted, queuePublishes, type Approval, type ApprovalRound } from "./testing/staff-approvals";
import { waitFor } from "./testing/wait-for";
import { sandboxEnv, startWorkerProcess, type WorkerProcess } from "./testing/worker-process";

// Issue 3's proof. A hotel group of ten thousand reviews on all five platforms, with a fifth of the
// platforms' calls failing in every way the issue lists, guests editing, deleting and writing reviews,
// staff approving a few hundred replies, one worker process SIGKILLed in the middle of publishing and
// replaced, and Redis killed and restarted empty (it keeps nothing on disk). Afterwards every review
// is stored exactly once, every approved reply is on its platform exactly once, and the quarantine
// holds exactly the items the platforms sent broken. The workers are the real process (workers/main.ts).

const HOTELS = 12;
const REVIEWS = 10_400;
/** Replies staff approve per platform with a reply API, in three rounds (before the kill, after it, during the Redis outage). */
// Booking.com's budget (120 calls a minute, three calls per reply) is the narrowest, so it gets fewest.
const APPROVALS: Partial<Record<GroupPlatform, number[]>> = { GOOGLE: [45, 15, 10], BOOKING: [10, 5, 3], EXPEDIA: [30, 12, 8], TRUSTPILOT: [35, 15, 10] };
const GUEST_CHANGES_PER_PLATFORM = 12;
/** A safety net only: every wait below has its own deadline, and a quiet 2-core machine needs ~4 minutes. */
const SUITE_TIMEOUT_MS = 900_000;

// A database of its own: the workers poll and housekeep every connection and reply they can see.
const runId = randomUUID().slice(0, 8);
const databaseUrl = withDatabase(env.DATABASE_URL, `${databaseName(env.DATABASE_URL).slice(0, 40)}_faults_${runId}`);
let db: Db;
const prefix = `${env.QUEUE_PREFIX}-faults-${runId}`;
let redis: OwnRedis | undefined;
let sandbox: RunningSandbox | undefined;
let queues: Queues | undefined;
let tenant: GroupTenant | undefined;
const workers: WorkerProcess[] = [];

/** What the run did and saw, for the assertions below. */
const run = {
  startedAt: Date.now(),
  phases: [] as string[],
  initialReviews: 0,
  changes: undefined as GuestChanges | undefined,
  approvals: [] as Approval[],
  killed: { worker: "", publishesInFlight: [] as string[] },
  queueFailuresDuringOutage: 0,
  listing: new Map<string, ListedReview>(),
  ledger: undefined as LedgerSnapshot | undefined,
};

const phase = (name: string) => run.phases.push(`${((Date.now() - run.startedAt) / 1000).toFixed(1)}s ${name}`);
const admin = () => {
  if (!sandbox) throw new Error("no sandbox");
  return sandbox.admin;
};
const setFaults = async (body: FaultsBody) => {
  const res = await admin()("/_sandbox/faults", body);
  if (!res.ok) throw new Error(`faults refused: ${res.status} ${await res.text()}`);
};
const workerName = (w: WorkerProcess) => `${hostname()}:${w.pid}`;

function startWorker(name: string): Promise<WorkerProcess> {
  return startWorkerProcess(name, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis!.url,
    QUEUE_PREFIX: prefix,
    ...sandboxEnv(sandbox!.url),
    POLL_EVERY_MS: "20000",
    HOUSEKEEPING_EVERY_MS: "10000",
    LOG_LEVEL: "info",
    NODE_ENV: "test",
  }, (w) => workers.push(w));
}

/** The group's reviews Lobby holds: live and deleted, keyed like the platforms' listing. */
async function storedReviews() {
  const rows = await db.review.findMany({
    where: { organizationId: tenant!.organizationId },
    select: { externalId: true, platform: true, deletedAt: true, connection: { select: { externalLocationId: true } } },
  });
  const live = new Set<string>();
  const deleted = new Set<string>();
  for (const r of rows) (r.deletedAt ? deleted : live).add(reviewKey(r.platform, r.connection.externalLocationId, r.externalId));
  return { rows: rows.length, live, deleted };
}

/** Reviews on the platforms that Lobby does not hold yet, per platform. */
async function ingestGap(): Promise<Record<string, number>> {
  const { live } = await storedReviews();
  const gap: Record<string, number> = {};
  for (const [key, review] of run.listing) if (!live.has(key)) gap[review.platform] = (gap[review.platform] ?? 0) + 1;
  return gap;
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Distinct quarantined payloads per platform and scope, against the broken items the sandbox sent. */
async function quarantineVersusBroken() {
  const items = await db.quarantinedItem.findMany({
    where: { organizationId: tenant!.organizationId },
    select: { raw: true, connection: { select: { platform: true, externalLocationId: true } } },
  });
  const quarantined = items.map((q) => `${q.connection.platform}|${q.connection.externalLocationId}|${canonicalJson(q.raw)}`);
  const ledger = await readLedger(admin());
  const broken = new Set(ledger.broken.map((b) => `${b.platform.toUpperCase()}|${b.scope}|${canonicalJson(b.item)}`));
  return { quarantined, broken, missing: [...broken].filter((b) => !quarantined.includes(b)) };
}

const approvalRound = (): ApprovalRound => ({
  db, queues: queues!, organizationId: tenant!.organizationId, managerId: tenant!.managerId, listing: run.listing, avoid: new Set(run.approvals.map((a) => a.key)),
});

async function approve(roundIndex: number, opts: { queue: boolean }): Promise<Approval[]> {
  const round = approvalRound();
  for (const key of [...(run.changes?.edited ?? []), ...(run.changes?.deleted ?? [])]) round.avoid.add(key);
  const perPlatform = await Promise.all(
    (Object.entries(APPROVALS) as [GroupPlatform, number[]][]).map(([platform, counts]) => approveDrafted(round, platform, counts[roundIndex] ?? 0)),
  );
  const approved = perPlatform.flat();
  if (opts.queue) await queuePublishes(db, queues!, approved);
  run.approvals.push(...approved);
  return approved;
}

/** A publish job the given worker holds right now, for a reply it has claimed (it is mid-publish). */
async function publishInFlight(worker: WorkerProcess): Promise<string[]> {
  const active = await queues!.publishReply.getJobs(["active"]);
  const mine = active.filter((job) => job.processedBy === workerName(worker)).map((job) => String(job.data.replyId));
  if (mine.length === 0) return [];
  const claimed = await db.reply.findMany({ where: { id: { in: mine }, platformStatus: "NOT_SENT", publishAttempts: { gt: 0 } }, select: { id: true } });
  return claimed.map((r) => r.id);
}

const unsettledApprovals = () =>
  db.reply.count({ where: { organizationId: tenant!.organizationId, approvedById: { not: null }, platformStatus: "NOT_SENT" } });

/** What a failing run shows: where it got to, what is stuck, what the queues and workers say. */
async function diagnose(error: unknown): Promise<string> {
  const lines = [`[fault suite] failed: ${error instanceof Error ? error.message : String(error)}`, ...run.phases];
  try {
    const stuck = await db.reply.findMany({
      where: { platformStatus: "NOT_SENT", approvedById: { not: null } },
      select: { id: true, publishAttempts: true, lastError: true, updatedAt: true, review: { select: { platform: true, replyState: true } } },
      take: 15,
    });
    lines.push(`unsent replies (first 15): ${JSON.stringify(stuck)}`);
    if (queues) for (const [name, q] of Object.entries(queues)) lines.push(`${name}: ${JSON.stringify(await q.getJobCounts())}`);
  } catch (e) {
    lines.push(`(could not read state: ${String(e)})`);
  }
  for (const w of workers) {
    const out = w.output().split("\n");
    const notable = out.filter((l) => /housekeeping|re-queued|worker error/.test(l)).slice(-20);
    lines.push(`--- worker ${w.name} (${w.alive() ? "alive" : "gone"}), notable:\n${notable.join("\n")}\n--- last lines:\n${out.slice(-25).join("\n")}`);
  }
  return lines.join("\n");
}

beforeAll(async () => {
  try {
    await scenario();
  } catch (error) {
    console.error(await diagnose(error));
    throw error;
  }
}, SUITE_TIMEOUT_MS);

async function scenario() {
  await deploy(databaseUrl, { log: () => undefined });
  db = createDb(databaseUrl);
  redis = await startOwnRedis();
  const options: SandboxOptions & BookingPlatformOptions = { bookingModerationDelayMs: 5_000 };
  sandbox = await startSandbox(options);
  // A well-kept group: seven reviews in ten already carry the hotel's reply; the rest get drafts.
  const group = seedHotelGroup(sandbox.sandbox, { hotels: HOTELS, reviews: REVIEWS, answeredShare: 0.7, seed: 31 });
  tenant = await createGroupTenant(db, `faults-${randomUUID().slice(0, 8)}`, group);
  const producer = createRedis(redis.url, "producer");
  producer.on("error", () => undefined); // Redis is killed on purpose below; the queue calls report it
  queues = createQueues(producer, prefix);
  for (const queue of Object.values(queues)) queue.on("error", () => undefined);
  const scopes = new Set(group.map((c) => reviewKey(c.platform, c.externalLocationId, "")));
  const inGroup = (r: ListedReview) => scopes.has(reviewKey(r.platform, r.scope, ""));
  run.listing = new Map([...(await listPlatformReviews(admin())).entries()].filter(([, r]) => inGroup(r)));
  run.initialReviews = run.listing.size;
  phase(`seeded ${run.initialReviews} reviews on ${group.length} connections`);

  await setFaults(faultPlan({ firstTime: true, malformed: true }));
  const [first] = await Promise.all([startWorker("A"), startWorker("B")]);
  phase("two workers started, faults on");

  // 1. Everything the platforms show comes in, through the failures.
  // A connection whose first polls all failed waits for its next interval (Tripadvisor's is 15
  // minutes); the backfill at the end reads it. So most, not all, must be in by now.
  const gap = await waitFor(ingestGap, (g) => total(g) <= run.initialReviews * 0.03, { timeoutMs: 300_000, intervalMs: 1_000, what: "the first ingest" });
  phase(`first ingest: ${run.initialReviews - total(gap)} stored, still missing ${JSON.stringify(gap)}`);

  // 2. Guests edit, delete and write reviews (among those Lobby holds, so edits must be noticed as
  // edits); staff approve the first round of replies.
  const { live } = await storedReviews();
  const held = new Map([...run.listing].filter(([key]) => live.has(key)));
  run.changes = await changeReviewsAsGuests(admin(), held, new Set(), GUEST_CHANGES_PER_PLATFORM);
  await approve(0, { queue: true });
  phase(`guests changed reviews; ${run.approvals.length} replies approved`);

  // 3. One worker is SIGKILLed while it holds a publish it has claimed. Broken items pause first, so
  // no page the dying worker has read but not stored carries one (the platform would never resend it).
  await setFaults(faultPlan({ firstTime: false, malformed: false }));
  await waitFor(quarantineVersusBroken, (q) => q.missing.length === 0, { timeoutMs: 120_000, what: "every broken item so far to be quarantined" });
  const victim = first!;
  run.killed.publishesInFlight = await waitFor(() => publishInFlight(victim), (ids) => ids.length > 0, { timeoutMs: 120_000, intervalMs: 50, what: "a publish in flight in worker A" });
  await victim.stop("SIGKILL");
  run.killed.worker = workerName(victim);
  phase(`worker A SIGKILLed holding ${run.killed.publishesInFlight.length} publish(es)`);
  const replacement = startWorker("C");
  await setFaults(faultPlan({ firstTime: false, malformed: true }));
  await approve(1, { queue: true });
  await replacement;
  phase("worker C started; second round approved");

  // 4. Redis dies with every job in it; staff approve meanwhile (queueing fails); Redis comes back empty.
  const writes = async () => Object.values((await readLedger(admin())).replyWrites).reduce((n, w) => n + Object.keys(w ?? {}).length, 0);
  const writesAtKill = await writes();
  await waitFor(writes, (n) => n >= writesAtKill + 5, { timeoutMs: 120_000, what: "publishing to go on after the kill" });
  await redis.stop();
  const duringOutage = await approve(2, { queue: true });
  run.queueFailuresDuringOutage = duringOutage.filter((a) => !a.queued).length;
  await redis.start();
  phase(`Redis restarted empty; ${duringOutage.length} approved while it was down`);

  // 5. The workers find the lost work in the database: every approval reaches its platform.
  await waitFor(unsettledApprovals, (n) => n === 0, { timeoutMs: 300_000, intervalMs: 1_000, what: "every approved reply to be sent" });
  phase("every approved reply sent");

  // 6. Calm: a backfill of every connection (staff's button) walks everything and finds the deletions.
  await setFaults(NO_FAULTS);
  const requestedAt = new Date();
  for (const c of tenant.connections) await requestBackfill(db, queues, c.id, { kind: "USER", userId: tenant.managerId });
  await waitFor(
    () => db.platformConnection.count({ where: { organizationId: tenant!.organizationId, OR: [{ backfillFinishedAt: null }, { backfillFinishedAt: { lt: requestedAt } }] } }),
    (n) => n === 0,
    { timeoutMs: 300_000, intervalMs: 1_000, what: "every connection's backfill" },
  );
  await waitFor(
    () => db.review.count({ where: { organizationId: tenant!.organizationId, replyState: "AWAITING_DRAFT" } }),
    (n) => n === 0,
    { timeoutMs: 300_000, intervalMs: 1_000, what: "every review to be drafted" },
  );
  phase("backfills done, every review drafted");

  run.listing = new Map([...(await listPlatformReviews(admin())).entries()].filter(([, r]) => inGroup(r)));
  run.ledger = await readLedger(admin());
  console.info(`[fault suite]\n  ${run.phases.join("\n  ")}`);
}

afterAll(async () => {
  const stopped = await Promise.allSettled(workers.map((w) => w.stop("SIGTERM")));
  for (const s of stopped) if (s.status === "rejected") console.error(s.reason);
  if (queues) await closeQueues(queues).catch(() => undefined);
  await redis?.stop();
  await sandbox?.sandbox.close();
  await db?.$disconnect();
  await dropDatabase(env.DATABASE_URL, databaseName(databaseUrl));
}, 120_000);

describe("the fault suite: a hotel group through failing platforms, a killed worker and a Redis restart", () => {
  it("stores every review the platforms show exactly once, and marks exactly the deleted ones", async () => {
    expect(run.initialReviews).toBeGreaterThanOrEqual(10_000);
    const stored = await storedReviews();
    const twice = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT 1 FROM "Review" WHERE "organizationId" = ${tenant!.organizationId} GROUP BY "connectionId", "externalId" HAVING count(*) > 1) d`;
    expect(Number(twice[0]?.n)).toBe(0);
    expect(stored.rows).toBe(stored.live.size + stored.deleted.size);
    const onPlatforms = new Set(run.listing.keys());
    expect([...onPlatforms].filter((k) => !stored.live.has(k))).toEqual([]);
    expect([...stored.live].filter((k) => !onPlatforms.has(k))).toEqual([]);
    expect([...stored.deleted].sort()).toEqual([...run.changes!.deleted].sort());
    for (const key of run.changes!.added) expect(stored.live.has(key)).toBe(true);
    // Each edit was noticed: the earlier text is kept as a revision.
    const edited = await db.review.findMany({
      where: { organizationId: tenant!.organizationId, revisions: { some: {} } },
      select: { externalId: true, platform: true, connection: { select: { externalLocationId: true } } },
    });
    const revised = new Set(edited.map((r) => reviewKey(r.platform, r.connection.externalLocationId, r.externalId)));
    expect([...run.changes!.edited].filter((k) => !revised.has(k))).toEqual([]);
  });

  it("publishes every approved reply exactly once, and never breaks Booking.com's one-reply rule", async () => {
    const total = run.approvals.length;
    expect(total).toBeGreaterThanOrEqual(180);
    const writes = run.ledger!.replyWrites;
    const writesOf = (a: Approval) => writes[a.platform.toLowerCase() as keyof typeof writes]?.[a.externalId] ?? 0;
    expect(run.approvals.filter((a) => writesOf(a) !== 1).map((a) => `${a.key}: ${writesOf(a)} writes`)).toEqual([]);
    expect(run.approvals.filter((a) => run.listing.get(a.key)?.replyText !== a.text).map((a) => a.key)).toEqual([]);
    // Nothing was written where nobody approved a reply.
    const approved = new Set(run.approvals.map((a) => `${a.platform.toLowerCase()}|${a.externalId}`));
    const unasked = Object.entries(writes).flatMap(([p, w]) => Object.keys(w ?? {}).map((id) => `${p}|${id}`)).filter((k) => !approved.has(k));
    expect(unasked).toEqual([]);
    expect(run.ledger!.refusedReplies.filter((r) => r.platform === "booking")).toEqual([]);
    const replies = await db.reply.findMany({ where: { id: { in: run.approvals.map((a) => a.replyId) } }, select: { platformStatus: true } });
    expect(replies.filter((r) => r.platformStatus !== "PUBLISHED" && r.platformStatus !== "PENDING")).toEqual([]);
    expect(await db.auditEvent.count({ where: { organizationId: tenant!.organizationId, action: "reply.published" } })).toBe(total);
  });

  it("quarantines exactly the items the platforms sent broken, each once", async () => {
    const { quarantined, broken } = await quarantineVersusBroken();
    expect(new Set(quarantined).size).toBe(quarantined.length);
    expect([...quarantined].sort()).toEqual([...broken].sort());
    const platformsWithBrokenItems = new Set([...broken].map((b) => b.split("|")[0]));
    expect([...platformsWithBrokenItems].sort()).toEqual(["BOOKING", "EXPEDIA", "GOOGLE", "TRIPADVISOR", "TRUSTPILOT"]);
  });

  it("ran through a fifth of calls failing in every way, a SIGKILLed worker and a Redis restart", () => {
    const { calls, faulted } = run.ledger!;
    for (const platform of ["google", "booking", "expedia", "trustpilot", "tripadvisor"] as const) {
      const bites = faulted[platform] ?? {};
      const kinds = ["status", "slow", "hang", "truncate", "malformed", "duplicate", ...(platform === "tripadvisor" ? [] : ["lose-response"])];
      expect(kinds.filter((k) => !bites[k as keyof typeof bites]), platform).toEqual([]);
      const callFaults = Object.entries(bites).reduce((n, [kind, count]) => (kind === "lose-response" ? n : n + (count ?? 0)), 0);
      const share = callFaults / (calls[platform] ?? 1);
      expect(share, `${platform}: ${callFaults} of ${calls[platform]} calls`).toBeGreaterThan(0.1);
      expect(share, `${platform}: ${callFaults} of ${calls[platform]} calls`).toBeLessThan(0.35);
    }
    expect(run.killed.worker).not.toBe("");
    expect(run.killed.publishesInFlight.length).toBeGreaterThan(0);
    // Approvals made while Redis was down could not be queued: only the workers' housekeeping sent them.
    expect(run.queueFailuresDuringOutage).toBeGreaterThan(0);
  });
});
