import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "../../../sandbox/trustpilot/seed";
import { startSandbox, type RunningSandbox } from "../../../sandbox/testing";
import { env } from "../../env";
import { sandboxEndpoints } from "../endpoints";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import { createConnector } from "../registry";
import { collect } from "./testing";

describe("Trustpilot connections through the registry", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(() => sb.sandbox.close());

  it("builds a working connector from a stored connection (business unit id + credentials)", async () => {
    const connector = createConnector(
      { platform: "TRUSTPILOT", externalLocationId: TRUSTPILOT_SANDBOX_BUSINESS_UNITS.munich.id, credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS } },
      { endpoints: sandboxEndpoints(sb.url) },
    );
    expect(connector).toMatchObject({ platform: "TRUSTPILOT", completeListing: true, replyRules: { maxLength: 2048 } });
    const pages = await collect(connector.listReviewsSince(null));
    expect(pages[0]?.reviews).toHaveLength(13);
    expect(pages[0]?.reviews.some((r) => r.authorName === "Wolfgang Maier")).toBe(true);
  });

  it("takes the API base and token URL from env by default", async () => {
    const urls: string[] = [];
    const fake: FetchLike = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ ErrorCode: "invalid_client", Error: "ClientId is Invalid" }), { status: 401 });
    };
    const connector = createConnector(
      // Another password than the other tests', so no cached token answers instead of the fake.
      { platform: "TRUSTPILOT", externalLocationId: TRUSTPILOT_SANDBOX_BUSINESS_UNITS.lisbon.id, credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS, password: "env-test" } },
      { fetch: fake },
    );
    await expect(connector.publishReply("abc123", "Thanks")).rejects.toMatchObject({ kind: "auth" });
    expect(urls).toEqual([env.TRUSTPILOT_TOKEN_URL]);
  });

  it("refuses incomplete credentials, naming the fields but not the values", () => {
    let error: unknown;
    try {
      createConnector({ platform: "TRUSTPILOT", externalLocationId: TRUSTPILOT_SANDBOX_BUSINESS_UNITS.lisbon.id, credentials: { apiKey: "key-xyz", apiSecret: "shh-secret", username: "who@example.test" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "auth", message: expect.stringContaining("password, businessUserId") });
    expect((error as Error).message).not.toContain("shh-secret");
    expect((error as Error).message).not.toContain("who@example.test");
  });

  it("refuses a connection without a token endpoint", () => {
    expect(() =>
      createConnector(
        { platform: "TRUSTPILOT", externalLocationId: TRUSTPILOT_SANDBOX_BUSINESS_UNITS.lisbon.id, credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS } },
        { endpoints: { TRUSTPILOT: { apiBase: sb.url } } },
      ),
    ).toThrow("Trustpilot needs a token endpoint");
  });
});
