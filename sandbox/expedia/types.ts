// Expedia Group Lodging Supply GraphQL shapes, as the simulator stores and serves them. Field names
// follow Expedia's published schema (Review, OwnerResponse, Rating, LocalizedString, IdNode).

export type IdSource = "EXPEDIA" | "SUPPLIER" | "VRBO";

export const REVIEW_BRANDS = [
  "EXPEDIA", "HOTELS", "TRAVELOCITY", "ORBITZ", "CHEAP_TICKETS", "WOTIF", "EBOOKERS", "MR_JET", "LASTMINUTE", "VRBO", "HOTWIRE", "OTHER",
] as const;
export type ReviewBrand = (typeof REVIEW_BRANDS)[number];

/** Statuses a management response goes through (Expedia types the field as a plain String). */
export const RESPONSE_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/**
 * Expedia shows guest ratings on a 1-10 scale today; the API types Rating.value as a String
 * (unconfirmed whether it carries 1-10 or the older 1-5: one constant to change).
 */
export const RATING_SCALE = 10;

/** "overall" and "cleanliness" are Expedia's own examples; the other category keys are unconfirmed. */
export const RATING_CATEGORIES = ["overall", "cleanliness", "staffService", "amenities", "propertyCondition", "ecoFriendliness"] as const;
export type RatingCategory = (typeof RATING_CATEGORIES)[number];

export interface LocalizedString {
  locale: string;
  value: string;
}

export interface IdNode {
  id: string;
  idSource: IdSource;
}

export interface Rating {
  category: string;
  value: string;
}

export interface OwnerResponse {
  body: LocalizedString;
  status: ResponseStatus;
  createdDateTime: string;
  lastUpdatedDateTime: string;
}

export interface ReviewReservation {
  reservationIds: IdNode[];
  checkInDate: string | null;
  checkOutDate: string | null;
  status: string | null;
  primaryGuest: { firstName: string; lastName: string } | null;
}

export interface ExpediaReview {
  id: string;
  /** The API only serves reviews that passed Expedia's own moderation. */
  status: "APPROVED";
  source: "PLATFORM" | "IMPORTED";
  createdDateTime: string;
  lastUpdatedDateTime: string;
  title: LocalizedString | null;
  /** Never null; its value is "" for a rating-only review (unconfirmed). */
  body: LocalizedString;
  isEligibleForResponse: boolean;
  response: OwnerResponse | null;
  starRatings: Rating[];
  reservation: ReviewReservation | null;
  propertyId: IdNode[];
  brandName: string;
  brandNameV2: ReviewBrand;
  media: null;
}

export interface ExpediaProperty {
  /** Expedia property id (EID). */
  id: string;
  name: string;
  city: string;
  reviews: ExpediaReview[];
}

export interface ExpediaClient {
  clientId: string;
  clientSecret: string;
  /** The properties this connectivity partner may read and answer for. */
  propertyIds: string[];
}
