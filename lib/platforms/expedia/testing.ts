import type { SandboxOptions } from "../../../sandbox/app";
import type { ExpediaSandboxOptions } from "../../../sandbox/expedia/index";
import { EXPEDIA_SANDBOX_CREDENTIALS, EXPEDIA_SANDBOX_PROPERTIES } from "../../../sandbox/expedia/seed";
import { REVIEWS_QUERY, startExpediaSandbox, type ReviewsData } from "../../../sandbox/expedia/testing";
import type { ExpediaReview } from "../../../sandbox/expedia/types";
import { sandboxHarness } from "../testing";
import type { PlatformConnector } from "../types";
import { createExpediaConnector, type ExpediaConnectorOptions } from "./connector";

// Shared setup for the Expedia connector tests: a sandbox, a fetch that records calls, small helpers.

export { collect, thrown } from "../testing";

export const LISBON = EXPEDIA_SANDBOX_PROPERTIES.lisbon.id;
export const MUNICH = EXPEDIA_SANDBOX_PROPERTIES.munich.id;

export interface RecordedCall {
  url: string;
  /** The GraphQL operation name, or "token". */
  operation: string;
}

export function expediaConnectorHarness(sandboxOptions: SandboxOptions & ExpediaSandboxOptions = {}) {
  const { recordingFetch, ...harness } = sandboxHarness(
    () => startExpediaSandbox({ expediaModerationDelayMs: 0, ...sandboxOptions }),
    (input, init): RecordedCall => {
      const url = String(input);
      const body = typeof init?.body === "string" ? init.body : "";
      const operation = url.includes("/oauth2/") ? "token" : (/(?:query|mutation)\s+(\w+)/.exec(body)?.[1] ?? "anonymous");
      return { url, operation };
    },
  );
  const { sb, calls } = harness;

  return {
    ...harness,
    connector(overrides: Partial<ExpediaConnectorOptions> = {}): PlatformConnector {
      return createExpediaConnector({
        apiBase: sb().url,
        tokenUrl: `${sb().url}/identity/oauth2/v3/token`,
        credentials: { ...EXPEDIA_SANDBOX_CREDENTIALS },
        propertyId: LISBON,
        fetch: recordingFetch,
        ...overrides,
      });
    },
    tokenCalls: () => calls.filter((c) => c.operation === "token").length,
    listCalls: () => calls.filter((c) => c.operation === "LobbyReviews").length,
    /** The property's reviews as the sandbox serves them (oldest change first). */
    async seeded(property: string = LISBON): Promise<ExpediaReview[]> {
      const answer = await sb().gql<ReviewsData>(REVIEWS_QUERY, { id: property, pageSize: 100, orderBy: { lastUpdatedDateTime: "ASC" } });
      return answer.body.data?.property?.reviews.reviews ?? [];
    },
    /** One review as the sandbox holds it (response included). */
    async stored(id: string): Promise<ExpediaReview> {
      return (await (await sb().admin(`/_sandbox/expedia/reviews/${id}`)).json()) as ExpediaReview;
    },
  };
}
