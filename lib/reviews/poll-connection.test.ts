import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { sealSecret } from "../crypto/secrets";
import { PlatformError } from "../platforms/errors";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { pollConnection } from "./poll-connection";

const db = createDb();
let sandbox: RunningSandbox;
const overrides = () => ({ endpoints: sandboxEndpoints(sandbox.url) });

async function reviewsOnGoogle(location: string): Promise<number> {
  const body = (await (await sandbox.admin(`/_sandbox/google/reviews?location=${location}`)).json()) as { locations: { reviews: unknown[] }[] };
  return body.locations[0]!.reviews.length;
}

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.sandbox.close();
  await db.$disconnect();
});

describe("polling a connection", () => {
  it("marks a connection whose access was revoked as failed, keeps its cursor, and recovers when access returns", async () => {
    const { connection } = await createHotelOnGoogle(db, {
      slug: `poll-${randomUUID().slice(0, 8)}`,
      locationName: GOOGLE_SANDBOX_LOCATIONS.munich.name,
      credentials: { ...GOOGLE_SANDBOX_CLIENT, refreshToken: "revoked-token" },
    });
    await expect(pollConnection(db, connection.id, overrides())).rejects.toBeInstanceOf(PlatformError);
    const failed = await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(failed).toMatchObject({ status: "ERROR", pollCursor: null });
    expect(failed.lastError).toBeTruthy();
    expect(failed.lastError).not.toContain("revoked-token");
    expect(await db.review.count({ where: { connectionId: connection.id } })).toBe(0);

    await db.platformConnection.update({ where: { id: connection.id }, data: { credentialsEncrypted: sealSecret(GOOGLE_SANDBOX_CLIENT) } });
    const summary = await pollConnection(db, connection.id, overrides());
    expect(summary!.created).toBeGreaterThan(0);
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } })).toMatchObject({ status: "ACTIVE", lastError: null });
    const audit = await db.auditEvent.findMany({ where: { entityType: "connection", entityId: connection.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["connection.failed", "connection.recovered"]);
  });

  it("leaves a paused connection alone", async () => {
    const { connection } = await createHotelOnGoogle(db, {
      slug: `pause-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    await db.platformConnection.update({ where: { id: connection.id }, data: { status: "PAUSED" } });
    expect(await pollConnection(db, connection.id, overrides())).toBeNull();
    expect(await db.review.count({ where: { connectionId: connection.id } })).toBe(0);
  });

  it("quarantines an unreadable item once, with its payload and reason, and stores the rest of the page", async () => {
    const { connection } = await createHotelOnGoogle(db, {
      slug: `quar-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    const total = await reviewsOnGoogle(GOOGLE_SANDBOX_LOCATIONS.lisbon.name);
    await sandbox.admin("/_sandbox/faults", { google: { kind: "malformed", count: 2 } });
    const first = await pollConnection(db, connection.id, overrides());
    expect(first).toMatchObject({ created: total - 1, malformed: 1, quarantined: 1, deleted: 0 });
    // The same broken item on the next walk is the same quarantine entry, seen twice.
    const second = await pollConnection(db, connection.id, overrides(), { fullWalk: true });
    expect(second).toMatchObject({ created: 0, malformed: 1, quarantined: 0, deleted: 0 });
    const items = await db.quarantinedItem.findMany({ where: { connectionId: connection.id } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ timesSeen: 2 });
    expect(items[0]!.reason).toMatch(/starRating|createTime/);
    expect(items[0]!.raw).toMatchObject({ starRating: "SIX" });
    // Once the platform sends it readable again, it is stored like any other.
    expect(await pollConnection(db, connection.id, overrides(), { fullWalk: true })).toMatchObject({ created: 1, malformed: 0 });
    expect(await db.review.count({ where: { connectionId: connection.id } })).toBe(total);
  });

  it("survives a duplicated item across pages and a truncated page", async () => {
    const { connection } = await createHotelOnGoogle(db, {
      slug: `dup-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.munich.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    await sandbox.admin("/_sandbox/faults", { google: { kind: "truncate", count: 1 } });
    await expect(pollConnection(db, connection.id, overrides())).rejects.toMatchObject({ kind: "unavailable" });
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } })).toMatchObject({ pollCursor: null, status: "ACTIVE" });
    await sandbox.admin("/_sandbox/faults", { google: { kind: "duplicate", count: 1 } });
    const summary = await pollConnection(db, connection.id, overrides());
    const total = await reviewsOnGoogle(GOOGLE_SANDBOX_LOCATIONS.munich.name);
    expect(summary!.created).toBe(total);
    expect(await db.review.count({ where: { connectionId: connection.id } })).toBe(total);
  });

  it("marks a review deleted on the platform after a full walk, keeps it, and notices when it returns", async () => {
    const { connection } = await createHotelOnGoogle(db, {
      slug: `del-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.munich.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    await pollConnection(db, connection.id, overrides());
    const victim = await db.review.findFirstOrThrow({ where: { connectionId: connection.id }, orderBy: { publishedAt: "asc" } });
    expect((await sandbox.admin(`/_sandbox/google/reviews/${victim.externalId}`, undefined, "DELETE")).status).toBe(200);
    // An ordinary poll from the cursor cannot tell; the daily full walk can.
    expect(await pollConnection(db, connection.id, overrides())).toMatchObject({ deleted: 0 });
    expect(await pollConnection(db, connection.id, overrides(), { fullWalk: true })).toMatchObject({ deleted: 1 });
    const kept = await db.review.findUniqueOrThrow({ where: { id: victim.id } });
    expect(kept.deletedAt).not.toBeNull();
    expect(kept.text).toBe(victim.text);
    const actions = (await db.auditEvent.findMany({ where: { entityId: victim.id } })).map((e) => e.action);
    expect(actions).toContain("review.deleted_on_platform");
    // Walking again does not mark it twice.
    expect(await pollConnection(db, connection.id, overrides(), { fullWalk: true })).toMatchObject({ deleted: 0 });
    await sandbox.admin("/_sandbox/reset", {});
  });
});
