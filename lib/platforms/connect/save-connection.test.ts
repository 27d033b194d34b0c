import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { openSecret } from "../../crypto/secrets";
import { createDb } from "../../db";
import { env } from "../../env";
import { closeQueues, createQueues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { pollConnection } from "../../reviews/poll-connection";
import { disconnectConnection, pauseConnection, pollNowJobId, resumeConnection } from "./connection-state";
import { firstPollJobId, saveConnection } from "./save-connection";
import { hotelGroupWithProperty } from "./testing";

const db = createDb();
const redis = createRedis();
const queues = createQueues(redis, `${env.QUEUE_PREFIX}-save-${randomUUID().slice(0, 8)}`);
afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  await closeQueues(queues);
  redis.disconnect();
  await db.$disconnect();
});

const PASSWORD = "machine-secret-do-not-leak";
const booking = (organizationId: string, propertyId: string, externalLocationId = "5512081") => ({
  organizationId, propertyId, platform: "BOOKING" as const, externalLocationId, credentials: { username: "machine", password: PASSWORD }, via: "credentials" as const,
});

describe("saving a connection", () => {
  it("seals the credentials, returns only the id, audits and queues the first read", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db);
    const actor = { kind: "USER" as const, userId: owner.id };
    const saved = await saveConnection(db, queues, booking(organization.id, property.id), actor);
    expect(saved).toEqual({ id: expect.any(String), reconnected: false });
    expect(JSON.stringify(saved)).not.toContain(PASSWORD);
    const row = await db.platformConnection.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.credentialsEncrypted).not.toContain(PASSWORD);
    expect(openSecret(row.credentialsEncrypted)).toEqual({ username: "machine", password: PASSWORD });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: saved.id, action: "connection.connected" } });
    expect(JSON.stringify(audit.data)).not.toContain(PASSWORD);
    expect(await (await queues.pollConnection.getJob(firstPollJobId(saved.id)))?.getState()).toBe("waiting");
  });

  it("refuses a place already connected in the organization, and a property of another one", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db, "Casa Azulejo Lisboa");
    const actor = { kind: "USER" as const, userId: owner.id };
    await saveConnection(db, queues, booking(organization.id, property.id), actor);
    await expect(saveConnection(db, queues, booking(organization.id, property.id), actor)).rejects.toThrow("Casa Azulejo Lisboa is already connected to this Booking.com property.");
    const second = await db.property.create({ data: { organizationId: organization.id, name: "Annex", city: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt"], signatoryName: "A", signatoryTitle: "B" } });
    await expect(saveConnection(db, queues, booking(organization.id, second.id), actor)).rejects.toThrow("This Booking.com property is already connected to Casa Azulejo Lisboa.");
    const other = await hotelGroupWithProperty(db);
    await expect(saveConnection(db, queues, booking(organization.id, other.property.id), actor)).rejects.toThrow("That property is not part of this organization.");
  });
});

describe("pausing, resuming and disconnecting", () => {
  it("moves through the states with an audit trail, erases credentials on disconnect and keeps the reviews", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db);
    const actor = { kind: "USER" as const, userId: owner.id };
    const { id } = await saveConnection(db, queues, booking(organization.id, property.id), actor);
    await db.review.create({
      data: {
        organizationId: organization.id, propertyId: property.id, connectionId: id, platform: "BOOKING", externalId: "r-1", authorName: "Guest",
        rating: 4, platformRating: 8, platformScale: 10, text: "Nice.", publishedAt: new Date(), platformUpdatedAt: new Date(), raw: {},
      },
    });

    await expect(resumeConnection(db, queues, id, actor)).rejects.toThrow("Only a paused connection can be resumed.");
    await pauseConnection(db, id, actor);
    expect(await pollConnection(db, id)).toBeNull(); // a paused connection is not read
    await resumeConnection(db, queues, id, actor);
    expect(await (await queues.pollConnection.getJob(pollNowJobId(id)))?.getState()).toBe("waiting");

    await disconnectConnection(db, id, actor);
    const row = await db.platformConnection.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DISCONNECTED");
    expect(openSecret(row.credentialsEncrypted)).toBeNull();
    expect(await pollConnection(db, id)).toBeNull();
    expect(await db.review.count({ where: { connectionId: id } })).toBe(1);
    await expect(disconnectConnection(db, id, actor)).rejects.toThrow("already disconnected");
    await expect(pauseConnection(db, id, actor)).rejects.toThrow();
    expect((await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.action)).toEqual([
      "connection.connected", "connection.paused", "connection.resumed", "connection.disconnected",
    ]);

    // Connecting the same place again brings the connection, and its reviews, back.
    const again = await saveConnection(db, queues, booking(organization.id, property.id), actor);
    expect(again).toEqual({ id, reconnected: true });
    expect(await db.platformConnection.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", lastPolledAt: null, pollCursor: null });
    expect(await db.review.count({ where: { connectionId: id } })).toBe(1);
  });
});
