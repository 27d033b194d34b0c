// Tripadvisor Content API v1 wire shapes, as the simulator stores and returns them.

export const TRIP_TYPES = ["Couples", "Family", "Friends", "Business", "Solo"] as const;
export type TripType = (typeof TRIP_TYPES)[number];

export interface TripadvisorUser {
  username: string;
  /** Absent when the member left their home town empty. */
  user_location?: { id: string; name: string };
}

export interface TripadvisorSubrating {
  name: string;
  localized_name: string;
  rating_image_url: string;
  value: number;
}

/** The hotel's "management response" (unconfirmed whether the Content API exposes it). */
export interface TripadvisorOwnerResponse {
  id: number;
  lang: string;
  text: string;
  title: string;
  author: string;
  published_date: string;
}

export interface TripadvisorReview {
  id: number;
  /** Tripadvisor's language code: "en", "pt", "de", "zh_CN"... */
  lang: string;
  location_id: number;
  /** "2025-05-30T14:12:09Z": the only time the API gives (no edit time). */
  published_date: string;
  rating: 1 | 2 | 3 | 4 | 5;
  helpful_votes: number;
  rating_image_url: string;
  url: string;
  text: string;
  title: string;
  trip_type: TripType;
  /** "2025-05" (month of the stay). */
  travel_date: string;
  user: TripadvisorUser;
  /** Keyed "0", "1"... as the API sends them (unconfirmed). */
  subratings: Record<string, TripadvisorSubrating>;
  owner_response?: TripadvisorOwnerResponse;
}

export interface TripadvisorLocation {
  location_id: number;
  name: string;
  city: string;
  /** The geo id in Tripadvisor's URLs ("g189158"), for realistic review links. */
  geoId: number;
  /** The name part of Tripadvisor's URLs. */
  urlSlug: string;
  reviews: TripadvisorReview[];
}
