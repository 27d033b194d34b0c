import { expect } from "vitest";
import { GOOGLE_SANDBOX_CLIENT } from "../../../sandbox/google/seed";
import type { GoogleReview } from "../../../sandbox/google/types";
import { startSandbox, type RunningSandbox } from "../../../sandbox/testing";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import type { PlatformConnector, ReviewPage } from "../types";
import { createGoogleConnector, type GoogleConnectorOptions } from "./connector";

// Shared setup for the Google connector tests: a sandbox, a fetch that records calls, small helpers.

export const LISBON = "accounts/1001/locations/2001";
export const MUNICH = "accounts/1001/locations/2002";

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

export function googleConnectorHarness() {
  let running: RunningSandbox | null = null;
  const sb = (): RunningSandbox => {
    if (!running) throw new Error("sandbox not started");
    return running;
  };
  const calls: { method: string; url: string }[] = [];
  const recordingFetch: FetchLike = (input, init) => {
    calls.push({ method: init?.method ?? "GET", url: String(input) });
    return fetch(input, init);
  };

  return {
    sb,
    calls,
    async start() {
      running = await startSandbox();
    },
    async reset() {
      await sb().admin("/_sandbox/reset", {});
      calls.length = 0;
    },
    async stop() {
      await running?.sandbox.close();
    },
    connector(overrides: Partial<GoogleConnectorOptions> = {}): PlatformConnector {
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
