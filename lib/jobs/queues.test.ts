import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { JOBS } from "./definitions";
import { appQueues, closeQueues, createQueues, enqueue, enqueueMany, type Queues } from "./queues";
import { createRedis } from "./redis";

const redis = createRedis();
const queues = createQueues(redis, `${env.QUEUE_PREFIX}-queues-${randomUUID().slice(0, 8)}`);

afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  await closeQueues(queues);
  redis.disconnect();
});

const drafts = (...reviewIds: string[]) => reviewIds.map((reviewId) => ({ payload: { reviewId }, jobId: `draft-${reviewId}` }));
const queuedIds = async () => (await queues.draftReply.getJobs(["waiting"])).map((j) => j.id).sort();

describe("adding many jobs at once", () => {
  it("adds each job id once, whether repeated in one call, across calls or already added alone", async () => {
    await enqueueMany(queues, "draftReply", drafts("a", "b", "a"));
    await enqueueMany(queues, "draftReply", drafts("b", "c"));
    await enqueue(queues, "draftReply", { reviewId: "d" }, "draft-d");
    await enqueueMany(queues, "draftReply", drafts("d", "c"));
    expect(await queuedIds()).toEqual(["draft-a", "draft-b", "draft-c", "draft-d"]);
  });

  it("gives every job the payload and the options of its kind, like enqueue", async () => {
    await enqueueMany(queues, "draftReply", drafts("e"));
    const job = await queues.draftReply.getJob("draft-e");
    expect(job?.data).toEqual({ reviewId: "e" });
    expect(job?.name).toBe("draftReply");
    expect(job?.opts).toMatchObject({ attempts: JOBS.draftReply.options.attempts, backoff: JOBS.draftReply.options.backoff });
  });

  it("refuses the whole batch when one payload is invalid, adding none of it", async () => {
    await expect(enqueueMany(queues, "draftReply", [...drafts("f"), { payload: { reviewId: "" }, jobId: "draft-empty" }])).rejects.toThrow();
    expect(await queues.draftReply.getJob("draft-f")).toBeUndefined();
  });

  it("does nothing for no jobs", async () => {
    expect(await enqueueMany(queues, "draftReply", [])).toEqual([]);
  });
});

describe("the web app's queues", () => {
  const holder = globalThis as unknown as { lobbyQueues?: Partial<Queues>; lobbyQueuesRedis?: ReturnType<typeof createRedis> };

  it("are made again when the set cached before a reload lacks a job kind, and the outdated set is closed", async () => {
    const staleRedis = createRedis();
    const { importReviews: _added, ...stale } = createQueues(staleRedis, `${env.QUEUE_PREFIX}-stale-${randomUUID().slice(0, 8)}`);
    holder.lobbyQueues = stale;
    holder.lobbyQueuesRedis = staleRedis;
    try {
      const queues = appQueues();
      expect(queues).not.toBe(stale);
      for (const name of Object.keys(JOBS) as (keyof typeof JOBS)[]) expect(queues[name]?.name).toBe(JOBS[name].queue);
      // The Failed jobs page reads every queue's failed set: this is what threw on the stale set.
      expect(await queues.importReviews.getFailedCount()).toBeGreaterThanOrEqual(0);
      // Kept from now on, while the outdated set and its connection are let go.
      expect(appQueues()).toBe(queues);
      for (let i = 0; i < 100 && staleRedis.status !== "end"; i++) await new Promise((r) => setTimeout(r, 20));
      expect(staleRedis.status).toBe("end");
    } finally {
      if (holder.lobbyQueues) await closeQueues(holder.lobbyQueues as Queues);
      holder.lobbyQueuesRedis?.disconnect();
      delete holder.lobbyQueues;
      delete holder.lobbyQueuesRedis;
    }
  });
});
