import { createHash } from "node:crypto";
import { LISBON_REVIEWS, type SeedReview } from "./seed-reviews";
import { MUNICH_REVIEWS } from "./seed-reviews-munich";
import type { TrustpilotApplication, TrustpilotBusinessUnit, TrustpilotBusinessUser, TrustpilotReview } from "./types";

// Deterministic seed of the Trustpilot simulator. Lobby's own seed imports these constants so its
// demo platform connections match the sandbox.

/** Business unit ids of Lobby's two demo hotels (a connection's externalLocationId). */
export const TRUSTPILOT_SANDBOX_BUSINESS_UNITS = {
  lisbon: { id: "64b7e2c1a9f03d0012c5a7e1", identifyingName: "casa-azulejo.example", displayName: "Casa Azulejo Lisboa", city: "Lisbon" },
  munich: { id: "64b7e2c1a9f03d0012c5a7f4", identifyingName: "hotel-isarblick.example", displayName: "Hotel Isarblick München", city: "Munich" },
} as const;

export const TRUSTPILOT_SANDBOX_API_KEY = "LbyDemoTpKey7f3a9c2e5b1d8046";
export const TRUSTPILOT_SANDBOX_API_SECRET = "LbyDemoTpSecret4e8b2a6c9d1f";
export const TRUSTPILOT_SANDBOX_USERNAME = "reviews@lobby-demo.example";
export const TRUSTPILOT_SANDBOX_PASSWORD = "lobby-demo-trustpilot-password";
/** The business user replies are posted as (authorBusinessUserId). */
export const TRUSTPILOT_SANDBOX_BUSINESS_USER_ID = "64b7e2c1a9f03d0012c5b001";

/** The credentials object a Lobby connection stores for either demo hotel. */
export const TRUSTPILOT_SANDBOX_CREDENTIALS = {
  apiKey: TRUSTPILOT_SANDBOX_API_KEY,
  apiSecret: TRUSTPILOT_SANDBOX_API_SECRET,
  username: TRUSTPILOT_SANDBOX_USERNAME,
  password: TRUSTPILOT_SANDBOX_PASSWORD,
  businessUserId: TRUSTPILOT_SANDBOX_BUSINESS_USER_ID,
} as const;

/** A second login that may act for the Munich hotel only (for per-unit access tests). */
export const TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER = {
  id: "64b7e2c1a9f03d0012c5b002",
  username: "frontdesk@isarblick.example",
  password: "isarblick-demo-password",
} as const;

const DAY_MS = 86_400_000;

/** Trustpilot ids look like MongoDB ObjectIds: 24 hex characters. Derive one from a stable seed string. */
export function makeTrustpilotId(seed: string): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, 24);
}

/** Whole-second UTC timestamps ("2025-05-30T08:12:44Z"), the form the sandbox serves. */
export function trustpilotTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

function daysAgo(base: Date, days: number): string {
  return trustpilotTime(base.getTime() - Math.round(days * DAY_MS));
}

export function businessUnitRef(unit: Pick<TrustpilotBusinessUnit, "id" | "identifyingName" | "displayName">) {
  return { id: unit.id, identifyingName: unit.identifyingName, displayName: unit.displayName };
}

function toReview(unit: (typeof TRUSTPILOT_SANDBOX_BUSINESS_UNITS)[keyof typeof TRUSTPILOT_SANDBOX_BUSINESS_UNITS], seed: SeedReview, index: number, base: Date): TrustpilotReview {
  const createdAt = daysAgo(base, seed.daysAgo);
  return {
    id: makeTrustpilotId(`${unit.id}#seed-${index}`),
    consumer: {
      id: makeTrustpilotId(`consumer:${seed.author}`),
      displayName: seed.author,
      displayLocation: seed.location ?? null,
      numberOfReviews: 1 + (index % 7),
    },
    businessUnit: businessUnitRef(unit),
    stars: seed.stars,
    title: seed.title,
    text: seed.text,
    language: seed.language,
    createdAt,
    updatedAt: seed.editedDaysAgo === undefined ? null : daysAgo(base, seed.editedDaysAgo),
    experiencedAt: daysAgo(base, seed.daysAgo + 3),
    referenceId: seed.referenceId ?? null,
    referralEmail: seed.referenceId ? `guest-${seed.referenceId.toLowerCase()}@mail.example` : null,
    isVerified: seed.verified ?? false,
    numberOfLikes: index % 3,
    status: "active",
    companyReply: seed.reply
      ? {
          text: seed.reply.text,
          authorBusinessUserId: TRUSTPILOT_SANDBOX_BUSINESS_USER_ID,
          authorBusinessUserName: "Lobby Demo",
          createdAt: daysAgo(base, seed.reply.daysAgo),
          updatedAt: seed.reply.editedDaysAgo === undefined ? null : daysAgo(base, seed.reply.editedDaysAgo),
        }
      : null,
  };
}

export interface TrustpilotSeed {
  businessUnits: TrustpilotBusinessUnit[];
  applications: TrustpilotApplication[];
  users: TrustpilotBusinessUser[];
}

/** Builds the seed relative to `baseDate` (reviews span the ~60 days before it). */
export function buildTrustpilotSeed(baseDate: Date): TrustpilotSeed {
  const { lisbon, munich } = TRUSTPILOT_SANDBOX_BUSINESS_UNITS;
  const businessUnits = [
    { unit: lisbon, seed: LISBON_REVIEWS },
    { unit: munich, seed: MUNICH_REVIEWS },
  ].map(({ unit, seed }) => ({ ...unit, reviews: seed.map((s, i) => toReview(unit, s, i, baseDate)) }));
  return {
    businessUnits,
    applications: [{ apiKey: TRUSTPILOT_SANDBOX_API_KEY, apiSecret: TRUSTPILOT_SANDBOX_API_SECRET }],
    users: [
      {
        id: TRUSTPILOT_SANDBOX_BUSINESS_USER_ID,
        name: "Lobby Demo",
        username: TRUSTPILOT_SANDBOX_USERNAME,
        password: TRUSTPILOT_SANDBOX_PASSWORD,
        businessUnitIds: [lisbon.id, munich.id],
      },
      { ...TRUSTPILOT_SANDBOX_MUNICH_ONLY_USER, name: "Isarblick Front Desk", businessUnitIds: [munich.id] },
    ],
  };
}
