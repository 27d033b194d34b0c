import { bookingPlatform } from "./booking/platform";
import { expediaPlatform } from "./expedia/platform";
import { googlePlatform } from "./google/platform";
import { trustpilotPlatform } from "./trustpilot/platform";
import { tripadvisorPlatform } from "./tripadvisor/platform";

// Every simulated platform: add one by adding its factory here (see sandbox/platform.ts).
export const PLATFORM_SANDBOXES = {
  google: googlePlatform,
  expedia: expediaPlatform,
  booking: bookingPlatform,
  trustpilot: trustpilotPlatform,
  tripadvisor: tripadvisorPlatform,
};

export type PlatformSandboxes = { [K in keyof typeof PLATFORM_SANDBOXES]: ReturnType<(typeof PLATFORM_SANDBOXES)[K]> };
