import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRIPADVISOR_SANDBOX_CREDENTIALS, TRIPADVISOR_SANDBOX_LOCATIONS } from "../../../sandbox/tripadvisor/seed";
import { startTripadvisorSandbox } from "../../../sandbox/tripadvisor/testing";
import type { RunningSandbox } from "../../../sandbox/testing";
import { env } from "../../env";
import { sandboxEndpoints } from "../endpoints";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import { createConnector } from "../registry";
import { collect } from "./testing";

const connection = (credentials: unknown, externalLocationId: string = TRIPADVISOR_SANDBOX_LOCATIONS.munich.locationId) => ({
  platform: "TRIPADVISOR",
  externalLocationId,
  credentials,
});

function refusal(build: () => unknown): PlatformError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return error as PlatformError;
  }
  throw new Error("expected a PlatformError");
}

describe("Tripadvisor connector from a stored connection", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startTripadvisorSandbox();
  });
  afterAll(() => sb.sandbox.close());

  it("builds a working connector from the demo credentials", async () => {
    const connector = createConnector(connection(TRIPADVISOR_SANDBOX_CREDENTIALS), { endpoints: sandboxEndpoints(sb.url) });
    expect(connector.platform).toBe("TRIPADVISOR");
    const pages = await collect(connector.listReviewsSince(null));
    expect(pages).toHaveLength(TRIPADVISOR_SANDBOX_CREDENTIALS.languages.length);
    const authors = pages.flatMap((p) => p.reviews.map((r) => r.authorName));
    expect(authors).toEqual(expect.arrayContaining(["Sabine_K_aus_Ulm", "Yuki_T", "TravellingTed"]));
  });

  it("asks for English only when the credentials name no languages, at the configured API base", async () => {
    const urls: string[] = [];
    const fake: FetchLike = async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ data: [] }), { status: 200 });
    };
    const pages = await collect(createConnector(connection({ apiKey: "K-123456" }), { fetch: fake }).listReviewsSince(null));
    expect(pages).toEqual([{ reviews: [], malformed: [], cursor: null }]);
    expect(urls).toEqual([`${env.TRIPADVISOR_API_BASE}/api/v1/location/${TRIPADVISOR_SANDBOX_LOCATIONS.munich.locationId}/reviews?key=K-123456&language=en`]);
  });

  it("refuses credentials without a key as auth, naming the field but no value", () => {
    for (const credentials of [{}, { apiKey: "" }, { apiKey: 42 }, null, "a-bare-string-key"]) {
      const error = refusal(() => createConnector(connection(credentials)));
      expect(error).toMatchObject({ kind: "auth", platform: "TRIPADVISOR" });
      expect(error.message).toMatch(/credentials are incomplete \((apiKey|credentials)\)/);
      expect(error.message).not.toContain("a-bare-string-key");
    }
  });

  it("refuses unusable languages or location ids as invalid, never echoing the key", () => {
    const languages = refusal(() => createConnector(connection({ apiKey: "TOPSECRET-KEY", languages: ["english"] })));
    expect(languages).toMatchObject({ kind: "invalid", message: "Tripadvisor connection credentials are invalid (languages.0)" });
    const location = refusal(() => createConnector(connection({ apiKey: "TOPSECRET-KEY" }, "casa-azulejo-lisboa")));
    expect(location.kind).toBe("invalid");
    for (const error of [languages, location]) expect(error.message).not.toContain("TOPSECRET");
  });
});
