import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GOOGLE_SANDBOX_LOCATIONS } from "./google/seed";
import type { GoogleReview } from "./google/types";
import type { LedgerSnapshot } from "./ledger";
import { startSandbox, type RunningSandbox } from "./testing";

// The sandbox's ledger (GET /_sandbox/ledger) and faults given as a share of calls: what a fault
// suite needs to know exactly what the platforms did.

let sb: RunningSandbox;
const LOCATION = GOOGLE_SANDBOX_LOCATIONS.lisbon.name;
const ledger = async () => (await (await sb.admin("/_sandbox/ledger")).json()) as LedgerSnapshot;
const list = async () => sb.google(`/v4/${LOCATION}/reviews?pageSize=5`);

beforeAll(async () => {
  sb = await startSandbox();
});
beforeEach(async () => {
  await sb.admin("/_sandbox/reset", {});
});
afterAll(() => sb.sandbox.close());

describe("sandbox ledger", () => {
  it("records every item served broken exactly as it went out, and a fresh one carries a change time of now", async () => {
    await sb.admin("/_sandbox/faults", { google: [{ kind: "malformed", count: 1 }, { kind: "malformed", fresh: true, count: 1 }] });
    const before = Date.now();
    const plain = ((await (await list()).json()) as { reviews: Record<string, unknown>[] }).reviews[0];
    const fresh = ((await (await list()).json()) as { reviews: Record<string, unknown>[] }).reviews[0];
    const { broken, faulted, calls } = await ledger();
    expect(broken.map((b) => b.item)).toEqual([plain, fresh]);
    expect(broken.map((b) => [b.platform, b.scope, b.reviewId])).toEqual([
      ["google", LOCATION, plain?.reviewId],
      ["google", LOCATION, fresh?.reviewId],
    ]);
    expect(plain).toMatchObject({ starRating: "SIX" });
    expect(Date.parse(String(plain?.updateTime))).toBeLessThan(before);
    expect(Date.parse(String(fresh?.updateTime))).toBeGreaterThanOrEqual(before - 1);
    expect(faulted.google).toEqual({ malformed: 2 });
    expect(calls.google).toBe(2);
  });

  it("counts reply writes per review, a second write as a second, and forgets everything on reset", async () => {
    const [target] = ((await (await list()).json()) as { reviews: GoogleReview[] }).reviews;
    const put = (comment: string) => sb.google(`/v4/${LOCATION}/reviews/${target?.reviewId}/reply`, { method: "PUT", body: JSON.stringify({ comment }) });
    expect((await put("Thank you!")).status).toBe(200);
    await sb.admin("/_sandbox/faults", { google: { kind: "lose-response", count: 1 } });
    await expect(put("Thank you!")).rejects.toThrow(); // applied, then the connection dropped
    expect((await ledger()).replyWrites).toEqual({ google: { [target!.reviewId]: 2 } });
    await sb.admin("/_sandbox/reset", {});
    expect(await ledger()).toEqual({ calls: {}, faulted: {}, broken: [], replyWrites: {}, refusedReplies: [] });
  });

  it("fails about the share of calls asked for, with the same sequence every time", async () => {
    const run = async () => {
      await sb.admin("/_sandbox/reset", {});
      await sb.admin("/_sandbox/faults", { google: { kind: "status", status: 503, share: 0.25 } });
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) statuses.push((await list()).status);
      return statuses;
    };
    const first = await run();
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(70);
    expect(await run()).toEqual(first);
    expect((await ledger()).faulted.google).toEqual({ status: failed });
  });

  it("refuses a fault with both a count and a share, or neither", async () => {
    expect((await sb.admin("/_sandbox/faults", { google: { kind: "hang", count: 1, share: 0.5 } })).status).toBe(400);
    expect((await sb.admin("/_sandbox/faults", { google: { kind: "hang" } })).status).toBe(400);
    expect((await sb.admin("/_sandbox/faults", { google: { kind: "hang", share: 1.5 } })).status).toBe(400);
  });
});
