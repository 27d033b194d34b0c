import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../testing";
import { LISBON_ID, MUNICH_ID, startTripadvisorSandbox, tripadvisorClient } from "./testing";
import type { TripadvisorReview } from "./types";

describe("Tripadvisor sandbox: injected faults", () => {
  let sb: RunningSandbox;
  let ta: ReturnType<typeof tripadvisorClient>;
  beforeAll(async () => {
    sb = await startTripadvisorSandbox();
    ta = tripadvisorClient(sb);
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const fault = (body: unknown) => sb.admin("/_sandbox/faults", { tripadvisor: body });

  it.each([
    [500, "InternalServerErrorException"],
    [503, "ServiceUnavailableException"],
    [502, "BadGatewayException"],
  ])("answers %i in Tripadvisor's envelope for the next N calls, before the key is even checked", async (status, type) => {
    await fault({ status, count: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await ta.reviews(LISBON_ID, {}, null);
      expect(res.status).toBe(status);
      expect(await res.json()).toEqual({ error: { message: expect.any(String), type, code: status } });
    }
    expect((await ta.reviews(LISBON_ID)).status).toBe(200);
  });

  it("injects 429 with Retry-After, and leaves Google alone", async () => {
    await fault({ status: 429, count: 1, retryAfterSeconds: 12 });
    const google = await sb.google("/v4/accounts/1001/locations/2001/reviews");
    expect(google.status).toBe(200);
    const res = await ta.reviews(LISBON_ID);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("12");
    expect(await res.json()).toMatchObject({ error: { type: "TooManyRequestsException", code: 429 } });
  });

  it("answers slowly, then normally", async () => {
    await fault({ kind: "slow", delayMs: 150, count: 1 });
    const started = Date.now();
    const res = await ta.reviews(LISBON_ID);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("hangs until the client gives up", async () => {
    await fault({ kind: "hang", count: 1 });
    const url = `${sb.url}/api/v1/location/${LISBON_ID}/reviews`;
    await expect(fetch(url, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect((await ta.reviews(LISBON_ID)).status).toBe(200);
  });

  it("replaces one item of a page with one that breaks the schema", async () => {
    const clean = await ta.list(LISBON_ID);
    await fault({ kind: "malformed", count: 1 });
    const broken = ((await (await ta.reviews(LISBON_ID)).json()) as { data: Record<string, unknown>[] }).data;
    expect(broken).toHaveLength(clean.length);
    const bad = broken.filter((r) => typeof r.rating !== "number");
    expect(bad).toHaveLength(1);
    expect(bad[0]?.user).toBeNull();
    expect(broken.map((r) => r.id)).toEqual(clean.map((r) => r.id));
    expect((await ta.list(LISBON_ID)).every((r) => typeof r.rating === "number")).toBe(true);
  });

  it("cuts a page off mid-JSON", async () => {
    await fault({ kind: "truncate", count: 1 });
    const res = await ta.reviews(LISBON_ID);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text.startsWith('{"data":[')).toBe(true);
  });

  it("repeats an item of the location's previous page", async () => {
    const english = await ta.list(MUNICH_ID, "en");
    await fault({ kind: "duplicate", count: 1 });
    const german = ((await (await ta.reviews(MUNICH_ID, { language: "de" })).json()) as { data: TripadvisorReview[] }).data;
    expect(german).toHaveLength(6);
    expect(german.at(-1)).toEqual(english[0]);
    expect(german.slice(0, 5).every((r) => r.lang === "de")).toBe(true);
  });

  it("applies a posted management response, then drops the connection before answering", async () => {
    const target = (await ta.list(LISBON_ID)).find((r) => !r.owner_response) as TripadvisorReview;
    await fault({ kind: "lose-response", count: 1 });
    await expect(sb.admin(`/_sandbox/tripadvisor/reviews/${target.id}/owner-response`, { text: "Thank you for staying with us." })).rejects.toThrow();
    const stored = (await (await sb.admin(`/_sandbox/tripadvisor/reviews/${target.id}`)).json()) as TripadvisorReview;
    expect(stored.owner_response?.text).toBe("Thank you for staying with us.");
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
  });
});
