import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOOKING_SANDBOX_CREDENTIALS } from "../../../sandbox/booking/seed";
import { MUNICH_ID, startBookingSandbox, type RunningBookingSandbox } from "../../../sandbox/booking/testing";
import { env } from "../../env";
import { sandboxEndpoints } from "../endpoints";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import { createConnector } from "../registry";

describe("bookingFromConnection", () => {
  let sb: RunningBookingSandbox;
  beforeAll(async () => {
    sb = await startBookingSandbox();
  });
  afterAll(() => sb.sandbox.close());

  it("builds a working Booking.com connector from a stored connection", async () => {
    const connector = createConnector(
      { platform: "BOOKING", externalLocationId: MUNICH_ID, credentials: { ...BOOKING_SANDBOX_CREDENTIALS } },
      { endpoints: sandboxEndpoints(sb.url) },
    );
    expect(connector.platform).toBe("BOOKING");
    expect(connector.replyRules.once).toBe(true);
    const reviews = [];
    for await (const page of connector.listReviewsSince(null)) reviews.push(...page.reviews);
    expect(reviews).toHaveLength(sb.reviews(MUNICH_ID).length);
    expect(reviews.some((r) => r.authorName === "Julia Hoffmann" && r.language === "de")).toBe(true);
  });

  it("takes the API base from env by default", async () => {
    const urls: string[] = [];
    const fake: FetchLike = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ errors: [{ code: 497, message: "Access denied" }] }), { status: 401 });
    };
    const connector = createConnector({ platform: "BOOKING", externalLocationId: MUNICH_ID, credentials: { ...BOOKING_SANDBOX_CREDENTIALS } }, { fetch: fake });
    await expect(connector.readReply("abc")).rejects.toMatchObject({ kind: "auth" });
    expect(urls).toEqual([`${env.BOOKING_API_BASE.replace(/\/+$/, "")}/review-api/properties/${MUNICH_ID}/reviews/abc`]);
  });

  it("refuses incomplete credentials, naming the fields but not the values", () => {
    let error: unknown;
    try {
      createConnector({ platform: "BOOKING", externalLocationId: MUNICH_ID, credentials: { username: "machine-xyz", pass: "shh-secret" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "auth", message: expect.stringContaining("password") });
    expect((error as Error).message).not.toContain("shh-secret");
    expect((error as Error).message).not.toContain("machine-xyz");
  });

  it("refuses a connection whose location is not a Booking property id", () => {
    expect(() => createConnector({ platform: "BOOKING", externalLocationId: "casa-azulejo", credentials: { ...BOOKING_SANDBOX_CREDENTIALS } })).toThrow(PlatformError);
  });
});
