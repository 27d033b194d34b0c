import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { JOBS } from "../jobs/definitions";
import { sanitizeJobError } from "../jobs/job-error";
import { closeQueues, createQueues } from "../jobs/queues";
import { createRedis } from "../jobs/redis";
import { pollConnection } from "../reviews/poll-connection";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_CLIENT_SECRET, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { backfillState, type BackfillFields } from "./backfill";
import { listConnections, requestBackfill } from "./connections";
import { sandboxEndpoints } from "./endpoints";
import { until } from "./testing";

const db = createDb();
const redis = createRedis();
const prefix = `${env.QUEUE_PREFIX}-backfill-state-${randomUUID().slice(0, 8)}`;
const queues = createQueues(redis, prefix);
let sandbox: RunningSandbox;
let worker: Worker | undefined;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await worker?.close();
  await queues.pollConnection.obliterate({ force: true });
  await closeQueues(queues);
  redis.disconnect();
  await sandbox.sandbox.close();
  await db.$disconnect();
});

/** What the workers do with a poll job (workers/processors.ts), on this test's queue. */
function startPollWorker() {
  const connection = createRedis();
  worker = new Worker(
    JOBS.pollConnection.queue,
    async (job) => {
      const { connectionId, backfill } = JOBS.pollConnection.payload.parse(job.data);
      return (await pollConnection(db, connectionId, { endpoints: sandboxEndpoints(sandbox.url) }, { backfill: backfill ?? false })) ?? { skipped: true };
    },
    { connection, prefix },
  );
  worker.on("closed", () => connection.disconnect());
}

const hotel = () => createHotelOnGoogle(db, { slug: `bfs-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT });
const backfillOf = async (organizationId: string) => (await listConnections(db, queues, organizationId))[0]!.backfill;

describe("a backfill whose reads keep failing", () => {
  it("runs while its job has retries left, then shows it stopped with the sanitised reason, and may be started again", async () => {
    const { organization, connection, manager } = await hotel();
    await sandbox.admin("/_sandbox/faults", { google: { kind: "status", status: 503, share: 1 } });
    try {
      await requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id });
      expect(await backfillOf(organization.id)).toEqual({ state: "running", reviews: 0 });
      startPollWorker();

      // Three attempts, 2 s and 4 s apart (JOBS.pollConnection.options).
      const stopped = await until(() => backfillOf(organization.id), (b) => b.state !== "running", 30_000);
      const job = (await queues.pollConnection.getFailed()).find((j) => j.data.connectionId === connection.id);
      // One object, so that a failure shows every part of it.
      expect({ ...stopped, attempts: job?.attemptsMade }).toEqual({
        state: "stopped", reviews: 0, attempts: JOBS.pollConnection.options.attempts, reason: sanitizeJobError(job?.failedReason),
      });
      expect(stopped.state === "stopped" && stopped.reason).toMatch(/^Google .*503/);
      expect(stopped.state === "stopped" && stopped.reason).not.toContain(GOOGLE_SANDBOX_CLIENT_SECRET);

      // Started again once the platform answers: it runs, then finishes.
      await sandbox.admin("/_sandbox/faults", { google: null });
      await requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id });
      const again = await until(() => backfillOf(organization.id), (b) => b.state !== "running", 30_000);
      expect(again).toMatchObject({ state: "finished", reviews: expect.any(Number) });
      expect(again.state === "finished" && again.reviews).toBeGreaterThan(10);
    } finally {
      await sandbox.admin("/_sandbox/faults", { google: null });
    }
  });
});

describe("a backfill's job that is not there", () => {
  it("counts as running just after the request, and as stopped (so it may be asked for again) once that moment has passed", async () => {
    const { organization, connection, manager } = await hotel();
    // Asked for, but its job never reached the queue (Redis restarted, or adding it failed).
    const requestedAt = new Date(Date.now() - 2_000);
    await db.platformConnection.update({ where: { id: connection.id }, data: { backfillRequestedAt: requestedAt, backfillFinishedAt: null, backfillReviews: 0 } });
    expect(await backfillOf(organization.id)).toEqual({ state: "running", reviews: 0 });
    await expect(requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id })).rejects.toThrow(/already running/);

    await db.platformConnection.update({ where: { id: connection.id }, data: { backfillRequestedAt: new Date(Date.now() - 60_000) } });
    expect(await backfillOf(organization.id)).toMatchObject({ state: "stopped", reason: expect.stringMatching(/no longer queued/) });
    await expect(requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id })).resolves.toBeUndefined();
    expect(await backfillOf(organization.id)).toEqual({ state: "running", reviews: 0 });
  });
});

describe("the rule", () => {
  const asked = new Date("2026-11-20T10:00:00Z");
  const row = (over: Partial<BackfillFields> = {}): BackfillFields => ({ id: "c1", backfillRequestedAt: asked, backfillFinishedAt: null, backfillReviews: 4, ...over });
  const at = (minutes: number) => new Date(asked.getTime() + minutes * 60_000);

  it("tells none, finished, running, failed for good and ended without reading apart", () => {
    expect(backfillState(row({ backfillRequestedAt: null }), null, at(1))).toEqual({ state: "none" });
    expect(backfillState(row({ backfillFinishedAt: at(2) }), { state: "failed", reason: "x" }, at(3))).toEqual({ state: "finished", at: at(2), reviews: 4 });
    expect(backfillState(row(), { state: "queued" }, at(45))).toEqual({ state: "running", reviews: 4 });
    expect(backfillState(row(), { state: "failed", reason: "Google answered 503" }, at(1))).toEqual({ state: "stopped", reason: "Google answered 503", reviews: 4 });
    expect(backfillState(row(), { state: "ended" }, at(1))).toMatchObject({ state: "stopped", reason: expect.stringMatching(/paused or disconnected/) });
  });

  it("without word from the queue, keeps a backfill running for 30 minutes, then takes it as stopped", () => {
    expect(backfillState(row(), null, at(29))).toEqual({ state: "running", reviews: 4 });
    expect(backfillState(row(), null, at(31))).toMatchObject({ state: "stopped", reason: expect.stringMatching(/30 minutes/) });
  });
});
