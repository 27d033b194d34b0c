import type { SandboxOptions } from "../app";
import type { PlatformSandbox, PlatformSandboxContext } from "../platform";
import { createGoogleSandbox } from "./index";
import type { GoogleState } from "./state";

/** Google Business Profile as a sandbox platform. */
export function googlePlatform(ctx: PlatformSandboxContext, options: SandboxOptions): PlatformSandbox<GoogleState> {
  const google = createGoogleSandbox({
    ...ctx,
    ratePerMinute: options.googleRatePerMin ?? 300,
    tokenTtlSeconds: options.googleTokenTtlSeconds ?? 3599,
    onNewReview: (r) => ctx.log?.(`[sandbox] new Google review ${r.name} (${r.starRating})`),
  });
  return {
    name: "google",
    state: google.state,
    apiRoutes: google.apiRoutes,
    adminRoutes: google.adminRoutes,
    reset: google.reset,
    stop: google.stop,
    health: () => ({
      locations: google.state.locations.size,
      reviews: [...google.state.locations.values()].reduce((n, l) => n + l.reviews.length, 0),
    }),
  };
}
