import type { FaultSwitch } from "../faults";
import type { Route } from "../http";
import type { Random } from "../platform";
import { RateLimiter } from "../rate-limit";
import { accountRoutes } from "./accounts";
import { googleAdminRoutes } from "./admin";
import { consentRoutes } from "./consent";
import { generateReview } from "./keepalive";
import { oauthRoutes } from "./oauth";
import { googleApiRoutes } from "./routes";
import { GoogleState } from "./state";
import type { GoogleReview } from "./types";

// The Google Business Profile part of the sandbox: state, API routes, admin routes, keep-alive.

export interface GoogleSandboxOptions {
  baseDate: Date;
  now: () => Date;
  ratePerMinute: number;
  tokenTtlSeconds: number;
  newReviewEveryMs: number;
  random: Random;
  faults: FaultSwitch;
  onNewReview?: (review: GoogleReview) => void;
  onReviewChange?: (type: "NEW_REVIEW" | "UPDATED_REVIEW", review: GoogleReview) => void;
}

export interface GoogleSandbox {
  state: GoogleState;
  limiter: RateLimiter;
  apiRoutes: Route[];
  adminRoutes: Route[];
  reset(): void;
  /** Adds one generated review to a random seeded location (what the keep-alive timer does). */
  addGeneratedReview(): GoogleReview;
  stop(): void;
}

export function createGoogleSandbox(options: GoogleSandboxOptions): GoogleSandbox {
  const state = new GoogleState({
    baseDate: options.baseDate,
    now: options.now,
    tokenTtlSeconds: options.tokenTtlSeconds,
    ...(options.onReviewChange ? { onReviewChange: options.onReviewChange } : {}),
  });
  const limiter = new RateLimiter(options.ratePerMinute, () => options.now().getTime());

  const addGeneratedReview = (): GoogleReview => {
    const names = [...state.locations.keys()];
    const locationName = names[Math.floor(options.random() * names.length) % names.length];
    if (!locationName) throw new Error("no Google location to add a review to");
    const review = state.addReview(generateReview(options.random, locationName));
    options.onNewReview?.(review);
    return review;
  };

  const timer =
    options.newReviewEveryMs > 0 ? setInterval(addGeneratedReview, options.newReviewEveryMs) : undefined;
  timer?.unref();

  return {
    state,
    limiter,
    apiRoutes: [...oauthRoutes(state), ...consentRoutes(state), ...accountRoutes({ state, limiter }), ...googleApiRoutes({ state, faults: options.faults, limiter })],
    adminRoutes: googleAdminRoutes(state),
    reset() {
      state.reset();
      limiter.reset();
    },
    addGeneratedReview,
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
