import { cpus, loadavg } from "node:os";
import { Worker } from "bullmq";
import pino from "pino";
import { createDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { JOBS } from "@/lib/jobs/definitions";
import { closeQueues, createQueues, enqueueMany } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import type { FetchLike } from "@/lib/platforms/http";
import { detectLanguage } from "@/lib/reviews/language";
import type { PollSummary } from "@/lib/reviews/poll-connection";
import { createConnection, createOrganization, createProperty } from "@/prisma/factories";
import { processors } from "@/workers/processors";
import { WORKER_CONCURRENCY } from "@/workers/start-workers";
import { deploy } from "./db-migrate";
import { dropDatabase, withDatabase } from "./db/postgres";
import { measureCopy } from "./bench/copy-baseline";
import { backendsCpuBetween, databaseBackendsCpuMs, processCpuMs } from "./bench/process-cpu";
import { removeKeys } from "./bench/redis-keys";
import { startSandboxProcess, type SandboxProcess } from "./bench/start-sandbox-process";
import type { GroupConnection } from "../sandbox/hotel-group";

// npm run bench:ingest [-- --reviews 20000 --hotels 40 --concurrency 4]
//
// Reviews per second from the platforms (the sandbox, over HTTP, through the real connectors) to
// stored in PostgreSQL with their draft jobs in the queue, through the real poll job and its enqueue
// path; beside it, PostgreSQL's own COPY of the very same rows into an identical empty table, timed in
// the same run. Everything it uses is its own: a database (migrated, dropped at the end), a sandbox
// process on a free port and a Redis key prefix (removed at the end).

const TARGET_RATIO = 0.5;

type Options = { reviews: number; hotels: number; concurrency: number };

function parseOptions(argv: string[]): Options {
  const options: Options = { reviews: 20_000, hotels: 40, concurrency: WORKER_CONCURRENCY.pollConnection };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, "") as keyof Options;
    const value = Number(argv[++i]);
    if (!(key in options) || !Number.isInteger(value) || value < 1) throw new Error(`Usage: bench-ingest [--reviews N] [--hotels N] [--concurrency N] (got ${argv.join(" ")})`);
    options[key] = value;
  }
  return options;
}

/**
 * A fetch that also counts the time from each call until its body has been read (the "fetch" phase).
 * Connectors read bodies with text(); wrapping it on the answer costs no copy of the body.
 */
function timedFetch(clock: { ms: number; calls: number }): FetchLike {
  return async (input, init) => {
    const started = performance.now();
    const res = await fetch(input, init);
    const text = res.text.bind(res);
    res.text = async () => {
      try {
        return await text();
      } finally {
        clock.ms += performance.now() - started;
        clock.calls++;
      }
    };
    return res;
  };
}

/** The group's hotels and connections, as a hotel group would have them in Lobby. */
async function connectGroup(db: Db, connections: GroupConnection[]): Promise<string[]> {
  const organization = await createOrganization(db, { slug: `bench-${Date.now()}`, name: "Benchmark Hotel Group" });
  const properties = new Map<number, string>();
  const ids: string[] = [];
  for (const c of connections) {
    let propertyId = properties.get(c.hotel);
    if (!propertyId) {
      const property = await createProperty(db, {
        organizationId: organization.id, name: c.hotelName, city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon",
        languages: ["pt", "en"], signatoryName: "Rita Almeida", signatoryTitle: "General Manager",
      });
      properties.set(c.hotel, (propertyId = property.id));
    }
    const made = await createConnection(db, { organizationId: organization.id, propertyId, platform: c.platform, externalLocationId: c.externalLocationId, credentials: c.credentials });
    ids.push(made.id);
  }
  return ids;
}

type Measured = {
  wallMs: number;
  /** CPU this process (the worker doing the polls) spent during the ingest, user + system. */
  cpuMs: number;
  summaries: PollSummary[];
  fetch: { ms: number; calls: number };
  jobMs: number;
};

