import type { SandboxOptions } from "../app";
import { startSandbox, type RunningSandbox } from "../testing";
import type { TripadvisorSandboxConfig } from "./platform";
import { TRIPADVISOR_SANDBOX_API_KEY, TRIPADVISOR_SANDBOX_LOCATIONS } from "./seed";
import type { TripadvisorReview } from "./types";

// Test helpers for the Tripadvisor part of the sandbox.

export const LISBON_ID = TRIPADVISOR_SANDBOX_LOCATIONS.lisbon.locationId;
export const MUNICH_ID = TRIPADVISOR_SANDBOX_LOCATIONS.munich.locationId;

/** A sandbox on a free port, with Tripadvisor's limits set (they are not in SandboxOptions yet). */
export function startTripadvisorSandbox(options: SandboxOptions & TripadvisorSandboxConfig = {}): Promise<RunningSandbox> {
  return startSandbox(options);
}

export function tripadvisorClient(sb: RunningSandbox) {
  /** GET .../location/{id}/reviews with the demo key unless `key` is given (null: no key at all). */
  const reviews = (locationId: string, query: Record<string, string> = {}, key: string | null = TRIPADVISOR_SANDBOX_API_KEY) => {
    const params = new URLSearchParams(query);
    if (key !== null) params.set("key", key);
    return fetch(`${sb.url}/api/v1/location/${locationId}/reviews?${params}`);
  };
  return {
    reviews,
    /** The reviews the API shows for one language (fails the test on a non-200). */
    async list(locationId: string, language = "en"): Promise<TripadvisorReview[]> {
      const res = await reviews(locationId, { language });
      if (res.status !== 200) throw new Error(`reviews answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { data: TripadvisorReview[] }).data;
    },
    /** Every review of a location as the admin API holds it (not limited to five). */
    async all(locationId: string): Promise<TripadvisorReview[]> {
      const res = await sb.admin(`/_sandbox/tripadvisor/reviews?location=${locationId}`);
      const body = (await res.json()) as { locations: { reviews: TripadvisorReview[] }[] };
      return body.locations[0]?.reviews ?? [];
    },
  };
}
