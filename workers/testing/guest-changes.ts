import { mulberry32 } from "@/lib/random";
import type { GroupPlatform } from "@/sandbox/hotel-group";
import type { RunningSandbox } from "@/sandbox/testing";
import { reviewKey, type ListedReview } from "./platform-listing";

// Guests changing their minds on the platforms while Lobby polls: reviews edited, deleted and
// written, through the sandbox's admin API (the guest's side of each platform).

export interface GuestChanges {
  edited: Set<string>;
  deleted: Set<string>;
  added: Set<string>;
}

type Admin = RunningSandbox["admin"];

const EDIT_PATHS: Record<GroupPlatform, (id: string) => string> = {
  GOOGLE: (id) => `/_sandbox/google/reviews/${id}/edit`,
  BOOKING: (id) => `/_sandbox/booking/reviews/${id}/edit`,
  EXPEDIA: (id) => `/_sandbox/expedia/reviews/${id}/edit`,
  TRUSTPILOT: (id) => `/_sandbox/trustpilot/reviews/${id}/edit`,
  TRIPADVISOR: (id) => `/_sandbox/tripadvisor/reviews/${id}/edit`,
};

const EDIT_BODIES: Record<GroupPlatform, (n: number) => unknown> = {
  GOOGLE: (n) => ({ comment: `Edited after our stay (${n}): the room was quieter than we first said.`, starRating: 4 }),
  BOOKING: (n) => ({ positive: `Edited (${n}): the breakfast terrace and the friendly night staff.` }),
  EXPEDIA: (n) => ({ body: `Edited (${n}): on reflection a very pleasant stay, the bed was excellent.`, overall: 8 }),
  TRUSTPILOT: (n) => ({ text: `Edited (${n}): the booking was easy and the staff answered quickly.`, stars: 4 }),
  TRIPADVISOR: (n) => ({ text: `Edited (${n}): a calm hotel close to the river, we would come back.`, rating: 4 }),
};

const DELETE_PATHS: Partial<Record<GroupPlatform, (id: string) => string>> = {
  GOOGLE: (id) => `/_sandbox/google/reviews/${id}`,
  BOOKING: (id) => `/_sandbox/booking/reviews/${id}`,
  EXPEDIA: (id) => `/_sandbox/expedia/reviews/${id}`,
  TRUSTPILOT: (id) => `/_sandbox/trustpilot/reviews/${id}`,
};

const NEW_REVIEWS: Partial<Record<GroupPlatform, (scope: string, n: number) => { path: string; body: unknown; id: (created: Record<string, unknown>) => string }>> = {
  GOOGLE: (scope, n) => ({
    path: "/_sandbox/google/reviews",
    body: { location: scope, reviewerName: `Guest ${n}`, starRating: 5, comment: `Lovely stay number ${n}, the staff were wonderful.` },
    id: (c) => String(c.reviewId),
  }),
  BOOKING: (scope, n) => ({
    path: "/_sandbox/booking/reviews",
    body: { property: scope, score: 9, reviewerName: `Guest ${n}`, positive: `Great location and a quiet room (${n}).` },
    id: (c) => String(c.review_id),
  }),
  EXPEDIA: (scope, n) => ({
    path: "/_sandbox/expedia/reviews",
    body: { propertyId: scope, overall: 9, firstName: "Guest", lastName: String(n), body: `Spotless room and a kind welcome (${n}).` },
    id: (c) => String(c.id),
  }),
  TRUSTPILOT: (scope, n) => ({
    path: "/_sandbox/trustpilot/reviews",
    body: { businessUnitId: scope, consumerName: `Guest ${n}`, stars: 5, text: `Booking directly was simple and quick (${n}).` },
    id: (c) => String(c.id),
  }),
};

async function send(admin: Admin, path: string, body?: unknown, method?: string): Promise<Record<string, unknown>> {
  const res = await admin(path, body, method);
  if (!res.ok) throw new Error(`sandbox admin ${method ?? "POST"} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * Per platform, `perPlatform` reviews edited and (where the platform's listing can prove a deletion)
 * as many deleted, and as many new ones written. Chosen with a fixed seed among reviews not in `avoid`.
 */
export async function changeReviewsAsGuests(admin: Admin, listing: Map<string, ListedReview>, avoid: Set<string>, perPlatform: number): Promise<GuestChanges> {
  const random = mulberry32(4_242);
  const changes: GuestChanges = { edited: new Set(), deleted: new Set(), added: new Set() };
  const platforms: GroupPlatform[] = ["GOOGLE", "BOOKING", "EXPEDIA", "TRUSTPILOT", "TRIPADVISOR"];
  const pools = platforms.map((platform) => {
    const pool = [...listing.values()].filter((r) => r.platform === platform && !avoid.has(reviewKey(r.platform, r.scope, r.externalId)));
    // Chosen up front, so the platforms can then change side by side and the choice stays the seed's.
    const picks = Array.from({ length: 2 * perPlatform }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]);
    return { platform, pool, picks };
  });
  await Promise.all(pools.map(({ platform, pool, picks }) => changePlatform(admin, changes, platform, pool, picks, perPlatform)));
  for (const key of [...changes.edited, ...changes.deleted, ...changes.added]) avoid.add(key);
  return changes;
}

/** One platform's guests: the first `perPlatform` picks are edited, the next deleted (where it can be proven), and new reviews written. */
async function changePlatform(admin: Admin, changes: GuestChanges, platform: GroupPlatform, pool: ListedReview[], picks: (ListedReview | undefined)[], perPlatform: number) {
  for (const [n, review] of picks.slice(0, perPlatform).entries()) {
    if (!review) break;
    await send(admin, EDIT_PATHS[platform](review.externalId), EDIT_BODIES[platform](n));
    changes.edited.add(reviewKey(platform, review.scope, review.externalId));
  }
  const deletePath = DELETE_PATHS[platform];
  for (const review of deletePath ? picks.slice(perPlatform) : []) {
    if (!review || !deletePath) break;
    await send(admin, deletePath(review.externalId), undefined, "DELETE");
    changes.deleted.add(reviewKey(platform, review.scope, review.externalId));
  }
  const scopes = [...new Set(pool.map((r) => r.scope))].sort();
  const write = NEW_REVIEWS[platform];
  for (let n = 0; write && n < perPlatform; n++) {
    const scope = scopes[n % scopes.length];
    if (!scope) break;
    const request = write(scope, n);
    const created = await send(admin, request.path, request.body);
    changes.added.add(reviewKey(platform, scope, request.id(created)));
  }
}