/** Queues one poll job per connection and runs them with a poll worker; resolves once every job is done. */
async function runPolls(db: Db, sandbox: SandboxProcess, connectionIds: string[], prefix: string, concurrency: number): Promise<Measured> {
  const producer = createRedis(env.REDIS_URL);
  const consumer = createRedis(env.REDIS_URL);
  const queues = createQueues(producer, prefix);
  const fetchClock = { ms: 0, calls: 0 };
  // No throttle: Lobby's own per-platform call budget models the real platforms' quotas, and the
  // sandbox's limits are off for the benchmark.
  const connectorOverrides = { endpoints: sandboxEndpoints(sandbox.url), fetch: timedFetch(fetchClock) };
  const log = pino({ level: "silent" });
  const summaries: PollSummary[] = [];
  let jobMs = 0;
  const worker = new Worker(
    JOBS.pollConnection.queue,
    async (job, token) => {
      const started = performance.now();
      const result = await processors.pollConnection(job, { db, queues, log, connectorOverrides, token });
      jobMs += performance.now() - started;
      return result;
    },
    { connection: consumer, prefix, concurrency, autorun: false },
  );
  const finished = new Promise<void>((resolve, reject) => {
    worker.on("completed", (_job, result: PollSummary) => {
      summaries.push(result);
      if (summaries.length === connectionIds.length) resolve();
    });
    worker.on("failed", (job, err) => reject(new Error(`the poll of connection ${String(job?.data?.connectionId)} failed: ${err.message}`)));
    worker.on("error", reject);
  });
  try {
    await worker.waitUntilReady();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await enqueueMany(queues, "pollConnection", connectionIds.map((connectionId) => ({ payload: { connectionId }, jobId: `bench-poll-${connectionId}` })));
    void worker.run();
    await finished;
    const wallMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (user + system) / 1000, summaries, fetch: fetchClock, jobMs };
  } finally {
    await worker.close();
    await closeQueues(queues);
    producer.disconnect();
    consumer.disconnect();
  }
}

/** What the run must have produced, read back: every review stored once, one draft job per review awaiting a draft. */
async function check(db: Db, prefix: string, expected: number) {
  const stored = await db.review.count();
  const awaiting = await db.review.count({ where: { replyState: "AWAITING_DRAFT" } });
  const audited = await db.auditEvent.count({ where: { action: "review.received" } });
  const redis = createRedis(env.REDIS_URL);
  const queues = createQueues(redis, prefix);
  try {
    const jobs = await queues.draftReviews.getJobs(["waiting", "prioritized", "delayed", "active"]);
    const queued = new Set(jobs.flatMap((job) => (job.data as { reviewIds: string[] }).reviewIds)).size;
    const problems = [
      stored !== expected ? `${stored} reviews stored, the sandbox holds ${expected}` : null,
      queued !== awaiting ? `${queued} reviews queued for drafting, ${awaiting} awaiting a draft` : null,
      audited !== stored ? `${audited} "review.received" audit rows for ${stored} reviews` : null,
    ].filter((p): p is string => p !== null);
    if (problems.length) throw new Error(`ingest incomplete: ${problems.join("; ")}`);
    return { stored, awaiting, queued, jobs: jobs.length };
  } finally {
    await closeQueues(queues);
    redis.disconnect();
  }
}

/** Language detection on its own, over the reviews whose platform does not say their language. */
async function timeLanguageDetection(db: Db) {
  const undetected = await db.review.findMany({ where: { platform: "GOOGLE", text: { not: null } }, select: { title: true, text: true } });
  const texts = undetected.map((r) => [r.title, r.text].filter(Boolean).join(". "));
  const started = performance.now();
  for (const text of texts) detectLanguage(text);
  return { reviews: texts.length, ms: performance.now() - started };
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);

/** CPU other processes spent during the ingest (ms; null where it cannot be read). */
type OtherCpu = { postgres: number | null; sandbox: number | null };

type Report = {
  options: Options;
  otherCpu: OtherCpu;
  sandbox: SandboxProcess;
  connections: number;
  run: Measured;
  result: Awaited<ReturnType<typeof check>>;
  copy: Awaited<ReturnType<typeof measureCopy>>;
  language: Awaited<ReturnType<typeof timeLanguageDetection>>;
};

