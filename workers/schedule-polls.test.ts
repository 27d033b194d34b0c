import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { closeQueues, createQueues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { createConnection, createHotelOnGoogle, createProperty } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "@/sandbox/trustpilot/seed";
import { schedulePolls } from "./schedule-polls";

// The poll schedule: one repeatable poll per connection, except Google connections that share an
// account and a grant, which share one that reads them together.
const db = createDb();
const redis = createRedis();
const prefix = `${env.QUEUE_PREFIX}-sched-${randomUUID().slice(0, 8)}`;
const queues = createQueues(redis, prefix);

afterAll(async () => {
  await queues.pollConnection.obliterate({ force: true });
  await closeQueues(queues);
  redis.disconnect();
  await db.$disconnect();
});

let ids: { lisbon: string; munich: string; trustpilot: string };
beforeAll(async () => {
  const tenant = await createHotelOnGoogle(db, { slug: `sched-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.lisbon.name, credentials: GOOGLE_SANDBOX_CLIENT });
  const munichHotel = await createProperty(db, {
    organizationId: tenant.organization.id, name: "Munich", city: "Munich", country: "Germany", timeZone: "Europe/Berlin", languages: ["de"], signatoryName: "M", signatoryTitle: "GM",
  });
  const munich = await createConnection(db, { organizationId: tenant.organization.id, propertyId: munichHotel.id, platform: "GOOGLE", externalLocationId: GOOGLE_SANDBOX_LOCATIONS.munich.name, credentials: GOOGLE_SANDBOX_CLIENT });
  const trustpilot = await createConnection(db, {
    organizationId: tenant.organization.id, propertyId: tenant.property.id, platform: "TRUSTPILOT", externalLocationId: TRUSTPILOT_SANDBOX_BUSINESS_UNITS.lisbon.id, credentials: TRUSTPILOT_SANDBOX_CREDENTIALS,
  });
  // Both Google connections were read once already (a first read is always a connection's own).
  await db.platformConnection.updateMany({ where: { id: { in: [tenant.connection.id, munich.id] } }, data: { pollCursor: "2025-05-01T00:00:00.000Z", lastPolledAt: new Date() } });
  ids = { lisbon: tenant.connection.id, munich: munich.id, trustpilot: trustpilot.id };
});

async function schedulersOfOurs() {
  const mine = new Set(Object.values(ids));
  return (await queues.pollConnection.getJobSchedulers()).filter((s) => {
    const data = s.template?.data as { connectionId?: string; googleGroup?: string[] } | undefined;
    return [data?.connectionId, ...(data?.googleGroup ?? [])].some((id) => id !== undefined && mine.has(id));
  });
}

describe("the poll schedule", () => {
  it("gives Google connections on one account and grant one shared poll; every connection keeps its full walk", async () => {
    await schedulePolls(db, queues, 30_000);
    const schedulers = await schedulersOfOurs();
    const keys = schedulers.map((s) => s.key).sort();
    const group = schedulers.find((s) => s.key.startsWith("poll-google-"));
    expect(keys).toEqual([group?.key, `full-walk-${ids.lisbon}`, `full-walk-${ids.munich}`, `full-walk-${ids.trustpilot}`, `poll-${ids.trustpilot}`].sort());
    const data = group?.template?.data as { connectionId: string; googleGroup: string[] };
    expect([data.connectionId, ...data.googleGroup].sort()).toEqual([ids.lisbon, ids.munich].sort());
    expect(group?.every).toBe(30_000);
    // The new Trustpilot connection is read at once.
    expect((await queues.pollConnection.getJob(`first-poll-${ids.trustpilot}`))?.data).toEqual({ connectionId: ids.trustpilot });
  });

  it("goes back to a poll per connection when the group falls apart", async () => {
    await db.platformConnection.update({ where: { id: ids.munich }, data: { status: "PAUSED" } });
    await schedulePolls(db, queues, 30_000);
    const keys = (await schedulersOfOurs()).map((s) => s.key).sort();
    expect(keys).toEqual([`full-walk-${ids.lisbon}`, `full-walk-${ids.trustpilot}`, `poll-${ids.lisbon}`, `poll-${ids.trustpilot}`].sort());
  });
});
