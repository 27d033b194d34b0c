import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db";
import { env } from "../../env";
import { closeQueues, createQueues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { createHotelOnGoogle } from "@/prisma/factories";
import { GOOGLE_SANDBOX_CLIENT, GOOGLE_SANDBOX_LOCATIONS } from "@/sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { handleGooglePush } from "./push";

// The sandbox pushes the way Pub/Sub would, to a receiver that does what app/api/webhooks/google does.
const db = createDb();
const redis = createRedis();
const queues = createQueues(redis, `${env.QUEUE_PREFIX}-push-${randomUUID().slice(0, 8)}`);
const answers: number[] = [];
let receiver: Server;
let sandbox: RunningSandbox;

beforeAll(async () => {
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://x");
    const answer = await handleGooglePush(db, queues, { token: url.searchParams.get("token"), body: JSON.parse(Buffer.concat(chunks).toString() || "null") });
    answers.push(answer.status);
    res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const port = (receiver.address() as AddressInfo).port;
  sandbox = await startSandbox({ pushUrl: `http://127.0.0.1:${port}`, googlePushToken: env.GOOGLE_PUSH_TOKEN });
});
afterAll(async () => {
  await sandbox.sandbox.close();
  receiver.close();
  await closeQueues(queues);
  redis.disconnect();
  await db.$disconnect();
});

async function pollJobsFor(connectionId: string) {
  return (await queues.pollConnection.getJobs(["waiting", "delayed"])).filter((j) => j.data.connectionId === connectionId);
}

describe("Google push notifications", () => {
  it("a new review on the platform triggers an immediate poll of the connection that follows it", async () => {
    const { connection } = await createHotelOnGoogle(db, { slug: `push-${randomUUID().slice(0, 8)}`, locationName: GOOGLE_SANDBOX_LOCATIONS.munich.name, credentials: GOOGLE_SANDBOX_CLIENT });
    const added = await sandbox.admin("/_sandbox/google/reviews", { location: GOOGLE_SANDBOX_LOCATIONS.munich.name, reviewerName: "Lea", starRating: "FOUR", comment: "Quiet room, great breakfast." });
    expect(added.status).toBe(201);
    for (let i = 0; i < 50 && (await pollJobsFor(connection.id)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await pollJobsFor(connection.id)).map((j) => j.data)).toEqual([{ connectionId: connection.id }]);
    expect(answers.at(-1)).toBe(200);
  });

  it("refuses a push without the subscription's token, and a message that names no location", async () => {
    const body = { message: { data: Buffer.from(JSON.stringify({ type: "NEW_REVIEW", locationName: GOOGLE_SANDBOX_LOCATIONS.munich.name })).toString("base64") } };
    expect((await handleGooglePush(db, queues, { token: "wrong-token", body })).status).toBe(401);
    expect((await handleGooglePush(db, queues, { token: env.GOOGLE_PUSH_TOKEN, body: { message: { data: "bm90IGpzb24=" } } })).status).toBe(400);
    expect((await handleGooglePush(db, queues, { token: env.GOOGLE_PUSH_TOKEN, body: { hello: "world" } })).status).toBe(400);
    expect((await handleGooglePush(db, queues, { token: env.GOOGLE_PUSH_TOKEN, body })).status).toBe(200);
  });
});
