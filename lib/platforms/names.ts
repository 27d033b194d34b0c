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
