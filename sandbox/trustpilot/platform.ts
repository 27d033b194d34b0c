import type { SandboxOptions } from "../app";
import type { PlatformSandbox, PlatformSandboxContext } from "../platform";
import { RateLimiter } from "../rate-limit";
import { trustpilotAdminRoutes } from "./admin";
import { businessUserRoutes } from "./business-users";
import { consentRoutes } from "./consent";
import { generateReview } from "./keepalive";
import { oauthRoutes } from "./oauth";
import { trustpilotApiRoutes } from "./routes";
import { TrustpilotState } from "./state";
import type { TrustpilotReview } from "./types";
import { trustpilotWebhooks } from "./webhooks";

// The Trustpilot Business API part of the sandbox: state, API routes, admin routes, keep-alive.

/**
 * Trustpilot asks integrations to stay under 833 calls per 5 minutes (10k per hour); the shared
 * one-minute window approximates that per API key (unconfirmed how Trustpilot counts).
 */
export const TRUSTPILOT_RATE_PER_MIN = 166;
/** Token requests per minute per API key before "refreshing too often" answers 429 (unconfirmed). */
export const TRUSTPILOT_TOKEN_RATE_PER_MIN = 60;
/** expires_in as Trustpilot documents it (100 hours, less a second). */
export const TRUSTPILOT_ACCESS_TOKEN_TTL_SECONDS = 359_999;
export const TRUSTPILOT_REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;

export interface TrustpilotPlatformSandbox extends PlatformSandbox<TrustpilotState> {
  /** API calls per API key; tests lower `perMinute` to reach the limit. */
  limiter: RateLimiter;
  /** Token requests per API key. */
  tokenLimiter: RateLimiter;
  /** Adds one generated review to a random business unit (what the keep-alive timer does). */
  addGeneratedReview(): TrustpilotReview;
}

/** Trustpilot as a sandbox platform. Its knobs keep their defaults; tests reach them on the returned object. */
export function trustpilotPlatform(ctx: PlatformSandboxContext, options: SandboxOptions): TrustpilotPlatformSandbox {
  const state = new TrustpilotState({
    baseDate: ctx.baseDate,
    now: ctx.now,
    accessTokenTtlSeconds: TRUSTPILOT_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: TRUSTPILOT_REFRESH_TOKEN_TTL_SECONDS,
    onChange: trustpilotWebhooks(ctx.push, options.trustpilotWebhookAuth),
  });
  const clock = () => ctx.now().getTime();
  const limiter = new RateLimiter(TRUSTPILOT_RATE_PER_MIN, clock);
  const tokenLimiter = new RateLimiter(TRUSTPILOT_TOKEN_RATE_PER_MIN, clock);

  const addGeneratedReview = (): TrustpilotReview => {
    const ids = [...state.businessUnits.keys()];
    const unitId = ids[Math.floor(ctx.random() * ids.length) % ids.length];
    if (!unitId) throw new Error("no Trustpilot business unit to add a review to");
    const review = state.addReview(generateReview(ctx.random, unitId));
    ctx.log?.(`[sandbox] new Trustpilot review ${review.id} for ${review.businessUnit.displayName} (${review.stars}★)`);
    return review;
  };
  const timer = ctx.newReviewEveryMs > 0 ? setInterval(addGeneratedReview, ctx.newReviewEveryMs) : undefined;
  timer?.unref();

  return {
    name: "trustpilot",
    state,
    limiter,
    tokenLimiter,
    apiRoutes: [
      ...oauthRoutes({ state, tokenLimiter }),
      ...consentRoutes(state),
      ...businessUserRoutes({ state, limiter }),
      ...trustpilotApiRoutes({ state, faults: ctx.faults, limiter }),
    ],
    adminRoutes: trustpilotAdminRoutes(state),
    addGeneratedReview,
    reset() {
      state.reset();
      limiter.reset();
      tokenLimiter.reset();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
    health: () => ({
      businessUnits: state.businessUnits.size,
      reviews: [...state.businessUnits.values()].reduce((n, u) => n + u.reviews.length, 0),
    }),
  };
}
