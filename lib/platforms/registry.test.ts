import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOGLE_SANDBOX_CLIENT } from "../../sandbox/google/seed";
import { startSandbox, type RunningSandbox } from "../../sandbox/testing";
import { env } from "../env";
import { PlatformError, UnsupportedPlatformError } from "./errors";
import type { FetchLike } from "./http";
import { createConnector } from "./registry";

describe("createConnector", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(() => sb.sandbox.close());

  it("builds a working Google connector from a stored connection", async () => {
    const connector = createConnector(
      { platform: "GOOGLE", externalLocationId: "accounts/1001/locations/2002", credentials: { ...GOOGLE_SANDBOX_CLIENT } },
      { endpoints: sandboxEndpoints(sb.url) },
    );
    expect(connector.platform).toBe("GOOGLE");
    const pages = [];
    for await (const page of connector.listReviewsSince(null)) pages.push(page);
    expect(pages[0]?.reviews).toHaveLength(15);
    expect(pages[0]?.reviews.some((r) => r.authorName === "Thomas Berger")).toBe(true);
  });

  it("takes the API base and token URL from env by default", async () => {
    const urls: string[] = [];
    const fake: FetchLike = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ error: "invalid_grant" }), { status: 400 });
    };
    const connector = createConnector(
      { platform: "GOOGLE", externalLocationId: "accounts/1001/locations/2001", credentials: { ...GOOGLE_SANDBOX_CLIENT } },
      { fetch: fake },
    );
    await expect(connector.publishReply("abc", "Thanks")).rejects.toMatchObject({ kind: "auth" });
    expect(urls).toEqual([env.GOOGLE_TOKEN_URL]);
  });

  it("refuses incomplete credentials, naming the fields but not the values", () => {
    let error: unknown;
    try {
      createConnector({ platform: "GOOGLE", externalLocationId: "accounts/1/locations/2", credentials: { clientId: "id-xyz", clientSecret: "shh-secret" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "auth", message: expect.stringContaining("refreshToken") });
    expect((error as Error).message).not.toContain("shh-secret");
  });

  it.each(["MANUAL", "YELP"])("says %s has no connector", (platform) => {
    expect(() => createConnector({ platform, externalLocationId: "x", credentials: {} })).toThrow(UnsupportedPlatformError);
    expect(() => createConnector({ platform, externalLocationId: "x", credentials: {} })).toThrow(`${platform} connections are not supported yet`);
  });
});
