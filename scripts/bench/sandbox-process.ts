import { createSandbox, type SandboxOptions } from "../../sandbox/app";
import type { BookingPlatformOptions } from "../../sandbox/booking/platform";
import type { ExpediaSandboxOptions } from "../../sandbox/expedia";
import { seedHotelGroup, type HotelGroupOptions } from "../../sandbox/hotel-group";
import type { TripadvisorSandboxConfig } from "../../sandbox/tripadvisor/platform";

// The review-platform sandbox in a process of its own for benchmarks (the platforms are elsewhere in
// real life: their work must not be counted as Lobby's). Started by startSandboxProcess() with the
// group to seed as its argument; answers with its URL and the group's connections over IPC.

/** High enough that no benchmark meets it: the sandbox answers as fast as it can. */
const UNLIMITED = 1_000_000_000;

const group = JSON.parse(process.argv[2] ?? "{}") as HotelGroupOptions;
const options: SandboxOptions & BookingPlatformOptions & ExpediaSandboxOptions & TripadvisorSandboxConfig = {
  googleRatePerMin: UNLIMITED,
  bookingRatePerMin: UNLIMITED,
  expediaRatePerMin: UNLIMITED,
  tripadvisorPerSecond: UNLIMITED,
  tripadvisorDailyBudget: UNLIMITED,
  newReviewEveryMs: 0,
};
const sandbox = createSandbox(options);
sandbox.platforms.trustpilot.limiter.perMinute = UNLIMITED;
sandbox.platforms.trustpilot.tokenLimiter.perMinute = UNLIMITED;

const started = performance.now();
const connections = seedHotelGroup(sandbox, group);
const seedMs = performance.now() - started;
const { url } = await sandbox.listen(0);
process.send?.({ url, connections, seedMs, faults: sandbox.state.faults.snapshot() });

// The parent going away (or closing the channel) ends the sandbox.
process.on("disconnect", () => {
  void sandbox.close().finally(() => process.exit(0));
});
