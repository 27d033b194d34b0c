import type { SandboxOptions } from "../app";
import type { PlatformSandbox, PlatformSandboxContext } from "../platform";
import { createBookingSandbox } from "./index";
import type { BookingState } from "./state";

/** Booking-only settings; createSandbox passes its options through, so these ride along. */
export interface BookingPlatformOptions {
  /** Guest Review API requests per minute per machine account (unconfirmed). Default 120. */
  bookingRatePerMin?: number;
  /** A reply posted through the API is published this long after (null = only by the admin route). Default 60 s. */
  bookingModerationDelayMs?: number | null;
}

export const BOOKING_DEFAULT_RATE_PER_MIN = 120;
export const BOOKING_DEFAULT_MODERATION_DELAY_MS = 60_000;

/** Booking.com Guest Review API as a sandbox platform. */
export function bookingPlatform(ctx: PlatformSandboxContext, options: SandboxOptions & BookingPlatformOptions): PlatformSandbox<BookingState> {
  const booking = createBookingSandbox({
    ...ctx,
    ratePerMinute: options.bookingRatePerMin ?? BOOKING_DEFAULT_RATE_PER_MIN,
    moderationDelayMs: options.bookingModerationDelayMs === undefined ? BOOKING_DEFAULT_MODERATION_DELAY_MS : options.bookingModerationDelayMs,
    onNewReview: (r, propertyId) => ctx.log?.(`[sandbox] new Booking.com review ${r.review_id} for property ${propertyId} (${r.scoring.review_score}/10)`),
  });
  return {
    name: "booking",
    state: booking.state,
    apiRoutes: booking.apiRoutes,
    adminRoutes: booking.adminRoutes,
    reset: booking.reset,
    stop: booking.stop,
    health: () => ({ properties: booking.state.properties.size, reviews: booking.state.all().length }),
  };
}
