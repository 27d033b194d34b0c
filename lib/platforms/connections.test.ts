import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { closeQueues, createQueues } from "../jobs/queues";
import { createRedis } from "../jobs/redis";
import { pollConnection } from "../reviews/poll-connection";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { requestBackfill, listConnections } from "./connections";
import { sandboxEndpoints } from "./endpoints";

const db = createDb();
const redis = createRedis();
const queues = createQueues(redis, `${env.QUEUE_PREFIX}-backfill-${randomUUID().slice(0, 8)}`);
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await closeQueues(queues);
  redis.disconnect();
  await sandbox.sandbox.close();
  await db.$disconnect();
});

describe("backfill of a connection", () => {
  it("queues one full re-read, refuses a second while it runs, and reports progress and the end", async () => {
    const { connection, manager, organization } = await createHotelOnGoogle(db, {
      slug: `bf-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    await requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id });
    await expect(requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id })).rejects.toThrow(/already running/);
    const jobs = (await queues.pollConnection.getJobs(["waiting"])).filter((j) => j.data.connectionId === connection.id);
    expect(jobs.map((j) => j.data)).toEqual([{ connectionId: connection.id, backfill: true }]);

    // What the worker does with that job:
    const summary = await pollConnection(db, connection.id, { endpoints: sandboxEndpoints(sandbox.url) }, { backfill: true });
    const [row] = await listConnections(db, queues, organization.id);
    expect(row).toMatchObject({ backfill: { state: "finished", reviews: summary!.created }, _count: { reviews: summary!.created, quarantine: 0 } });
    expect(summary!.created).toBeGreaterThan(10);
    // A retried attempt walks again from the start and counts again from zero.
    await pollConnection(db, connection.id, { endpoints: sandboxEndpoints(sandbox.url) }, { backfill: true });
    expect((await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } })).backfillReviews).toBe(summary!.created);
    // Finished: another may be asked for.
    await expect(requestBackfill(db, queues, connection.id, { kind: "USER", userId: manager.id })).resolves.toBeUndefined();
    expect(await db.auditEvent.count({ where: { entityId: connection.id, action: "connection.backfill_requested" } })).toBe(2);
  });

  it("refuses a backfill of a paused or disconnected connection, saying what to do", async () => {
    const { connection, manager } = await createHotelOnGoogle(db, {
      slug: `bf-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    const actor = { kind: "USER" as const, userId: manager.id };
    await db.platformConnection.update({ where: { id: connection.id }, data: { status: "PAUSED" } });
    await expect(requestBackfill(db, queues, connection.id, actor)).rejects.toThrow(/paused: resume it/);
    await db.platformConnection.update({ where: { id: connection.id }, data: { status: "DISCONNECTED" } });
    await expect(requestBackfill(db, queues, connection.id, actor)).rejects.toThrow(/disconnected/);
    expect((await queues.pollConnection.getJobs(["waiting"])).filter((j) => j.data.connectionId === connection.id)).toEqual([]);
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } })).toMatchObject({ backfillRequestedAt: null });
  });
});
