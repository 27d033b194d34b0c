import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db";
import { env } from "../../env";
import { closeQueues, createQueues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { createConnection, createHotelOnGoogle } from "@/prisma/factories";
import { EXPEDIA_NOTIFICATION_HEADERS, signExpediaNotification } from "@/sandbox/expedia/notifications";
import { EXPEDIA_SANDBOX_CREDENTIALS } from "@/sandbox/expedia/seed";
import { EXPEDIA_SIGNATURE_HEADER, EXPEDIA_TIMESTAMP_HEADER, expediaSignature, handleExpediaPush, verifyExpediaSignature } from "./push";

// Expedia's notifications are signed with the callback's secret over the timestamp and raw body.
const SECRET = "a-secret-of-the-callback-configuration";
const NOW = Date.parse("2026-03-01T12:00:00Z");
const seconds = (ms: number) => String(Math.floor(ms / 1000));

describe("verifying an Expedia notification's signature", () => {
  const body = JSON.stringify({ eventId: "e-1", eventType: "ReviewsApproved", payload: { propertyId: "31477520", reviewId: "r-1" } });
  const signed = (at: number, raw = body) => ({ signature: expediaSignature(SECRET, seconds(at), raw), timestamp: seconds(at), rawBody: raw });

  it("accepts a notification signed with the secret, within the replay window", () => {
    expect(verifyExpediaSignature(signed(NOW), NOW, SECRET)).toEqual({ ok: true });
    expect(verifyExpediaSignature(signed(NOW - 4 * 60_000), NOW, SECRET)).toEqual({ ok: true });
    // Hex case does not matter.
    const upper = signed(NOW);
    expect(verifyExpediaSignature({ ...upper, signature: upper.signature.toUpperCase() }, NOW, SECRET)).toEqual({ ok: true });
  });

  it("refuses a wrong signature, a changed body, another secret, a stale or future timestamp, and a missing header", () => {
    const good = signed(NOW);
    expect(verifyExpediaSignature({ ...good, signature: good.signature.replace(/^./, (c) => (c === "0" ? "1" : "0")) }, NOW, SECRET)).toEqual({ ok: false, reason: "wrong signature" });
    expect(verifyExpediaSignature({ ...good, rawBody: body.replace("r-1", "r-2") }, NOW, SECRET)).toEqual({ ok: false, reason: "wrong signature" });
    expect(verifyExpediaSignature(good, NOW, "another-secret-entirely")).toEqual({ ok: false, reason: "wrong signature" });
    // Re-signing the same body with a new timestamp needs the secret: an old signature with a fresh timestamp fails.
    expect(verifyExpediaSignature({ ...signed(NOW - 10 * 60_000), timestamp: seconds(NOW) }, NOW, SECRET)).toEqual({ ok: false, reason: "wrong signature" });
    expect(verifyExpediaSignature(signed(NOW - 6 * 60_000), NOW, SECRET)).toEqual({ ok: false, reason: "stale timestamp" });
    expect(verifyExpediaSignature(signed(NOW + 6 * 60_000), NOW, SECRET)).toEqual({ ok: false, reason: "stale timestamp" });
    expect(verifyExpediaSignature({ ...good, signature: null }, NOW, SECRET)).toEqual({ ok: false, reason: "unsigned notification" });
    expect(verifyExpediaSignature({ ...good, timestamp: null }, NOW, SECRET)).toEqual({ ok: false, reason: "unsigned notification" });
    expect(verifyExpediaSignature({ ...good, timestamp: "2026-03-01T12:00:00Z" }, NOW, SECRET)).toEqual({ ok: false, reason: "malformed timestamp" });
  });

  it("agrees with the sandbox, which signs as Expedia would", () => {
    expect([EXPEDIA_NOTIFICATION_HEADERS.signature, EXPEDIA_NOTIFICATION_HEADERS.timestamp]).toEqual([EXPEDIA_SIGNATURE_HEADER, EXPEDIA_TIMESTAMP_HEADER]);
    const at = Math.floor(NOW / 1000);
    expect(verifyExpediaSignature({ signature: signExpediaNotification(SECRET, at, body), timestamp: String(at), rawBody: body }, NOW, SECRET)).toEqual({ ok: true });
  });
});

describe("handling an Expedia notification", () => {
  const db = createDb();
  const redis = createRedis();
  const queues = createQueues(redis, `${env.QUEUE_PREFIX}-exp-push-${randomUUID().slice(0, 8)}`);
  const propertyId = `9${Date.now() % 1_000_000_000}`; // a property only this test's connection follows
  let connectionId: string;

  beforeAll(async () => {
    const tenant = await createHotelOnGoogle(db, { slug: `exp-push-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} });
    connectionId = (await createConnection(db, { organizationId: tenant.organization.id, propertyId: tenant.property.id, platform: "EXPEDIA", externalLocationId: propertyId, credentials: EXPEDIA_SANDBOX_CREDENTIALS })).id;
  });
  afterAll(async () => {
    await queues.pollConnection.obliterate({ force: true });
    await closeQueues(queues);
    redis.disconnect();
    await db.$disconnect();
  });

  const push = (notification: unknown, opts: { raw?: string; at?: number } = {}) => {
    const rawBody = opts.raw ?? JSON.stringify(notification);
    const timestamp = seconds(opts.at ?? Date.now());
    return handleExpediaPush(db, queues, { signature: expediaSignature(env.EXPEDIA_NOTIFICATION_SECRET, timestamp, rawBody), timestamp, rawBody });
  };
  const jobs = async () => (await queues.pollConnection.getJobs(["waiting", "delayed"])).filter((j) => j.data.connectionId === connectionId).map((j) => j.data);

  it("answers every refusal the same 401, whatever was wrong", async () => {
    const rawBody = JSON.stringify({ eventId: "x", eventType: "ReviewsApproved", payload: { propertyId } });
    const stale = seconds(Date.now() - 3_600_000);
    const answers = await Promise.all([
      handleExpediaPush(db, queues, { signature: null, timestamp: null, rawBody }),
      handleExpediaPush(db, queues, { signature: "00".repeat(32), timestamp: seconds(Date.now()), rawBody }),
      handleExpediaPush(db, queues, { signature: expediaSignature(env.EXPEDIA_NOTIFICATION_SECRET, stale, rawBody), timestamp: stale, rawBody }),
    ]);
    expect(answers).toEqual(Array(3).fill({ status: 401, body: { error: "unauthorized" } }));
    expect(await jobs()).toEqual([]);
  });

  it("refuses a signed body that is not JSON or not a notification with 400, and polls nothing", async () => {
    expect(await push(null, { raw: "{not json" })).toMatchObject({ status: 400 });
    expect(await push({ eventType: "ReviewsApproved" })).toMatchObject({ status: 400, body: { error: "not an Expedia notification" } });
    expect(await push({ eventId: "e", eventType: "ReviewsManagementResponseApproved", payload: { propertyId } })).toMatchObject({ status: 400 });
    expect(await jobs()).toEqual([]);
  });

  it("polls on an approved review, waits on a submitted one, ignores other events, and reads a moderation decision at once", async () => {
    expect(await push({ eventId: "1", eventType: "GuestReviewSubmitted", payload: { propertyId, reviewId: "r-1" } })).toEqual({ status: 200, body: { polled: 0 } });
    expect(await push({ eventId: "2", eventType: "MessageReceived", payload: { propertyId } })).toEqual({ status: 200, body: { polled: 0 } });
    expect(await jobs()).toEqual([]);
    expect(await push({ eventId: "3", eventType: "ReviewsApproved", payload: { propertyId, reviewId: "r-1" } })).toEqual({ status: 200, body: { polled: 1 } });
    expect(await push({ eventId: "4", eventType: "ReviewsManagementResponseRejected", payload: { propertyId, reviewId: "r-0" } })).toEqual({ status: 200, body: { polled: 1 } });
    expect(await jobs()).toEqual(expect.arrayContaining([{ connectionId }, { connectionId, replyStatusOf: "r-0" }]));
    expect(await jobs()).toHaveLength(2);
    expect(await push({ eventId: "5", eventType: "ReviewsApproved", payload: { propertyId: "1" } })).toEqual({ status: 200, body: { polled: 0 } });
  });
});
