import type { Platform } from "../generated/prisma/enums";

/** Platforms as hotel staff name them. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  GOOGLE: "Google",
  BOOKING: "Booking.com",
  EXPEDIA: "Expedia",
  TRUSTPILOT: "Trustpilot",
  TRIPADVISOR: "Tripadvisor",
  MANUAL: "Manual",
};

/** Where a review came from, as staff name it: the platform, or a manual channel's own name ("Yelp"). */
export function sourceName(review: { platform: Platform; connection: { externalLocationId: string } }): string {
  return review.platform === "MANUAL" ? review.connection.externalLocationId : PLATFORM_NAMES[review.platform];
}
