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
});
