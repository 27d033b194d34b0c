import type { FaultSwitch } from "../faults";
import type { Route } from "../http";
import type { Random } from "../platform";
import { RateLimiter } from "../rate-limit";
import { bookingAdminRoutes } from "./admin";
import { generateBookingReview } from "./keepalive";
import { bookingApiRoutes } from "./routes";
import { BookingState } from "./state";
import type { BookingReview } from "./types";

// The Booking.com part of the sandbox: state, Guest Review API routes, admin routes, keep-alive.

export interface BookingSandboxOptions {
  baseDate: Date;
  now: () => Date;
  ratePerMinute: number;
  moderationDelayMs: number | null;
  newReviewEveryMs: number;
  random: Random;
  faults: FaultSwitch;
  onNewReview?: (review: BookingReview, propertyId: string) => void;
}

export interface BookingSandbox {
  state: BookingState;
  limiter: RateLimiter;
  apiRoutes: Route[];
  adminRoutes: Route[];
  reset(): void;
  /** Adds one generated review to a random seeded property (what the keep-alive timer does). */
  addGeneratedReview(): BookingReview;
  stop(): void;
}

export function createBookingSandbox(options: BookingSandboxOptions): BookingSandbox {
  const state = new BookingState({ baseDate: options.baseDate, now: options.now, moderationDelayMs: options.moderationDelayMs });
  // Per machine account, as Booking meters connectivity partners.
  const limiter = new RateLimiter(options.ratePerMinute, () => options.now().getTime());

  const addGeneratedReview = (): BookingReview => {
    const ids = [...state.properties.keys()];
    const propertyId = ids[Math.floor(options.random() * ids.length) % ids.length];
    if (!propertyId) throw new Error("no Booking property to add a review to");
    const review = state.addReview(generateBookingReview(options.random, propertyId));
    options.onNewReview?.(review, propertyId);
    return review;
  };

  const timer = options.newReviewEveryMs > 0 ? setInterval(addGeneratedReview, options.newReviewEveryMs) : undefined;
  timer?.unref();

  return {
    state,
    limiter,
    apiRoutes: bookingApiRoutes({ state, faults: options.faults, limiter }),
    adminRoutes: bookingAdminRoutes(state),
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
