import {
  buildTripadvisorSeed,
  makeTripadvisorId,
  ratingImageUrl,
  reviewUrl,
  subratingsFor,
  travelMonth,
  tripadvisorDate,
  TRIPADVISOR_SANDBOX_API_KEY,
  userLocation,
} from "./seed";
import type { TripadvisorLocation, TripadvisorOwnerResponse, TripadvisorReview, TripType } from "./types";

// In-memory state of the Tripadvisor simulator. reset() restores the seed in place, so references stay valid.

/** The Content API shows at most this many reviews per location. */
export const MAX_REVIEWS_SHOWN = 5;

export interface NewReviewInput {
  locationId: number;
  username?: string;
  userLocation?: string;
  lang: string;
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  text: string;
  tripType?: TripType;
  publishedDate?: string;
}

export interface ReviewPatch {
  rating?: 1 | 2 | 3 | 4 | 5;
  title?: string;
  text?: string;
  publishedDate?: string;
}

/** "pt" matches "pt" and "pt_BR"; "pt_BR" matches only itself (case and "-"/"_" ignored). */
export function sameLanguage(reviewLang: string, requested: string): boolean {
  const norm = (v: string) => v.toLowerCase().replace("-", "_");
  const a = norm(reviewLang);
  const b = norm(requested);
  return a === b || (!b.includes("_") && a.split("_")[0] === b);
}

export class TripadvisorState {
  readonly locations = new Map<number, TripadvisorLocation>();
  readonly apiKeys = new Set<string>();
  private added = 0;

  constructor(private readonly options: { baseDate: Date; now: () => Date }) {
    this.reset();
  }

  reset(): void {
    this.locations.clear();
    for (const location of buildTripadvisorSeed(this.options.baseDate)) this.locations.set(location.location_id, location);
    this.apiKeys.clear();
    this.apiKeys.add(TRIPADVISOR_SANDBOX_API_KEY);
    this.added = 0;
  }

  nowMs(): number {
    return this.options.now().getTime();
  }

  location(id: number): TripadvisorLocation | undefined {
    return this.locations.get(id);
  }

  findReview(id: number): { location: TripadvisorLocation; review: TripadvisorReview } | undefined {
    for (const location of this.locations.values()) {
      const review = location.reviews.find((r) => r.id === id);
      if (review) return { location, review };
    }
    return undefined;
  }

  /**
   * What the reviews endpoint shows: the most recent reviews written in `language` (unconfirmed: we
   * filter by language first, then take the newest five; Tripadvisor's newer API documents a "pool
   * first, then filter" order instead; swap the two steps here to model that).
   */
  recentReviews(location: TripadvisorLocation, language: string): TripadvisorReview[] {
    return location.reviews
      .filter((r) => sameLanguage(r.lang, language))
      .sort((a, b) => (a.published_date === b.published_date ? b.id - a.id : a.published_date < b.published_date ? 1 : -1))
      .slice(0, MAX_REVIEWS_SHOWN);
  }

  addReview(input: NewReviewInput): TripadvisorReview {
    const location = this.locations.get(input.locationId);
    if (!location) throw new Error(`unknown location ${input.locationId}`);
    this.added += 1;
    const id = makeTripadvisorId(`${location.location_id}#added-${this.added}-${this.nowMs()}`);
    const publishedMs = input.publishedDate ? Date.parse(input.publishedDate) : this.nowMs();
    const review: TripadvisorReview = {
      id,
      lang: input.lang,
      location_id: location.location_id,
      published_date: tripadvisorDate(publishedMs),
      rating: input.rating,
      helpful_votes: 0,
      rating_image_url: ratingImageUrl(input.rating),
      url: reviewUrl(location, id),
      text: input.text,
      title: input.title,
      trip_type: input.tripType ?? "Couples",
      travel_date: travelMonth(publishedMs),
      user: {
        username: input.username ?? `Traveler${String(id).slice(-6)}`,
        ...(input.userLocation ? { user_location: userLocation(input.userLocation) } : {}),
      },
      subratings: subratingsFor(input.rating),
    };
    location.reviews.push(review);
    return review;
  }

  /**
   * An edited review goes back through moderation and is published again, so its published_date
   * moves to the edit (unconfirmed: the API has no separate edit time).
   */
  editReview(id: number, patch: ReviewPatch): TripadvisorReview | undefined {
    const found = this.findReview(id);
    if (!found) return undefined;
    const { review } = found;
    if (patch.rating !== undefined) {
      review.rating = patch.rating;
      review.rating_image_url = ratingImageUrl(patch.rating);
    }
    if (patch.title !== undefined) review.title = patch.title;
    if (patch.text !== undefined) review.text = patch.text;
    review.published_date = tripadvisorDate(patch.publishedDate ? Date.parse(patch.publishedDate) : this.nowMs());
    return review;
  }

  deleteReview(id: number): boolean {
    const found = this.findReview(id);
    if (!found) return false;
    found.location.reviews.splice(found.location.reviews.indexOf(found.review), 1);
    return true;
  }

  /** A response posted by hand in the Management Center. One per review, as on Tripadvisor. */
  setOwnerResponse(review: TripadvisorReview, text: string, author?: string): TripadvisorOwnerResponse {
    const location = this.locations.get(review.location_id);
    const by = author ?? `Management at ${location?.name ?? "the property"}`;
    review.owner_response = {
      id: makeTripadvisorId(`response:${review.id}`),
      lang: review.lang,
      text,
      title: `Response from ${by}`,
      author: by,
      published_date: tripadvisorDate(this.nowMs()),
    };
    return review.owner_response;
  }
}
