import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db";
import { env } from "../../env";
import { closeQueues, createQueues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { createConnection, createHotelOnGoogle } from "@/prisma/factories";
import { TRUSTPILOT_SANDBOX_CREDENTIALS } from "@/sandbox/trustpilot/seed";
import { handleTrustpilotPush, trustpilotCredentialsMatch } from "./push";

// Trustpilot signs nothing: its webhooks carry the Basic credentials of the subscription URL.
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const GOOD = basic(env.TRUSTPILOT_WEBHOOK_USERNAME, env.TRUSTPILOT_WEBHOOK_PASSWORD);

describe("Trustpilot webhook credentials", () => {
  it("accepts the subscription's user name and password", () => {
    expect(trustpilotCredentialsMatch(GOOD)).toBe(true);
    expect(trustpilotCredentialsMatch(GOOD.replace("Basic", "basic"))).toBe(true);
  });

  it("refuses a wrong password or user name, none at all, and anything but Basic", () => {
    expect(trustpilotCredentialsMatch(basic(env.TRUSTPILOT_WEBHOOK_USERNAME, "wrong-password"))).toBe(false);
    expect(trustpilotCredentialsMatch(basic("someone-else", env.TRUSTPILOT_WEBHOOK_PASSWORD))).toBe(false);
    expect(trustpilotCredentialsMatch(basic(env.TRUSTPILOT_WEBHOOK_USERNAME, ""))).toBe(false);
    expect(trustpilotCredentialsMatch(null)).toBe(false);
    expect(trustpilotCredentialsMatch("")).toBe(false);
    expect(trustpilotCredentialsMatch(`Bearer ${env.TRUSTPILOT_WEBHOOK_PASSWORD}`)).toBe(false);
    expect(trustpilotCredentialsMatch(`Basic ${Buffer.from(env.TRUSTPILOT_WEBHOOK_PASSWORD).toString("base64")}`)).toBe(false);
  });
});

describe("handling a Trustpilot webhook", () => {
  const db = createDb();
  const redis = createRedis();
  const queues = createQueues(redis, `${env.QUEUE_PREFIX}-tp-push-${randomUUID().slice(0, 8)}`);
  const businessUnitId = randomUUID().replaceAll("-", "").slice(0, 24); // followed by this test's connection only
  let connectionId: string;
  const event = (eventName: string) => ({ events: [{ eventName, version: "1", eventData: { id: "53bffd360000640002975387", stars: 5, text: "Great" } }] });

  beforeAll(async () => {
    const tenant = await createHotelOnGoogle(db, { slug: `tp-push-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} });
    connectionId = (await createConnection(db, { organizationId: tenant.organization.id, propertyId: tenant.property.id, platform: "TRUSTPILOT", externalLocationId: businessUnitId, credentials: TRUSTPILOT_SANDBOX_CREDENTIALS })).id;
  });
  afterAll(async () => {
    await queues.pollConnection.obliterate({ force: true });
    await closeQueues(queues);
    redis.disconnect();
    await db.$disconnect();
  });
  const jobs = async () => (await queues.pollConnection.getJobs(["waiting", "delayed"])).filter((j) => j.data.connectionId === connectionId).map((j) => j.data);

  it("refuses missing or wrong credentials with the same 401 and polls nothing", async () => {
    for (const authorization of [null, basic("lobby", "guess")]) {
      expect(await handleTrustpilotPush(db, queues, { authorization, businessUnitId, body: event("service-review-created") })).toEqual({ status: 401, body: { error: "unauthorized" } });
    }
    expect(await jobs()).toEqual([]);
  });

  it("answers 400 to a payload it cannot read or a subscription URL without a business unit", async () => {
    expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId, body: { reviews: [] } })).toMatchObject({ status: 400 });
    expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId, body: { events: [] } })).toMatchObject({ status: 400 });
    expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId, body: null })).toMatchObject({ status: 400 });
    expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId: null, body: event("service-review-created") })).toMatchObject({ status: 400 });
    expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId: "../../x", body: event("service-review-created") })).toMatchObject({ status: 400 });
    expect(await jobs()).toEqual([]);
  });

  it("polls the connection that follows the business unit on any review event, once per few seconds", async () => {
    for (const name of ["service-review-created", "service-review-updated", "service-review-deleted", "something-new"]) {
      expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId, body: event(name) })).toEqual({ status: 200, body: { polled: 1 } });
    }
    // Pushes a few seconds apart share one poll (the bucket may turn over once between them).
    expect((await jobs()).length).toBeGreaterThanOrEqual(1);
    expect((await jobs()).length).toBeLessThanOrEqual(2);
    expect(new Set((await jobs()).map((j) => JSON.stringify(j)))).toEqual(new Set([JSON.stringify({ connectionId })]));
    expect(await handleTrustpilotPush(db, queues, { authorization: GOOD, businessUnitId: "0".repeat(24), body: event("service-review-created") })).toEqual({ status: 200, body: { polled: 0 } });
  });
});