function printReport({ options, otherCpu, sandbox, connections, run, result, copy, language }: Report) {
  const ingestRate = (result.stored / run.wallMs) * 1000;
  const copyRate = (copy.rows / copy.ms) * 1000;
  const ratio = ingestRate / copyRate;
  const sum = (pick: (t: NonNullable<PollSummary["timings"]>) => number) => run.summaries.reduce((n, s) => n + (s.timings ? pick(s.timings) : 0), 0);
  const [read, store, queue] = [sum((t) => t.readMs), sum((t) => t.storeMs), sum((t) => t.queueMs)];
  const phases: [string, number][] = [
    [`fetch (${fmt(run.fetch.calls)} HTTP calls)`, run.fetch.ms],
    ["parse (JSON, schema, normalise)", Math.max(0, read - run.fetch.ms)],
    ["store (PostgreSQL, language)", store],
    ["enqueue (draft jobs, Redis)", queue],
    ["poll job rest (load, cursor)", Math.max(0, run.jobMs - read - store - queue)],
  ];
  const total = phases.reduce((n, [, ms]) => n + ms, 0);
  const perPlatform = new Map<string, number>();
  for (const c of sandbox.connections) perPlatform.set(c.platform, (perPlatform.get(c.platform) ?? 0) + c.reviews);
  const perReview = (ms: number) => `${fmt((ms * 1000) / result.stored, 1)} µs/review`;

  console.log("\nSetup");
  line("sandbox", `own process, ${sandbox.url}; rate limits off; fault injection off (pending: ${Object.keys(sandbox.faults).length})`);
  const seeded = sandbox.connections.reduce((n, c) => n + c.reviews, 0);
  line("seeded", `${fmt(seeded)} reviews in ${fmt(sandbox.seedMs)} ms: ${[...perPlatform].map(([p, n]) => `${p.toLowerCase()} ${fmt(n)}`).join(", ")}`);
  line("connections", `${connections} (${options.hotels} hotels x 5 platforms), ${options.concurrency} polls at a time`);
  line("Lobby's platform call budget", "not applied (it models the real platforms' quotas)");
  line("machine", `${cpus().length} CPUs, load average ${loadavg().map((l) => fmt(l, 1)).join(" / ")} (1/5/15 min) at the end`);
  console.log("\nIngest: sandbox -> stored and draft job queued");
  line("reviews stored", `${fmt(result.stored)} (${fmt(result.awaiting)} awaiting a draft, ${fmt(result.queued)} of them queued for drafting in ${fmt(result.jobs)} draft jobs)`);
  line("wall time", `${fmt(run.wallMs)} ms`);
  line("rate", `${fmt(ingestRate)} reviews/s`);
  const cpuOf = (ms: number | null) => (ms === null ? "n/a" : perReview(ms));
  line("CPU", `worker ${cpuOf(run.cpuMs)}, PostgreSQL ${cpuOf(otherCpu.postgres)}, sandbox ${cpuOf(otherCpu.sandbox)} (Redis is shared: not counted)`);
  console.log(`  phases, summed over the polls (they overlap, ${options.concurrency} at a time):`);
  for (const [label, ms] of phases) line(`  ${label}`, `${fmt(ms).padStart(8)} ms  ${fmt((ms / total) * 100).padStart(3)}%  ${perReview(ms).padStart(16)}`);
  line("  of store: language detection", `${fmt(language.ms)} ms for ${fmt(language.reviews)} reviews without a stated language (${fmt((language.ms * 1000) / Math.max(1, language.reviews), 1)} µs each)`);
  console.log("\nBaseline: COPY ... FROM STDIN of the same rows into an identical empty table");
  line("rows", `${fmt(copy.rows)} (${fmt(copy.bytes / 1_048_576, 1)} MiB of COPY text)`);
  line("time", `${fmt(copy.ms)} ms (median of ${copy.runs.map((ms) => fmt(ms)).join(", ")} ms)`);
  line("rate", `${fmt(copyRate)} rows/s`);
  line("CPU", `PostgreSQL ${copy.backendCpuMs === null ? "n/a" : `${fmt((copy.backendCpuMs * 1000) / copy.rows, 1)} µs/row`}`);
  console.log(`\nRatio ingest/COPY: ${fmt(ratio, 2)} (target >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? "met" : "NOT met"})`);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const dbName = `lobby_bench_ingest_${runId}`;
  const url = withDatabase(env.DATABASE_URL, dbName);
  const prefix = `lobby-bench-ingest-${runId}`;
  console.log(`bench:ingest: ${fmt(options.reviews)} reviews, ${options.hotels} hotels on 5 platforms, ${options.concurrency} polls at a time`);

  let sandbox: SandboxProcess | null = null;
  const db = createDb(url);
  let cleaned: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      await db.$disconnect();
      await sandbox?.stop();
      await removeKeys(env.REDIS_URL, prefix);
      await dropDatabase(url, dbName);
    })());
  // Interrupted: still leave no database, sandbox or Redis keys behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`bench:ingest: ${signal}, cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await deploy(url, { log: () => undefined });
    sandbox = await startSandboxProcess({ hotels: options.hotels, reviews: options.reviews });
    const expected = sandbox.connections.reduce((n, c) => n + c.reviews, 0);
    const connectionIds = await connectGroup(db, sandbox.connections);
    const [postgresBefore, sandboxBefore] = [await databaseBackendsCpuMs(url, dbName), processCpuMs(sandbox.pid)];
    const run = await runPolls(db, sandbox, connectionIds, prefix, options.concurrency);
    const [postgresAfter, sandboxAfter] = [await databaseBackendsCpuMs(url, dbName), processCpuMs(sandbox.pid)];
    const otherCpu: OtherCpu = {
      postgres: backendsCpuBetween(postgresBefore, postgresAfter),
      sandbox: sandboxBefore === null || sandboxAfter === null ? null : sandboxAfter - sandboxBefore,
    };
    const result = await check(db, prefix, expected);
    const copy = await measureCopy(url, "Review");
    const language = await timeLanguageDetection(db);
    printReport({ options, otherCpu, sandbox, connections: connectionIds.length, run, result, copy, language });
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:ingest FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
