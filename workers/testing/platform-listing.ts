import type { LedgerSnapshot } from "@/sandbox/ledger";
import type { GroupPlatform } from "@/sandbox/hotel-group";
import type { RunningSandbox } from "@/sandbox/testing";

// What the platforms themselves hold, read through the sandbox's admin API (never through Lobby):
// the truth a fault-suite run is checked against.

export interface ListedReview {
  platform: GroupPlatform;
  /** The connection's externalLocationId: location name, property id, business unit id. */
  scope: string;
  externalId: string;
  /** The owner's reply the platform holds now, if any. */
  replyText: string | null;
  /** Expedia refuses responses to imported reviews. */
  acceptsReply: boolean;
}

export const reviewKey = (platform: string, scope: string, externalId: string) => `${platform}|${scope}|${externalId}`;

type Admin = RunningSandbox["admin"];

async function json<T>(admin: Admin, path: string): Promise<T> {
  const res = await admin(path);
  if (!res.ok) throw new Error(`sandbox admin ${path} answered ${res.status}`);
  return (await res.json()) as T;
}

interface GoogleListing { locations: { name: string; reviews: { reviewId: string; reviewReply?: { comment: string } }[] }[] }
interface BookingListing { properties: { id: string; reviews: { review_id: string; reply: { text: string } | null }[] }[] }
interface ExpediaListing { properties: { id: string; reviews: { id: string; isEligibleForResponse: boolean; response: { body: { value: string } } | null }[] }[] }
interface TrustpilotListing { businessUnits: { id: string; reviews: { id: string; companyReply: { text: string } | null }[] }[] }
interface TripadvisorListing { locations: { location_id: number; reviews: { id: number; owner_response?: { text: string } }[] }[] }

/** Every review on every platform, keyed by reviewKey(). */
export async function listPlatformReviews(admin: Admin): Promise<Map<string, ListedReview>> {
  const all = new Map<string, ListedReview>();
  const add = (review: ListedReview) => all.set(reviewKey(review.platform, review.scope, review.externalId), review);

  for (const l of (await json<GoogleListing>(admin, "/_sandbox/google/reviews")).locations) {
    for (const r of l.reviews) add({ platform: "GOOGLE", scope: l.name, externalId: r.reviewId, replyText: r.reviewReply?.comment ?? null, acceptsReply: true });
  }
  for (const p of (await json<BookingListing>(admin, "/_sandbox/booking/reviews")).properties) {
    for (const r of p.reviews) add({ platform: "BOOKING", scope: p.id, externalId: r.review_id, replyText: r.reply?.text ?? null, acceptsReply: true });
  }
  for (const p of (await json<ExpediaListing>(admin, "/_sandbox/expedia/reviews")).properties) {
    for (const r of p.reviews) {
      add({ platform: "EXPEDIA", scope: p.id, externalId: r.id, replyText: r.response?.body.value ?? null, acceptsReply: r.isEligibleForResponse });
    }
  }
  for (const u of (await json<TrustpilotListing>(admin, "/_sandbox/trustpilot/reviews")).businessUnits) {
    for (const r of u.reviews) add({ platform: "TRUSTPILOT", scope: u.id, externalId: r.id, replyText: r.companyReply?.text ?? null, acceptsReply: true });
  }
  for (const l of (await json<TripadvisorListing>(admin, "/_sandbox/tripadvisor/reviews")).locations) {
    for (const r of l.reviews) {
      add({ platform: "TRIPADVISOR", scope: String(l.location_id), externalId: String(r.id), replyText: r.owner_response?.text ?? null, acceptsReply: false });
    }
  }
  return all;
}

export function readLedger(admin: Admin): Promise<LedgerSnapshot> {
  return json<LedgerSnapshot>(admin, "/_sandbox/ledger");
}

/** JSON with object keys sorted, so a payload stored in PostgreSQL (jsonb reorders keys) compares equal to the one sent. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
