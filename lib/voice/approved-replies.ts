import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { phraseKey, type ApprovedText } from "./phrase-bank";

// The learning loop's memory: replies staff approved become the examples later drafts follow (and the
// builtin drafter's phrase bank). Replies staff edited say the most about the house's voice, and a reply
// to a similar review (praise for praise, complaint for complaint) is the useful example.

export const EXAMPLE_LIMIT = 5;
export const RECENT_LIMIT = 20;
/** How many approved replies are looked at to choose examples from: recent ones, bounded. */
const CANDIDATES = 40;

/** Star ratings whose replies suit a review of `rating`; null: any. */
export function similarRatings(rating: number | null): number[] | null {
  if (rating === null) return null;
  if (rating >= 4) return [4, 5];
  if (rating <= 2) return [1, 2];
  return [2, 3, 4];
}

type Scope = { organizationId: string; propertyIds: string[]; ratings: number[] | null; excludeReviewId?: string };

/** Recent approved replies in scope (never ones the platform rejected), each with the machine draft it started from. */
export async function approvedTexts(db: Db, scope: Scope, take: number): Promise<(ApprovedText & { edited: boolean; propertyId: string })[]> {
  const review: Prisma.ReviewWhereInput = {
    propertyId: { in: scope.propertyIds },
    ...(scope.ratings ? { rating: { in: scope.ratings } } : {}),
    ...(scope.excludeReviewId ? { id: { not: scope.excludeReviewId } } : {}),
  };
  const rows = await db.reply.findMany({
    where: { organizationId: scope.organizationId, platformStatus: { not: "REJECTED" }, review },
    orderBy: { approvedAt: "desc" },
    take,
    select: {
      text: true,
      review: {
        select: {
          propertyId: true,
          drafts: { where: { origin: { not: "HUMAN" } }, orderBy: { createdAt: "asc" }, take: 1, select: { text: true } },
        },
      },
    },
  });
  return rows.map((r) => {
    const startedFrom = r.review.drafts[0]?.text ?? null;
    return { text: r.text, startedFrom, edited: startedFrom === null || phraseKey(startedFrom) !== phraseKey(r.text), propertyId: r.review.propertyId };
  });
}

/** Edited replies first; otherwise newest first (the order they came in). */
const editedFirst = <T extends { edited: boolean }>(rows: T[]) => [...rows.filter((r) => r.edited), ...rows.filter((r) => !r.edited)];

/**
 * The property's best approved replies for a review of `rating`, newest and edited first. When the
 * property has fewer than `limit`, its brand's other hotels fill in, leaving out replies that name their
 * own hotel or city (they would teach a draft to name the wrong hotel).
 */
export async function bestApprovedReplies(
  db: Db,
  input: { organizationId: string; propertyId: string; brandId: string | null; rating: number | null; excludeReviewId?: string; limit?: number },
): Promise<string[]> {
  const limit = input.limit ?? EXAMPLE_LIMIT;
  const ratings = similarRatings(input.rating);
  const own = editedFirst(await approvedTexts(db, { organizationId: input.organizationId, propertyIds: [input.propertyId], ratings, excludeReviewId: input.excludeReviewId }, CANDIDATES));
  const chosen = own.slice(0, limit).map((r) => r.text);
  if (chosen.length >= limit || !input.brandId) return chosen;

  const siblings = await db.property.findMany({
    where: { organizationId: input.organizationId, brandId: input.brandId, id: { not: input.propertyId } },
    select: { id: true, name: true, city: true },
  });
  if (siblings.length === 0) return chosen;
  const names = new Map(siblings.map((s) => [s.id, [s.name, s.city].map(phraseKey).filter((n) => n.length >= 3)]));
  const theirs = editedFirst(await approvedTexts(db, { organizationId: input.organizationId, propertyIds: siblings.map((s) => s.id), ratings }, CANDIDATES))
    .filter((r) => !(names.get(r.propertyId) ?? []).some((n) => phraseKey(r.text).includes(n)));
  return [...chosen, ...theirs.map((r) => r.text)].slice(0, limit);
}

/** The property's latest drafts and replies (other reviews), newest first, so a new draft does not read like them. */
export async function recentReplies(db: Db, input: { organizationId: string; propertyId: string; excludeReviewId?: string; limit?: number }): Promise<string[]> {
  const rows = await db.draft.findMany({
    where: { organizationId: input.organizationId, review: { propertyId: input.propertyId }, ...(input.excludeReviewId ? { reviewId: { not: input.excludeReviewId } } : {}) },
    orderBy: { createdAt: "desc" },
    take: (input.limit ?? RECENT_LIMIT) * 2,
    select: { text: true },
  });
  return [...new Set(rows.map((r) => r.text))].slice(0, input.limit ?? RECENT_LIMIT);
}
