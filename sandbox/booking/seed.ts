import { LISBON_REVIEWS } from "./seed-lisbon";
import { MUNICH_REVIEWS } from "./seed-munich";
import { seedToReview } from "./seed-review";
import type { BookingMachineAccount, BookingProperty, BookingReview } from "./types";

// Deterministic seed of the Booking.com simulator. Lobby's own seed imports these constants so its
// demo platform connections (externalLocationId = property id, credentials = machine account) match.

export const BOOKING_SANDBOX_USERNAME = "lobby-demo-machine";
export const BOOKING_SANDBOX_PASSWORD = "lobby-demo-machine-secret";

/** The machine account connected to both demo properties. */
export const BOOKING_SANDBOX_CREDENTIALS = {
  username: BOOKING_SANDBOX_USERNAME,
  password: BOOKING_SANDBOX_PASSWORD,
} as const;

/** A second partner account that reaches only the Lisbon property (403 on Munich). */
export const BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS = {
  username: "lisbon-only-machine",
  password: "lisbon-only-machine-secret",
} as const;

export const BOOKING_SANDBOX_PROPERTIES = {
  lisbon: { id: "5512081", name: "Casa Azulejo Lisboa", city: "Lisbon" },
  munich: { id: "5512093", name: "Hotel Isarblick München", city: "Munich" },
} as const satisfies Record<string, BookingProperty>;

export interface BookingSeed {
  properties: BookingProperty[];
  accounts: BookingMachineAccount[];
  reviews: { propertyId: string; review: BookingReview }[];
}

/** Builds the seed relative to `baseDate` (reviews span the ~60 days before it). */
export function buildBookingSeed(baseDate: Date): BookingSeed {
  const { lisbon, munich } = BOOKING_SANDBOX_PROPERTIES;
  const reviews = [
    ...LISBON_REVIEWS.map((s, i) => ({ propertyId: lisbon.id, review: seedToReview(lisbon.id, s, i, baseDate) })),
    ...MUNICH_REVIEWS.map((s, i) => ({ propertyId: munich.id, review: seedToReview(munich.id, s, i, baseDate) })),
  ];
  return {
    properties: [{ ...lisbon }, { ...munich }],
    accounts: [
      { ...BOOKING_SANDBOX_CREDENTIALS, propertyIds: [lisbon.id, munich.id] },
      { ...BOOKING_SANDBOX_LISBON_ONLY_CREDENTIALS, propertyIds: [lisbon.id] },
    ],
    reviews,
  };
}
