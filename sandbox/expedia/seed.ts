import { createHash } from "node:crypto";
import { LISBON_REVIEWS, MUNICH_REVIEWS, type SeedReview } from "./seed-reviews";
import {
  RATING_CATEGORIES,
  RATING_SCALE,
  type ExpediaClient,
  type ExpediaProperty,
  type ExpediaReview,
  type Rating,
  type ReviewBrand,
} from "./types";

// Deterministic seed of the Expedia simulator. Lobby's own seed imports these constants so its demo
// platform connections match the sandbox.

export const EXPEDIA_SANDBOX_CLIENT_ID = "lobby-expedia-demo-key";
export const EXPEDIA_SANDBOX_CLIENT_SECRET = "lobby-expedia-demo-secret";

/** The credentials object a Lobby platform connection stores for Expedia. */
export const EXPEDIA_SANDBOX_CREDENTIALS = {
  clientId: EXPEDIA_SANDBOX_CLIENT_ID,
  clientSecret: EXPEDIA_SANDBOX_CLIENT_SECRET,
} as const;

/** Expedia property ids (EIDs): a connection's externalLocationId. */
export const EXPEDIA_SANDBOX_PROPERTIES = {
  lisbon: { id: "31477520", name: "Casa Azulejo Lisboa", city: "Lisbon" },
  munich: { id: "31477521", name: "Hotel Isarblick München", city: "Munich" },
} as const;

export const EXPEDIA_SANDBOX_CLIENT: ExpediaClient = {
  ...EXPEDIA_SANDBOX_CREDENTIALS,
  propertyIds: [EXPEDIA_SANDBOX_PROPERTIES.lisbon.id, EXPEDIA_SANDBOX_PROPERTIES.munich.id],
};

/** A second connectivity partner that manages neither demo property (for permission errors). */
export const EXPEDIA_SANDBOX_OTHER_CLIENT: ExpediaClient = {
  clientId: "other-partner-key",
  clientSecret: "other-partner-secret",
  propertyIds: [],
};

const DAY_MS = 86_400_000;

function digest(seed: string): Buffer {
  return createHash("sha256").update(seed).digest();
}

/** Expedia review ids look like 24 hex digits ("61f87508de53060cb1ff59e9"). */
export function makeReviewId(seed: string): string {
  return digest(`review:${seed}`).toString("hex").slice(0, 24);
}

function makeReservationId(seed: string): string {
  return String(2_000_000_000 + (digest(`reservation:${seed}`).readUInt32BE(0) % 900_000_000));
}

const clamp = (n: number) => Math.min(RATING_SCALE, Math.max(1, Math.round(n)));

/** Overall plus category ratings that stay close to it, derived from the seed so they never change. */
export function starRatings(overall: number, seed: string, overallOnly = false): Rating[] {
  const ratings: Rating[] = [{ category: "overall", value: String(clamp(overall)) }];
  if (overallOnly) return ratings;
  const bytes = digest(`ratings:${seed}`);
  RATING_CATEGORIES.slice(1).forEach((category, i) => {
    const offset = ((bytes[i] ?? 0) % 3) - 1;
    ratings.push({ category, value: String(clamp(overall + offset)) });
  });
  return ratings;
}

function isoDaysAgo(base: Date, days: number): string {
  const ms = base.getTime() - Math.round(days * DAY_MS);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface ReviewParts {
  propertyId: string;
  /** Stable text the ids, stay dates and category ratings derive from. */
  seed: string;
  firstName: string;
  lastName: string;
  locale: string;
  overall: number;
  overallOnly?: boolean;
  title?: string | null;
  body: string;
  createdDateTime: string;
  lastUpdatedDateTime?: string;
  brand?: ReviewBrand;
  imported?: boolean;
}

/** One review in Expedia's shape; guests review after checking out, so the stay ends before it. */
export function composeReview(parts: ReviewParts): ExpediaReview {
  const created = Date.parse(parts.createdDateTime);
  const nights = 1 + (digest(`stay:${parts.seed}`)[0] ?? 0) % 4;
  const checkOut = created - DAY_MS;
  const brand = parts.brand ?? "EXPEDIA";
  return {
    id: makeReviewId(parts.seed),
    status: "APPROVED",
    source: parts.imported ? "IMPORTED" : "PLATFORM",
    createdDateTime: parts.createdDateTime,
    lastUpdatedDateTime: parts.lastUpdatedDateTime ?? parts.createdDateTime,
    title: parts.title ? { locale: parts.locale, value: parts.title } : null,
    body: { locale: parts.locale, value: parts.body },
    isEligibleForResponse: !parts.imported,
    response: null,
    starRatings: starRatings(parts.overall, parts.seed, parts.overallOnly),
    reservation: parts.imported
      ? null
      : {
          reservationIds: [{ id: makeReservationId(parts.seed), idSource: "EXPEDIA" }],
          checkInDate: dateOnly(checkOut - nights * DAY_MS),
          checkOutDate: dateOnly(checkOut),
          status: "COMPLETE",
          primaryGuest: { firstName: parts.firstName, lastName: parts.lastName },
        },
    propertyId: [{ id: parts.propertyId, idSource: "EXPEDIA" }],
    brandName: brand,
    brandNameV2: brand,
    media: null,
  };
}

function toReview(propertyId: string, seed: SeedReview, index: number, base: Date): ExpediaReview {
  const review = composeReview({
    propertyId,
    seed: `${propertyId}#seed-${index}`,
    firstName: seed.first,
    lastName: seed.last,
    locale: seed.locale,
    overall: seed.overall,
    overallOnly: seed.overallOnly ?? false,
    title: seed.title ?? null,
    body: seed.body,
    createdDateTime: isoDaysAgo(base, seed.daysAgo),
    ...(seed.editedDaysAgo !== undefined ? { lastUpdatedDateTime: isoDaysAgo(base, seed.editedDaysAgo) } : {}),
    ...(seed.brand ? { brand: seed.brand } : {}),
    imported: seed.imported ?? false,
  });
  if (seed.response) {
    const at = isoDaysAgo(base, seed.response.daysAgo);
    review.response = {
      body: { locale: seed.response.locale, value: seed.response.body },
      status: seed.response.status,
      createdDateTime: at,
      lastUpdatedDateTime: at,
    };
  }
  return review;
}

export interface ExpediaSeed {
  properties: ExpediaProperty[];
  clients: ExpediaClient[];
}

/** Builds the seed relative to `baseDate` (reviews span the ~60 days before it). */
export function buildExpediaSeed(baseDate: Date): ExpediaSeed {
  const properties = [
    { ...EXPEDIA_SANDBOX_PROPERTIES.lisbon, seed: LISBON_REVIEWS },
    { ...EXPEDIA_SANDBOX_PROPERTIES.munich, seed: MUNICH_REVIEWS },
  ].map(({ seed, ...property }) => ({
    ...property,
    reviews: seed.map((s, i) => toReview(property.id, s, i, baseDate)),
  }));
  return {
    properties,
    clients: [EXPEDIA_SANDBOX_CLIENT, EXPEDIA_SANDBOX_OTHER_CLIENT].map((c) => ({ ...c, propertyIds: [...c.propertyIds] })),
  };
}
