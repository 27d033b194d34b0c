import type { SandboxOptions } from "../../../sandbox/app";
import type { BookingPlatformOptions } from "../../../sandbox/booking/platform";
import { BOOKING_SANDBOX_CREDENTIALS } from "../../../sandbox/booking/seed";
import { LISBON_ID, startBookingSandbox } from "../../../sandbox/booking/testing";
import { sandboxHarness } from "../testing";
import type { PlatformConnector, ReviewPage } from "../types";
import { createBookingConnector, type BookingConnectorOptions } from "./connector";

// Shared setup for the Booking.com connector tests: a sandbox, a fetch that records calls, small helpers.

export { collect, thrown } from "../testing";

export const lastCursor = (pages: ReviewPage[]) => pages.at(-1)?.cursor ?? null;

export function bookingConnectorHarness(sandboxOptions: SandboxOptions & BookingPlatformOptions = {}) {
  const { recordingFetch, ...harness } = sandboxHarness(
    () => startBookingSandbox(sandboxOptions),
    (input, init) => ({ method: init?.method ?? "GET", url: String(input) }),
  );
  const { sb, calls } = harness;

  return {
    ...harness,
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
