// Google Business Profile API v4 wire shapes, as the simulator stores and returns them.

export const STAR_RATINGS = ["STAR_RATING_UNSPECIFIED", "ONE", "TWO", "THREE", "FOUR", "FIVE"] as const;
export type StarRating = (typeof STAR_RATINGS)[number];

export const STAR_BY_NUMBER: Record<1 | 2 | 3 | 4 | 5, StarRating> = {
  1: "ONE",
  2: "TWO",
  3: "THREE",
  4: "FOUR",
  5: "FIVE",
};

export const NUMBER_BY_STAR: Record<StarRating, number> = {
  STAR_RATING_UNSPECIFIED: 0,
  ONE: 1,
  TWO: 2,
  THREE: 3,
  FOUR: 4,
  FIVE: 5,
};

export interface GoogleReviewer {
  displayName: string;
  profilePhotoUrl: string;
  isAnonymous: boolean;
}

export interface GoogleReviewReply {
  comment: string;
  updateTime: string;
}

export interface GoogleReview {
  /** "accounts/{a}/locations/{l}/reviews/{reviewId}" */
  name: string;
  reviewId: string;
  reviewer: GoogleReviewer;
  starRating: StarRating;
  /** Absent for rating-only reviews, as on Google. */
  comment?: string;
  createTime: string;
  updateTime: string;
  reviewReply?: GoogleReviewReply;
}

export interface GoogleLocation {
  /** "accounts/{a}/locations/{l}" */
  name: string;
  title: string;
  city: string;
  reviews: GoogleReview[];
}

export interface GoogleOAuthClient {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export const ORDER_BYS = ["updateTime desc", "rating", "rating desc"] as const;
export type OrderBy = (typeof ORDER_BYS)[number];
