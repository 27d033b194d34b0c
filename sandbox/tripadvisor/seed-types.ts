import type { TripType } from "./types";

// The hand-written shape of a seed review; seed.ts turns it into the API's wire shape.

export interface SeedReview {
  username: string;
  /** "Bristol, United Kingdom"; absent when the member left it empty. */
  userLocation?: string;
  lang: string;
  rating: 1 | 2 | 3 | 4 | 5;
  tripType: TripType;
  /** Days before the seed's base date. */
  daysAgo: number;
  title: string;
  text: string;
  helpfulVotes?: number;
  /** The reviewer skipped the sub-ratings. */
  noSubratings?: boolean;
  ownerResponse?: { daysAgo: number; author: string; text: string };
}
