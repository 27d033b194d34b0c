import { hashSeed } from "../../lib/random";
import { LISBON_REVIEWS } from "./seed-lisbon";
import { MUNICH_REVIEWS } from "./seed-munich";
import type { SeedReview } from "./seed-types";
import type { TripadvisorLocation, TripadvisorOwnerResponse, TripadvisorReview, TripadvisorSubrating } from "./types";

// Deterministic seed of the Tripadvisor simulator. Lobby's own seed imports these constants so its
// demo platform connections match the sandbox.

/** The demo Content API key (real keys are 32 hex characters, passed as ?key=). */
export const TRIPADVISOR_SANDBOX_API_KEY = "5A1C0B7E93D24F68B0E4C1D7A9F3E260";

/** Every language the seed and the keep-alive write reviews in. */
export const TRIPADVISOR_SANDBOX_LANGUAGES = ["en", "pt", "de", "fr", "es", "it", "nl", "ja"] as const;

/** The credentials object of a demo Tripadvisor connection (see lib/platforms/tripadvisor/api-key.ts). */
export const TRIPADVISOR_SANDBOX_CREDENTIALS = {
  apiKey: TRIPADVISOR_SANDBOX_API_KEY,
  languages: [...TRIPADVISOR_SANDBOX_LANGUAGES],
};

/** The connection's externalLocationId is the location id. */
export const TRIPADVISOR_SANDBOX_LOCATIONS = {
  lisbon: { locationId: "19847302", name: "Casa Azulejo Lisboa", city: "Lisbon" },
  munich: { locationId: "19851164", name: "Hotel Isarblick München", city: "Munich" },
} as const;

const URL_PARTS = {
  lisbon: { geoId: 189158, urlSlug: "Casa_Azulejo_Lisboa-Lisbon_Lisbon_District_Central_Portugal" },
  munich: { geoId: 187309, urlSlug: "Hotel_Isarblick_Munchen-Munich_Upper_Bavaria_Bavaria" },
} as const;

const DAY_MS = 86_400_000;

/** Tripadvisor ids are plain integers; derive a stable nine-digit one from a seed string. */
export function makeTripadvisorId(seed: string): number {
  return 900_000_000 + (hashSeed(seed) % 99_999_999);
}

/** "2025-05-30T14:12:09Z": whole seconds, no fraction (unconfirmed format detail). */
export function tripadvisorDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function ratingImageUrl(rating: number): string {
  return `https://www.tripadvisor.com/img/cdsi/img2/ratings/traveler/s${rating.toFixed(1)}-MCID-5.svg`;
}

export function reviewUrl(location: Pick<TripadvisorLocation, "geoId" | "location_id" | "urlSlug">, reviewId: number): string {
  return `https://www.tripadvisor.com/ShowUserReviews-g${location.geoId}-d${location.location_id}-r${reviewId}-${location.urlSlug}.html`;
}

/** The stay month: a week or so before the review was written. */
export function travelMonth(publishedMs: number): string {
  return new Date(publishedMs - 6 * DAY_MS).toISOString().slice(0, 7);
}

const SUBRATING_NAMES = [
  ["RATE_LOCATION", "Location", 1],
  ["RATE_CLEANLINESS", "Cleanliness", 0],
  ["RATE_SERVICE", "Service", 0],
  ["RATE_VALUE", "Value", -1],
] as const;

/** Sub-ratings follow the overall rating loosely: location scores higher, value lower. */
export function subratingsFor(rating: number): Record<string, TripadvisorSubrating> {
  return Object.fromEntries(
    SUBRATING_NAMES.map(([name, localized, shift], i) => {
      const value = Math.min(5, Math.max(1, rating + shift));
      return [String(i), { name, localized_name: localized, rating_image_url: ratingImageUrl(value), value }];
    }),
  );
}

export function userLocation(name: string): { id: string; name: string } {
  return { id: String(hashSeed(`geo:${name}`) % 9_000_000), name };
}

function ownerResponse(seed: NonNullable<SeedReview["ownerResponse"]>, reviewId: number, lang: string, base: Date): TripadvisorOwnerResponse {
  return {
    id: makeTripadvisorId(`response:${reviewId}`),
    lang,
    text: seed.text,
    title: `Response from ${seed.author}`,
    author: seed.author,
    published_date: tripadvisorDate(base.getTime() - seed.daysAgo * DAY_MS),
  };
}

function toReview(location: TripadvisorLocation, seed: SeedReview, index: number, base: Date): TripadvisorReview {
  const id = makeTripadvisorId(`${location.location_id}#seed-${index}`);
  const publishedMs = base.getTime() - Math.round(seed.daysAgo * DAY_MS);
  return {
    id,
    lang: seed.lang,
    location_id: location.location_id,
    published_date: tripadvisorDate(publishedMs),
    rating: seed.rating,
    helpful_votes: seed.helpfulVotes ?? 0,
    rating_image_url: ratingImageUrl(seed.rating),
    url: reviewUrl(location, id),
    text: seed.text,
    title: seed.title,
    trip_type: seed.tripType,
    travel_date: travelMonth(publishedMs),
    user: { username: seed.username, ...(seed.userLocation ? { user_location: userLocation(seed.userLocation) } : {}) },
    subratings: seed.noSubratings ? {} : subratingsFor(seed.rating),
    ...(seed.ownerResponse ? { owner_response: ownerResponse(seed.ownerResponse, id, seed.lang, base) } : {}),
  };
}

/** Builds the seed relative to `baseDate` (reviews span the ~50 days before it). */
export function buildTripadvisorSeed(baseDate: Date): TripadvisorLocation[] {
  const places = [
    { key: "lisbon", reviews: LISBON_REVIEWS },
    { key: "munich", reviews: MUNICH_REVIEWS },
  ] as const;
  return places.map(({ key, reviews }) => {
    const { locationId, name, city } = TRIPADVISOR_SANDBOX_LOCATIONS[key];
    const location: TripadvisorLocation = { location_id: Number(locationId), name, city, ...URL_PARTS[key], reviews: [] };
    location.reviews = reviews.map((seed, i) => toReview(location, seed, i, baseDate));
    return location;
  });
}
