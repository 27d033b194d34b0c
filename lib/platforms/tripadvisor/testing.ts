import type { SandboxOptions } from "../../../sandbox/app";
import type { TripadvisorSandboxConfig } from "../../../sandbox/tripadvisor/platform";
import { TRIPADVISOR_SANDBOX_API_KEY, TRIPADVISOR_SANDBOX_LANGUAGES } from "../../../sandbox/tripadvisor/seed";
import { LISBON_ID, startTripadvisorSandbox, tripadvisorClient } from "../../../sandbox/tripadvisor/testing";
import { sandboxHarness } from "../testing";
import type { PlatformConnector } from "../types";
import { withoutKey } from "./api-key";
import { createTripadvisorConnector, type TripadvisorConnectorOptions } from "./connector";

// Shared setup for the Tripadvisor connector tests: a sandbox, a fetch that records calls (key redacted).

export { collect, thrown } from "../testing";
export { LISBON_ID, MUNICH_ID } from "../../../sandbox/tripadvisor/testing";
export const ALL_LANGUAGES: readonly string[] = TRIPADVISOR_SANDBOX_LANGUAGES;

export function tripadvisorConnectorHarness(options: SandboxOptions & TripadvisorSandboxConfig = {}) {
  // `calls` holds the URLs called, with the key redacted.
  const { recordingFetch, ...harness } = sandboxHarness(
    () => startTripadvisorSandbox(options),
    (input) => withoutKey(String(input)),
  );
  const { sb } = harness;

  return {
    ...harness,
    connector(overrides: Partial<TripadvisorConnectorOptions> = {}): PlatformConnector {
      return createTripadvisorConnector({
        apiBase: sb().url,
        apiKey: TRIPADVISOR_SANDBOX_API_KEY,
        locationId: LISBON_ID,
        languages: ALL_LANGUAGES,
        fetch: recordingFetch,
        ...overrides,
      });
    },
    api: () => tripadvisorClient(sb()),
  };
}
