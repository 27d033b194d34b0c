import type { PlatformSandboxContext } from "../platform";
import type { Route } from "../http";
import { RateLimiter } from "../rate-limit";
import { expediaAdminRoutes } from "./admin";
import { generateExpediaReview } from "./keepalive";
import { ModerationQueue } from "./moderation";
import { expediaNotifications } from "./notifications";
import { expediaTokenRoutes } from "./oauth";
import { WindowLimiter } from "./quota";
import { expediaApiRoutes } from "./routes";
import { ExpediaState, type ExpediaChange } from "./state";
import type { ExpediaReview } from "./types";

// The Expedia Lodging Supply part of the sandbox: state, GraphQL and token routes, admin routes,
// response moderation and keep-alive.

/** Expedia options of createSandbox(); every one is a plausible choice, not a published number. */
export interface ExpediaSandboxOptions {
  /** GraphQL calls per minute per client at the gateway (HTTP 429 over it). Default 300 (unconfirmed). */
  expediaRatePerMin?: number;
  /** setReviewResponse calls per second per client (HTTP 200 + RATE_LIMIT_EXCEEDED over it). Default 5. */
  expediaResponsesPerSec?: number;
  /** Lifetime of issued access tokens. Default 1800 (unconfirmed). */
  expediaTokenTtlSeconds?: number;
  /** Delay before a response is approved or rejected; 0 = only through the admin route. Default 3000. */
  expediaModerationDelayMs?: number;
  /** Signs the notifications sent to Lobby's callback (notifications.ts); none without it. */
  expediaNotificationSecret?: string;
}

export const EXPEDIA_DEFAULTS = { ratePerMinute: 300, responsesPerSecond: 5, tokenTtlSeconds: 1800, moderationDelayMs: 3000 };

export interface ExpediaSandbox {
  state: ExpediaState;
  limiter: RateLimiter;
  responseLimiter: WindowLimiter;
  moderation: ModerationQueue;
  apiRoutes: Route[];
  adminRoutes: Route[];
  reset(): void;
  /** Adds one generated review to a random seeded property (what the keep-alive timer does). */
  addGeneratedReview(): ExpediaReview;
  stop(): void;
}

export function createExpediaSandbox(ctx: PlatformSandboxContext, options: ExpediaSandboxOptions = {}): ExpediaSandbox {
  const config = {
    ratePerMinute: options.expediaRatePerMin ?? EXPEDIA_DEFAULTS.ratePerMinute,
    responsesPerSecond: options.expediaResponsesPerSec ?? EXPEDIA_DEFAULTS.responsesPerSecond,
    moderationDelayMs: options.expediaModerationDelayMs ?? EXPEDIA_DEFAULTS.moderationDelayMs,
  };
  const clock = () => ctx.now().getTime();
  const limiter = new RateLimiter(config.ratePerMinute, clock);
  const responseLimiter = new WindowLimiter(config.responsesPerSecond, 1000, clock);

  // The one place state changes surface: moderation, logs and Expedia's notifications.
  let moderation: ModerationQueue | undefined;
  const notify = expediaNotifications(ctx.push, ctx.now, options.expediaNotificationSecret);
  const onChange = (change: ExpediaChange) => {
    notify(change);
    if (change.type === "ResponseSubmitted") moderation?.schedule(change.review.id, change.response);
    if (change.type === "GuestReviewSubmitted") {
      ctx.log?.(`[sandbox] new Expedia review ${change.review.id} for property ${change.propertyId} (${change.review.starRatings[0]?.value}/10)`);
    }
  };
  const state = new ExpediaState({
    baseDate: ctx.baseDate,
    now: ctx.now,
    tokenTtlSeconds: options.expediaTokenTtlSeconds ?? EXPEDIA_DEFAULTS.tokenTtlSeconds,
    onChange,
  });
  moderation = new ModerationQueue(state, config.moderationDelayMs);

  const addGeneratedReview = (): ExpediaReview => {
    const ids = [...state.properties.keys()];
    const propertyId = ids[Math.floor(ctx.random() * ids.length) % ids.length];
    if (!propertyId) throw new Error("no Expedia property to add a review to");
    return state.addReview(generateExpediaReview(ctx.random, propertyId));
  };
  const timer = ctx.newReviewEveryMs > 0 ? setInterval(addGeneratedReview, ctx.newReviewEveryMs) : undefined;
  timer?.unref();

  const deps = { state, faults: ctx.faults, limiter, responseLimiter, moderation };
  return {
    state,
    limiter,
    responseLimiter,
    moderation,
    apiRoutes: [...expediaTokenRoutes(state), ...expediaApiRoutes(deps)],
    adminRoutes: expediaAdminRoutes(deps),
    reset() {
      moderation.clear();
      moderation.delayMs = config.moderationDelayMs;
      state.reset();
      limiter.reset();
      limiter.perMinute = config.ratePerMinute;
      responseLimiter.reset();
      responseLimiter.limit = config.responsesPerSecond;
    },
    addGeneratedReview,
    stop() {
      if (timer) clearInterval(timer);
      moderation.clear();
    },
  };
}
