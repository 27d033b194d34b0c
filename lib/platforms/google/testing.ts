import { GOOGLE_SANDBOX_CLIENT } from "../../../sandbox/google/seed";
import type { GoogleReview } from "../../../sandbox/google/types";
import { startSandbox } from "../../../sandbox/testing";
import { sandboxHarness } from "../testing";
import { createGoogleConnector, type GoogleConnector, type GoogleConnectorOptions } from "./connector";

// Shared setup for the Google connector tests: a sandbox, a fetch that records calls, small helpers.

export { collect, thrown } from "../testing";

export const LISBON = "accounts/1001/locations/2001";
export const MUNICH = "accounts/1001/locations/2002";

export function googleConnectorHarness() {
  const { recordingFetch, ...harness } = sandboxHarness(
    () => startSandbox(),
    (input, init) => ({ method: init?.method ?? "GET", url: String(input) }),
  );
  const { sb, calls } = harness;

  return {
    ...harness,
    connector(overrides: Partial<GoogleConnectorOptions> = {}): GoogleConnector {
      return createGoogleConnector({
        apiBase: sb().url,
        tokenUrl: `${sb().url}/oauth2/token`,
        credentials: { ...GOOGLE_SANDBOX_CLIENT },
        locationName: LISBON,
        fetch: recordingFetch,
        ...overrides,
      });
    },
    tokenCalls: () => calls.filter((c) => c.url.endsWith("/oauth2/token")).length,
    listCalls: () => calls.filter((c) => c.url.includes("/reviews?")).length,
    /** The location's reviews as the sandbox serves them (newest first). */
    async seeded(location = LISBON): Promise<GoogleReview[]> {
      const res = await sb().google(`/v4/${location}/reviews`);
      return ((await res.json()) as { reviews: GoogleReview[] }).reviews;
    },
  };
}
