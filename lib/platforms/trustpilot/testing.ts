import { TOKEN_PATH } from "../../../sandbox/trustpilot/oauth";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "../../../sandbox/trustpilot/seed";
import type { TrustpilotBusinessUnit, TrustpilotReview } from "../../../sandbox/trustpilot/types";
import { startSandbox } from "../../../sandbox/testing";
import { sandboxHarness } from "../testing";
import type { PlatformConnector } from "../types";
import { TrustpilotTokenCache } from "./auth";
import { createTrustpilotConnector, type TrustpilotConnectorOptions } from "./connector";

// Shared setup for the Trustpilot connector tests: a sandbox, a fetch that records calls, a clock, helpers.

export { collect, thrown } from "../testing";

export const LISBON = TRUSTPILOT_SANDBOX_BUSINESS_UNITS.lisbon.id;
export const MUNICH = TRUSTPILOT_SANDBOX_BUSINESS_UNITS.munich.id;

export interface RecordedCall {
  method: string;
  url: string;
  /** The grant_type of a token request. */
  grant?: string;
}

export function trustpilotConnectorHarness() {
  const { recordingFetch, reset, ...harness } = sandboxHarness(
    () => startSandbox(),
    (input, init): RecordedCall => {
      const grant = typeof init?.body === "string" ? (new URLSearchParams(init.body).get("grant_type") ?? undefined) : undefined;
      return { method: init?.method ?? "GET", url: String(input), ...(String(input).includes("/v1/oauth/") && grant ? { grant } : {}) };
    },
  );
  const { sb, calls } = harness;
  // Tokens outlive connectors (as in production), but not a test: each test starts with an empty cache.
  let tokenCache = new TrustpilotTokenCache();
  const clock = { now: Date.now() };

  return {
    ...harness,
    clock,
    async reset() {
      await reset();
      tokenCache = new TrustpilotTokenCache();
      clock.now = Date.now();
    },
    connector(overrides: Partial<TrustpilotConnectorOptions> = {}): PlatformConnector {
      return createTrustpilotConnector({
        apiBase: sb().url,
        tokenUrl: `${sb().url}${TOKEN_PATH}`,
        credentials: { ...TRUSTPILOT_SANDBOX_CREDENTIALS },
        businessUnitId: LISBON,
        fetch: recordingFetch,
        tokenCache,
        now: () => clock.now,
        ...overrides,
      });
    },
    tokenCalls: (grant?: string) => calls.filter((c) => c.url.includes("/v1/oauth/") && (!grant || c.grant === grant)).length,
    listCalls: () => calls.filter((c) => c.url.includes("/reviews?")).length,
    /** A business unit's reviews as the sandbox holds them, newest first (Trustpilot's default order). */
    async seeded(unitId = LISBON): Promise<TrustpilotReview[]> {
      const res = await sb().admin(`/_sandbox/trustpilot/reviews?businessUnitId=${unitId}`);
      const units = ((await res.json()) as { businessUnits: TrustpilotBusinessUnit[] }).businessUnits;
      return [...(units[0]?.reviews ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1));
    },
    async adminReview(reviewId: string): Promise<TrustpilotReview> {
      return (await (await sb().admin(`/_sandbox/trustpilot/reviews/${reviewId}`)).json()) as TrustpilotReview;
    },
    async addReview(body: Record<string, unknown>): Promise<TrustpilotReview> {
      return (await (await sb().admin("/_sandbox/trustpilot/reviews", { businessUnitId: LISBON, stars: 4, text: "Lovely terrace.", ...body })).json()) as TrustpilotReview;
    },
  };
}
