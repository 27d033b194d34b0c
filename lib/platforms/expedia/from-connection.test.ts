import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "../../../sandbox/expedia/seed";
import { startExpediaSandbox, type RunningExpedia } from "../../../sandbox/expedia/testing";
import { env } from "../../env";
import { sandboxEndpoints } from "../endpoints";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import { createConnector } from "../registry";
import { collect } from "./testing";

describe("createConnector for EXPEDIA", () => {
  let sb: RunningExpedia;
  beforeAll(async () => {
    sb = await startExpediaSandbox();
  });
  afterAll(() => sb.sandbox.close());

  it("builds a working Expedia connector from a stored connection", async () => {
    const connector = createConnector(
      { platform: "EXPEDIA", externalLocationId: EXPEDIA_SANDBOX_PROPERTIES.munich.id, credentials: { ...EXPEDIA_SANDBOX_CREDENTIALS } },
      { endpoints: sandboxEndpoints(sb.url) },
    );
    expect(connector).toMatchObject({ platform: "EXPEDIA", completeListing: true, replyRules: { moderated: true } });
    const pages = await collect(connector.listReviewsSince(null));
    expect(pages[0]?.reviews).toHaveLength(15);
    expect(pages[0]?.reviews.some((r) => r.authorName === "Andreas W.")).toBe(true);
  });

  it("takes the API base and token URL from env by default", async () => {
    const urls: string[] = [];
    const fake: FetchLike = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ error: "invalid_client" }), { status: 401 });
    };
    const connector = createConnector(
      { platform: "EXPEDIA", externalLocationId: EXPEDIA_SANDBOX_PROPERTIES.lisbon.id, credentials: { ...EXPEDIA_SANDBOX_CREDENTIALS } },
      { fetch: fake },
    );
    await expect(connector.readReply("abc")).rejects.toMatchObject({ kind: "auth" });
    expect(urls).toEqual([env.EXPEDIA_TOKEN_URL]);
  });

  it("refuses incomplete credentials, naming the fields but not the values", () => {
    let error: unknown;
    try {
      createConnector({ platform: "EXPEDIA", externalLocationId: "31477520", credentials: { clientId: "key-xyz", secret: "shh-secret" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "auth", message: expect.stringContaining("clientSecret") });
    expect((error as Error).message).not.toContain("shh-secret");
    expect((error as Error).message).not.toContain("key-xyz");
    expect(() => createConnector({ platform: "EXPEDIA", externalLocationId: "31477520", credentials: null })).toThrow(/incomplete/);
  });

  it("needs a token endpoint", () => {
    expect(() =>
      createConnector(
        { platform: "EXPEDIA", externalLocationId: "31477520", credentials: { ...EXPEDIA_SANDBOX_CREDENTIALS } },
        { endpoints: { EXPEDIA: { apiBase: sb.url } } },
      ),
    ).toThrow(/token endpoint/);
  });
});
