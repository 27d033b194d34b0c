import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { sealSecret } from "../crypto/secrets";
import { PlatformError } from "../platforms/errors";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { seedHotelGroup } from "@/sandbox/hotel-group";
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

  it("goes by the status stored when the poll ends, not the one it started with", async () => {
    const { connection } = await createHotelOnGoogle(db, {
      slug: `meanwhile-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT,
    });
    // While this walk runs, another poll of the connection fails and marks it failed.
    const failedMeanwhile = {
      ...overrides(),
      fetch: async (input: string | URL | Request, init?: RequestInit) => {
        if (String(input).includes("/reviews")) await db.platformConnection.update({ where: { id: connection.id }, data: { status: "ERROR", lastError: "Google is unavailable" } });
        return fetch(input, init);
      },
    };
    await pollConnection(db, connection.id, failedMeanwhile);
    const after = await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(after).toMatchObject({ status: "ACTIVE", lastError: null });
    expect(after.pollCursor).toMatch(/^\d{4}-/);
    const audit = await db.auditEvent.findMany({ where: { entityType: "connection", entityId: connection.id } });
    expect(audit.map((e) => e.action)).toEqual(["connection.recovered"]);

    // Paused meanwhile: that stands, and the poll is still recorded.
    const pausedMeanwhile = {
      ...overrides(),
      fetch: async (input: string | URL | Request, init?: RequestInit) => {
        if (String(input).includes("/reviews")) await db.platformConnection.update({ where: { id: connection.id }, data: { status: "PAUSED" } });
        return fetch(input, init);
      },
    };
    await pollConnection(db, connection.id, pausedMeanwhile, { fullWalk: true });
    const paused = await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(paused.status).toBe("PAUSED");
    expect(paused.lastPolledAt!.getTime()).toBeGreaterThan(after.lastPolledAt!.getTime());
    expect(await db.auditEvent.count({ where: { entityType: "connection", entityId: connection.id } })).toBe(1);
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

describe("handing new reviews on page by page", () => {
  it("passes each stored page's reviews awaiting a draft on before reading the next, so a walk cut short has passed on what it stored", async () => {
    // A hotel with 60 Google reviews: two pages of at most 50.
    const [google] = seedHotelGroup(sandbox.sandbox, { hotels: 1, reviews: 30 + 4 * 60, seed: 11 }).filter((c) => c.platform === "GOOGLE");
    const { connection } = await createHotelOnGoogle(db, { slug: `pages-${randomUUID().slice(0, 8)}`, locationName: google!.externalLocationId, credentials: GOOGLE_SANDBOX_CLIENT });
    const handed: string[][] = [];
    const onNewReviews = async (ids: string[]) => void handed.push(ids);
    const secondPageFails = {
      ...overrides(),
      fetch: (input: string | URL | Request, init?: RequestInit) =>
        String(input).includes("pageToken=") ? Promise.reject(new TypeError("connection reset")) : fetch(input, init),
    };

    await expect(pollConnection(db, connection.id, secondPageFails, { onNewReviews })).rejects.toMatchObject({ kind: "unavailable" });
    expect(handed).toHaveLength(1);
    const awaiting = await db.review.findMany({ where: { connectionId: connection.id, replyState: "AWAITING_DRAFT" }, select: { id: true } });
    expect([...handed[0]!].sort()).toEqual(awaiting.map((r) => r.id).sort());
    expect(await db.review.count({ where: { connectionId: connection.id } })).toBe(50);
    expect((await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } })).pollCursor).toBeNull();

    // The walk again: only the second page's new reviews are handed on.
    const summary = await pollConnection(db, connection.id, overrides(), { onNewReviews });
    expect(summary).toMatchObject({ created: 10, unchanged: 50 });
    expect(handed.slice(1).flat().sort()).toEqual([...summary!.needDraft].sort());
    expect(handed.slice(1).flat().some((id) => handed[0]!.includes(id))).toBe(false);
    expect(await db.review.count({ where: { connectionId: connection.id, replyState: "AWAITING_DRAFT" } })).toBe(handed.flat().length);
    expect(summary!.timings?.storeMs).toBeGreaterThan(0);
    // Sixty reviews waiting for drafts nobody writes here: leave none for the suites that resume stalled drafts.
    await db.organization.delete({ where: { id: connection.organizationId } });
  });
});
