import { expect } from "vitest";
import type { SandboxOptions } from "../../../sandbox/app";
import type { BookingPlatformOptions } from "../../../sandbox/booking/platform";
import { BOOKING_SANDBOX_CREDENTIALS } from "../../../sandbox/booking/seed";
import { LISBON_ID, startBookingSandbox, type RunningBookingSandbox } from "../../../sandbox/booking/testing";
import { PlatformError } from "../errors";
import type { FetchLike } from "../http";
import type { PlatformConnector, ReviewPage } from "../types";
import { createBookingConnector, type BookingConnectorOptions } from "./connector";

// Shared setup for the Booking.com connector tests: a sandbox, a fetch that records calls, small helpers.

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

export const lastCursor = (pages: ReviewPage[]) => pages.at(-1)?.cursor ?? null;

export function bookingConnectorHarness(sandboxOptions: SandboxOptions & BookingPlatformOptions = {}) {
  let running: RunningBookingSandbox | null = null;
  const sb = (): RunningBookingSandbox => {
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
      running = await startBookingSandbox(sandboxOptions);
    },
    async reset() {
      await sb().admin("/_sandbox/reset", {});
      calls.length = 0;
    },
    async stop() {
      await running?.sandbox.close();
    },
    connector(overrides: Partial<BookingConnectorOptions> = {}): PlatformConnector {
      return createBookingConnector({
        apiBase: sb().url,
        credentials: { ...BOOKING_SANDBOX_CREDENTIALS },
        propertyId: LISBON_ID,
        fetch: recordingFetch,
        ...overrides,
      });
    },
    listCalls: () => calls.filter((c) => c.method === "GET" && /\/reviews\?/.test(c.url)).length,
  };
}
