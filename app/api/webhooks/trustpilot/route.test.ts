import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Queues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { until, webhookReceiver } from "@/lib/platforms/testing";
import { createConnection, createHotelOnGoogle, createProperty } from "@/prisma/factories";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "@/sandbox/trustpilot/seed";
import type { TrustpilotReview } from "@/sandbox/trustpilot/types";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";

// The sandbox sends Trustpilot's webhooks to this route, served by a small HTTP server; the route
// queues its jobs on queues of this test's own.
const holder = vi.hoisted(() => ({ queues: undefined as Queues | undefined }));
vi.mock("@/lib/jobs/queues", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/jobs/queues")>();
  return {
    ...actual,
    appQueues: () => {
      if (!holder.queues) throw new Error("queues not ready");
      return holder.queues;
    },
  };
});
const { closeQueues, createQueues } = await import("@/lib/jobs/queues");
const { POST } = await import("./route");

const redis = createRedis();
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
let sandbox: RunningSandbox;
let ids: { lisbon: string; munich: string };
const { lisbon: LISBON, munich: MUNICH } = TRUSTPILOT_SANDBOX_BUSINESS_UNITS;
const AUTH = `Basic ${Buffer.from(`${env.TRUSTPILOT_WEBHOOK_USERNAME}:${env.TRUSTPILOT_WEBHOOK_PASSWORD}`).toString("base64")}`;

beforeAll(async () => {
  holder.queues = createQueues(redis, `${env.QUEUE_PREFIX}-tp-route-${randomUUID().slice(0, 8)}`);
  receiver = await webhookReceiver(POST);
  sandbox = await startSandbox({
    pushUrl: receiver.url,
    trustpilotWebhookAuth: { username: env.TRUSTPILOT_WEBHOOK_USERNAME, password: env.TRUSTPILOT_WEBHOOK_PASSWORD },
  });
  const tenant = await createHotelOnGoogle(db, { slug: `tp-route-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} });
  const munichHotel = await createProperty(db, {
    organizationId: tenant.organization.id, name: MUNICH.displayName, city: "Munich", country: "Germany", timeZone: "Europe/Berlin", languages: ["de"], signatoryName: "M", signatoryTitle: "GM",
  });
  const connect = (propertyId: string, unit: string) =>
    createConnection(db, { organizationId: tenant.organization.id, propertyId, platform: "TRUSTPILOT", externalLocationId: unit, credentials: TRUSTPILOT_SANDBOX_CREDENTIALS });
  ids = { lisbon: (await connect(tenant.property.id, LISBON.id)).id, munich: (await connect(munichHotel.id, MUNICH.id)).id };
});
afterAll(async () => {
  await sandbox.sandbox.close();
  await receiver.close();
  if (holder.queues) {
    await holder.queues.pollConnection.obliterate({ force: true });
    await closeQueues(holder.queues);
  }
  redis.disconnect();
  await db.$disconnect();
});

const pollJobs = async (connectionId: string) => (await holder.queues!.pollConnection.getJobs(["waiting", "delayed"])).filter((j) => j.data.connectionId === connectionId);
const eventNames = () => receiver.received.map((r) => (r.request as { events: { eventName: string }[] }).events[0]?.eventName);

describe("Trustpilot webhooks", () => {
  it("a new review on Trustpilot queues an immediate poll of the connection that follows its business unit, and only that one", async () => {
    const res = await sandbox.admin("/_sandbox/trustpilot/reviews", { businessUnitId: LISBON.id, consumerName: "Joana", stars: 5, text: "Lovely tiles, lovely people." });
    expect(res.status).toBe(201);
    const jobs = await until(() => pollJobs(ids.lisbon), (j) => j.length > 0);
    expect(jobs.map((j) => j.data)).toEqual([{ connectionId: ids.lisbon }]);
    expect(await pollJobs(ids.munich)).toEqual([]);
    // Other tests' hotels in this database may follow the same sandbox business unit: at least ours was polled.
    await until(() => receiver.received.length, (n) => n > 0);
    expect(receiver.received).toEqual([
      expect.objectContaining({ path: `/trustpilot?businessUnitId=${LISBON.id}`, status: 200, answer: { polled: expect.any(Number) } }),
    ]);
    expect((receiver.received[0]?.answer as { polled: number }).polled).toBeGreaterThanOrEqual(1);
    expect(eventNames()).toEqual(["service-review-created"]);
  });

  it("a revised or deleted review and a company reply each reach Lobby too", async () => {
    const state = sandbox.sandbox.platforms.trustpilot.state;
    const review = state.businessUnits.get(MUNICH.id)?.reviews[0] as TrustpilotReview;
    const before = receiver.received.length;
    await sandbox.admin(`/_sandbox/trustpilot/reviews/${review.id}/edit`, { stars: 2, text: "Changed my mind about breakfast." });
    const user = state.users.find((u) => u.businessUnitIds.includes(MUNICH.id));
    if (!user) throw new Error("the seed has a Munich user");
    state.putReply(review, "Danke für Ihre Rückmeldung.", user);
    await sandbox.admin(`/_sandbox/trustpilot/reviews/${review.id}`, undefined, "DELETE");
    await until(() => receiver.received.length, (n) => n >= before + 3);
    // Three pushes in flight at once may arrive in any order.
    expect(eventNames().slice(before).sort()).toEqual(["service-review-deleted", "service-review-reply-created", "service-review-updated"]);
    expect(receiver.received.slice(before).map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await until(() => pollJobs(ids.munich), (j) => j.length > 0)).map((j) => j.data.connectionId)).toContain(ids.munich);
  });

  it("refuses a push without the subscription's credentials, and says nothing about why", async () => {
    const body = JSON.stringify({ events: [{ eventName: "service-review-created", version: "1", eventData: { id: "abc" } }] });
    const url = `http://lobby.test/api/webhooks/trustpilot?businessUnitId=${LISBON.id}`;
    const post = (headers: Record<string, string>, payload = body) => POST(new Request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: payload }));
    const refusals: Record<string, string>[] = [{}, { authorization: `Basic ${Buffer.from("lobby:guess").toString("base64")}` }];
    for (const headers of refusals) {
      const res = await post(headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: "unauthorized" });
    }
    const malformed = await post({ authorization: AUTH }, "{not json");
    expect(malformed.status).toBe(400);
    expect((await post({ authorization: AUTH })).status).toBe(200);
  });
});
