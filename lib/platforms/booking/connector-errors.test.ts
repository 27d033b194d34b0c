import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BOOKING_SANDBOX_CREDENTIALS, BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS } from "../../../sandbox/booking/seed";
import { MUNICH_ID, startBookingSandbox } from "../../../sandbox/booking/testing";
import { PlatformError } from "../errors";
import { createBookingConnector } from "./connector";
import { bookingConnectorHarness, collect, thrown } from "./testing";

describe("Booking.com connector: failures become typed PlatformErrors", () => {
  const h = bookingConnectorHarness();
  const { connector } = h;
  const sbx = () => h.sb();
  const faults = (fault: unknown) => sbx().admin("/_sandbox/faults", { booking: fault });
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  it("turns 429 into rate_limited with retryAfterMs from Retry-After", async () => {
    await faults({ status: 429, count: 1, retryAfterSeconds: 7 });
    const limited = await thrown(collect(connector().listReviewsSince(null)));
    expect(limited).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 7000, retryable: true, platform: "BOOKING" });
    expect(limited.message).toContain("429 Too many requests");
  });

  it("hits the sandbox's real per-account limit as rate_limited", async () => {
    const limited = await startBookingSandbox({ bookingRatePerMin: 2 });
    try {
      const c = createBookingConnector({ apiBase: limited.url, credentials: { ...BOOKING_SANDBOX_CREDENTIALS }, propertyId: MUNICH_ID });
      await collect(c.listReviewsSince(null)); // a page and the empty page: two calls
      const error = await thrown(collect(c.listReviewsSince(null)));
      expect(error.kind).toBe("rate_limited");
      expect(error.retryAfterMs).toBeGreaterThan(50_000);
    } finally {
      await limited.sandbox.close();
    }
  });

  it.each([
    [500, "unavailable"],
    [502, "unavailable"],
    [503, "unavailable"],
    [404, "not_found"],
    [400, "invalid"],
    [409, "invalid"],
    [401, "auth"],
    [403, "auth"],
  ])("maps an answer of %i to %s, on reads and writes", async (status, kind) => {
    await faults({ status, count: 2 });
    const listing = await thrown(collect(connector().listReviewsSince(null)));
    expect(listing).toMatchObject({ kind, status });
    const publishing = await thrown(connector().publishReply("Ty2M6KluK9X", "Thanks"));
    expect(publishing).toMatchObject({ kind, status });
  });

  it("maps wrong credentials to auth without leaking the password or the Basic header", async () => {
    const password = "wrong-password-123";
    const error = await thrown(connector({ credentials: { username: BOOKING_SANDBOX_CREDENTIALS.username, password } }).readReply("x"));
    expect(error).toMatchObject({ kind: "auth", status: 401, retryable: false });
    expect(error.message).toContain("497 Access denied");
    expect(error.message).not.toContain(password);
    expect(error.message).not.toContain(Buffer.from(`${BOOKING_SANDBOX_CREDENTIALS.username}:${password}`).toString("base64"));
  });

  it("maps a property the machine account is not connected to, to auth", async () => {
    const error = await thrown(collect(connector({ credentials: { ...BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS }, propertyId: MUNICH_ID }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "auth", status: 403, message: expect.stringContaining("doesn't have access to this property") });
  });

  it("turns a truncated page into unavailable, so the walk is retried", async () => {
    await faults({ kind: "truncate", count: 1 });
    const error = await thrown(collect(connector().listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "unavailable", retryable: true, message: expect.stringContaining("non-JSON") });
    expect((await collect(connector().listReviewsSince(null))).flatMap((p) => p.reviews)).toHaveLength(19);
  });

  it("turns a hanging call into unavailable once the timeout fires", async () => {
    await faults({ kind: "hang", count: 1 });
    const started = Date.now();
    const error = await thrown(collect(connector({ timeoutMs: 150 }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "unavailable", message: expect.stringContaining("did not answer") });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("survives a slow answer within the timeout", async () => {
    await faults({ kind: "slow", delayMs: 100, count: 1 });
    expect((await collect(connector({ timeoutMs: 2000 }).listReviewsSince(null))).flatMap((p) => p.reviews)).toHaveLength(19);
  });

  it("maps an unreachable host to unavailable", async () => {
    const closed = await startBookingSandbox();
    const deadUrl = closed.url;
    await closed.sandbox.close();
    const error = await thrown(collect(connector({ apiBase: deadUrl }).listReviewsSince(null)));
    expect(error).toMatchObject({ kind: "unavailable", message: expect.stringContaining("Could not reach Booking.com") });
  });

  it("refuses a property id that is not Booking's", () => {
    expect(() => connector({ propertyId: "accounts/1/locations/2" })).toThrow(PlatformError);
  });
});
