import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../testing";
import { TRIPADVISOR_SANDBOX_API_KEY } from "./seed";
import { LISBON_ID, startTripadvisorSandbox, tripadvisorClient } from "./testing";

const tooMany = { error: { message: expect.any(String), type: "TooManyRequestsException", code: 429 } };

describe("Tripadvisor sandbox: calls per second per key", () => {
  let sb: RunningSandbox;
  let clock = Date.parse("2025-06-01T10:00:00.000Z");
  beforeAll(async () => {
    sb = await startTripadvisorSandbox({ tripadvisorPerSecond: 3, now: () => new Date(clock) });
  });
  afterAll(() => sb.sandbox.close());

  it("answers 429 with Retry-After: 1 over the per-second limit, and recovers a second later", async () => {
    const ta = tripadvisorClient(sb);
    expect((await ta.reviews(LISBON_ID, {}, "not-a-key")).status).toBe(403); // refused calls are not metered
    for (let i = 0; i < 3; i++) expect((await ta.reviews(LISBON_ID)).status).toBe(200);
    const res = await ta.reviews(LISBON_ID);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    const body = (await res.json()) as { error: { message: string } };
    expect(body).toEqual(tooMany);
    expect(body.error.message).toContain("3 calls per second");
    clock += 1001;
    expect((await ta.reviews(LISBON_ID)).status).toBe(200);
  });
});

describe("Tripadvisor sandbox: daily call budget", () => {
  let sb: RunningSandbox;
  let clock = Date.parse("2025-06-01T22:00:00.000Z");
  beforeAll(async () => {
    sb = await startTripadvisorSandbox({ tripadvisorDailyBudget: 2, now: () => new Date(clock) });
  });
  afterAll(() => sb.sandbox.close());

  it("answers 429 until the next UTC midnight once the day's budget is spent", async () => {
    const ta = tripadvisorClient(sb);
    expect((await ta.reviews(LISBON_ID)).status).toBe(200);
    expect((await ta.reviews(LISBON_ID, { language: "pt" })).status).toBe(200);
    clock += 60_000; // 22:01
    const over = await ta.reviews(LISBON_ID);
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe(String(119 * 60));
    const body = (await over.json()) as { error: { message: string } };
    expect(body).toEqual(tooMany);
    expect(body.error.message).toContain("Daily call limit of 2");
    expect(await (await sb.admin("/_sandbox/tripadvisor/limits")).json()).toEqual({ perSecond: 50, dailyBudget: 2, callsToday: 2 });
    clock = Date.parse("2025-06-02T00:00:01.000Z");
    expect((await ta.reviews(LISBON_ID)).status).toBe(200);
  });

  it("takes new limits through the admin API, and reset goes back to the configured ones", async () => {
    const ta = tripadvisorClient(sb);
    clock = Date.parse("2025-06-03T08:00:00.000Z");
    const set = await sb.admin("/_sandbox/tripadvisor/limits", { dailyBudget: 1 });
    expect(await set.json()).toEqual({ perSecond: 50, dailyBudget: 1, callsToday: 0 });
    expect((await ta.reviews(LISBON_ID)).status).toBe(200);
    expect((await ta.reviews(LISBON_ID)).status).toBe(429);
    expect((await sb.admin("/_sandbox/tripadvisor/limits", { dailyBudget: -1 })).status).toBe(400);
    await sb.admin("/_sandbox/reset", {});
    expect(await (await sb.admin("/_sandbox/tripadvisor/limits")).json()).toEqual({ perSecond: 50, dailyBudget: 2, callsToday: 0 });
    const key = new URLSearchParams({ key: TRIPADVISOR_SANDBOX_API_KEY });
    expect((await fetch(`${sb.url}/api/v1/location/${LISBON_ID}/reviews?${key}`)).status).toBe(200);
  });
});
