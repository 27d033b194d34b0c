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
    // Pub/Sub push: the message data is base64 JSON naming the review and its location.
    onReviewChange: (type, review) => {
      const locationName = review.name.split("/reviews/")[0];
      const data = Buffer.from(JSON.stringify({ type, reviewName: review.name, locationName })).toString("base64");
      const token = encodeURIComponent(options.googlePushToken ?? "");
      ctx.push(`/google?token=${token}`, {
        message: { data, messageId: `${Date.now()}${Math.floor(ctx.random() * 1e6)}`, publishTime: ctx.now().toISOString(), attributes: { type } },
        subscription: "projects/lobby-sandbox/subscriptions/gbp-notifications",
      });
    },
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
