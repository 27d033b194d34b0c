import { createHash } from "node:crypto";
import { LISBON_REVIEWS, MUNICH_REVIEWS, type SeedReview } from "./seed-reviews";
import {
  STAR_BY_NUMBER,
  type GoogleLocation,
  type GoogleOAuthClient,
  type GoogleReview,
} from "./types";

// Deterministic seed of the Google simulator. Lobby's own seed imports these constants
// so its demo platform connections match the sandbox.

export const GOOGLE_SANDBOX_CLIENT_ID = "lobby-demo-client";
export const GOOGLE_SANDBOX_CLIENT_SECRET = "lobby-demo-secret";
export const GOOGLE_SANDBOX_REFRESH_TOKEN = "lobby-demo-refresh-token";

export const GOOGLE_SANDBOX_CLIENT: GoogleOAuthClient = {
  clientId: GOOGLE_SANDBOX_CLIENT_ID,
  clientSecret: GOOGLE_SANDBOX_CLIENT_SECRET,
  refreshToken: GOOGLE_SANDBOX_REFRESH_TOKEN,
};

export const GOOGLE_SANDBOX_ACCOUNT = "accounts/1001";
/** The account's name as Google's Account Management API shows it (the consent page names it too). */
export const GOOGLE_SANDBOX_ACCOUNT_NAME = "Azulejo Hotels";

export const GOOGLE_SANDBOX_LOCATIONS = {
  lisbon: {
    name: "accounts/1001/locations/2001",
    title: "Casa Azulejo Lisboa",
    city: "Lisbon",
  },
  munich: {
    name: "accounts/1001/locations/2002",
    title: "Hotel Isarblick München",
    city: "Munich",
  },
} as const;

const DAY_MS = 86_400_000;

/** Google review ids are long opaque url-safe strings; derive one from a stable seed string. */
export function makeReviewId(seed: string): string {
  return "AIe9_B" + createHash("sha256").update(seed).digest("base64url").slice(0, 40);
}

export function profilePhotoUrl(seed: string): string {
  const id = createHash("sha256").update(`photo:${seed}`).digest("base64url").slice(0, 24);
  return `https://lh3.googleusercontent.com/a/ACg8oc${id}=s120-c-rp-mo-br100`;
}

export function anonymousReviewer(): GoogleReview["reviewer"] {
  return {
    displayName: "A Google user",
    profilePhotoUrl: "https://lh3.googleusercontent.com/a/default-user=s120-c-rp-mo-br100",
    isAnonymous: true,
  };
}

function isoDaysAgo(base: Date, days: number): string {
  // Whole seconds, like most timestamps Google returns for reviews.
  const ms = base.getTime() - Math.round(days * DAY_MS);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

function toReview(location: string, seed: SeedReview, index: number, base: Date): GoogleReview {
  const reviewId = makeReviewId(`${location}#seed-${index}`);
  const createTime = isoDaysAgo(base, seed.daysAgo);
  const review: GoogleReview = {
    name: `${location}/reviews/${reviewId}`,
    reviewId,
    reviewer: seed.anonymous
      ? anonymousReviewer()
      : { displayName: seed.author, profilePhotoUrl: profilePhotoUrl(seed.author), isAnonymous: false },
    starRating: seed.stars === 0 ? "STAR_RATING_UNSPECIFIED" : STAR_BY_NUMBER[seed.stars],
    ...(seed.comment !== undefined ? { comment: seed.comment } : {}),
    createTime,
    updateTime: seed.editedDaysAgo === undefined ? createTime : isoDaysAgo(base, seed.editedDaysAgo),
    ...(seed.reply
      ? { reviewReply: { comment: seed.reply.comment, updateTime: isoDaysAgo(base, seed.reply.daysAgo) } }
      : {}),
  };
  return review;
}

export interface GoogleSeed {
  accounts: string[];
  locations: GoogleLocation[];
  clients: GoogleOAuthClient[];
}

/** Builds the seed relative to `baseDate` (reviews span the ~60 days before it). */
export function buildGoogleSeed(baseDate: Date): GoogleSeed {
  const locations = [
    { ...GOOGLE_SANDBOX_LOCATIONS.lisbon, seed: LISBON_REVIEWS },
    { ...GOOGLE_SANDBOX_LOCATIONS.munich, seed: MUNICH_REVIEWS },
  ].map(({ seed, ...loc }) => ({
    ...loc,
    reviews: seed.map((s, i) => toReview(loc.name, s, i, baseDate)),
  }));
  return {
    accounts: [GOOGLE_SANDBOX_ACCOUNT],
    locations,
    clients: [{ ...GOOGLE_SANDBOX_CLIENT }],
  };
}
