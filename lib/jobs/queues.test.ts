import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { JOBS } from "./definitions";
import { closeQueues, createQueues, enqueue, enqueueMany } from "./queues";
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
