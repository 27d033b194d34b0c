import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { closeQueues, createQueues } from "../jobs/queues";
import { createRedis } from "../jobs/redis";
import { createConnection, createHotelOnGoogle, createProperty } from "@/prisma/factories";
import { pollOnPush } from "./poll-on-push";

const db = createDb();
const redis = createRedis();
const queues = createQueues(redis, `${env.QUEUE_PREFIX}-pop-${randomUUID().slice(0, 8)}`);
afterAll(async () => {
  await queues.pollConnection.obliterate({ force: true });
  await closeQueues(queues);
  redis.disconnect();
  await db.$disconnect();
});

describe("a push triggers a poll", () => {
  it("of every live connection following the place, not paused or disconnected ones; a moderation decision gets a job of its own", async () => {
    const place = `prop-${randomUUID().slice(0, 8)}`;
    const tenant = await createHotelOnGoogle(db, { slug: `pop-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} });
    const hotel = (name: string) =>
      createProperty(db, { organizationId: tenant.organization.id, name, city: "Lisbon", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt"], signatoryName: "I", signatoryTitle: "GM" });
    const follow = async (name: string, status: "ACTIVE" | "ERROR" | "PAUSED" | "DISCONNECTED") => {
      const c = await createConnection(db, { organizationId: tenant.organization.id, propertyId: (await hotel(name)).id, platform: "EXPEDIA", externalLocationId: place, credentials: {} });
      await db.platformConnection.update({ where: { id: c.id }, data: { status } });
      return c.id;
    };
    const [active, failing] = [await follow("A", "ACTIVE"), await follow("B", "ERROR")];
    await follow("C", "PAUSED");
    await follow("D", "DISCONNECTED");

    expect(await pollOnPush(db, queues, "EXPEDIA", place)).toBe(2);
    expect(await pollOnPush(db, queues, "EXPEDIA", place)).toBe(2); // same few seconds: the same jobs
    expect(await pollOnPush(db, queues, "EXPEDIA", place, { replyStatusOf: "review:1/x" })).toBe(2);
    const jobs = (await queues.pollConnection.getJobs(["waiting"])).map((j) => ({ id: j.id ?? "", data: j.data as unknown }));
    const plain = jobs.filter((j) => !(j.data as { replyStatusOf?: string }).replyStatusOf);
    const moderation = jobs.filter((j) => (j.data as { replyStatusOf?: string }).replyStatusOf);
    expect(new Set(plain.map((j) => JSON.stringify(j.data)))).toEqual(new Set([JSON.stringify({ connectionId: active }), JSON.stringify({ connectionId: failing })]));
    expect(plain.length).toBeLessThanOrEqual(4); // two pushes share a job unless the 5-second bucket turned over between them
    expect(moderation.map((j) => j.data)).toEqual(expect.arrayContaining([{ connectionId: active, replyStatusOf: "review:1/x" }, { connectionId: failing, replyStatusOf: "review:1/x" }]));
    expect(moderation).toHaveLength(2);
    expect(moderation.every((j) => !j.id.slice(j.id.indexOf("-reply-")).includes(":"))).toBe(true);
  });
});
