import { expect } from "vitest";
import type { SandboxOptions } from "../../../sandbox/app";
import type { TripadvisorSandboxConfig } from "../../../sandbox/tripadvisor/platform";
import { TRIPADVISOR_SANDBOX_API_KEY, TRIPADVISOR_SANDBOX_LANGUAGES } from "../../../sandbox/tripadvisor/seed";
import { LISBON_ID, startTripadvisorSandbox, tripadvisorClient } from "../../../sandbox/tripadvisor/testing";
import type { RunningSandbox } from "../../../sandbox/testing";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import type { PlatformConnector, ReviewPage } from "../types";
import { withoutKey } from "./api-key";
import { createTripadvisorConnector, type TripadvisorConnectorOptions } from "./connector";

// Shared setup for the Tripadvisor connector tests: a sandbox, a fetch that records calls (key redacted).

export { LISBON_ID, MUNICH_ID } from "../../../sandbox/tripadvisor/testing";
export const ALL_LANGUAGES: readonly string[] = TRIPADVISOR_SANDBOX_LANGUAGES;

export async function collect(pages: AsyncIterable<ReviewPage>): Promise<ReviewPage[]> {
  const out: ReviewPage[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

export async function thrown(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return error as PlatformError;
  }
  throw new Error("expected a PlatformError");
}

export function tripadvisorConnectorHarness(options: SandboxOptions & TripadvisorSandboxConfig = {}) {
  let running: RunningSandbox | null = null;
  const sb = (): RunningSandbox => {
    if (!running) throw new Error("sandbox not started");
    return running;
  };
  const calls: string[] = [];
  const recordingFetch: FetchLike = (input, init) => {
    calls.push(withoutKey(String(input)));
    return fetch(input, init);
  };

  return {
    sb,
    /** URLs called, with the key redacted. */
    calls,
    async start() {
      running = await startTripadvisorSandbox(options);
    },
    async reset() {
      await sb().admin("/_sandbox/reset", {});
      calls.length = 0;
    },
    async stop() {
      await running?.sandbox.close();
    },
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
