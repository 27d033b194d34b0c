import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOGLE_SANDBOX_CLIENT } from "../../sandbox/google/seed";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "../../sandbox/expedia/seed";
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

  it("keeps Google and Expedia access tokens across connectors, one per set of credentials", async () => {
    const tokenCalls: string[] = [];
    const counting: FetchLike = async (input, init) => {
      if (/token/.test(new URL(String(input)).pathname)) tokenCalls.push(new URL(String(input)).pathname);
      return fetch(input, init);
    };
    const overrides = { endpoints: sandboxEndpoints(sb.url), fetch: counting };
    const google = () => createConnector({ platform: "GOOGLE", externalLocationId: "accounts/1001/locations/2002", credentials: { ...GOOGLE_SANDBOX_CLIENT } }, overrides);
    const propertyId = Object.values(EXPEDIA_SANDBOX_PROPERTIES)[0]!.id;
    const expedia = () => createConnector({ platform: "EXPEDIA", externalLocationId: propertyId, credentials: { ...EXPEDIA_SANDBOX_CREDENTIALS } }, overrides);
    for (const make of [google, google, expedia, expedia, google]) {
      for await (const page of make().listReviewsSince(null)) expect(page.reviews.length).toBeGreaterThan(0);
    }
    // One token per platform for five polls, each with a connector of its own (Google's may be the
    // one the first test in this file fetched: the same credentials at the same token endpoint).
    const count = (part: string) => tokenCalls.filter((path) => path.includes(part)).length;
    expect(count("identity")).toBe(1);
    expect(count("oauth2/token")).toBeLessThanOrEqual(1);
    const googleBefore = count("oauth2/token");
    // Other credentials get a token of their own, never the first one's.
    const other = createConnector(
      { platform: "GOOGLE", externalLocationId: "accounts/1001/locations/2002", credentials: { ...GOOGLE_SANDBOX_CLIENT, refreshToken: "another-refresh-token" } },
      overrides,
    );
    const firstPage = async () => {
      for await (const page of other.listReviewsSince(null)) return page;
    };
    await expect(firstPage()).rejects.toMatchObject({ kind: "auth" });
    expect(count("oauth2/token")).toBe(googleBefore + 1);
  });
});
