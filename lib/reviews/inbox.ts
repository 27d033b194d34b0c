import { z } from "zod";
import type { Db } from "../db";
import { inOrganization } from "../db";
import { ReplyState } from "../generated/prisma/enums";
import { readStoredAnalysis } from "./analysis-schema";
import { OPEN_STATES } from "./reply-states";

/** The inbox's filter tabs, in the words staff use. */
export const INBOX_STATUSES = {
  open: { label: "Needs reply", states: OPEN_STATES },
  publishing: { label: "Approved", states: ["APPROVED", "PUBLISHING"] },
  published: { label: "Published", states: ["PUBLISHED"] },
  answered: { label: "Answered elsewhere", states: ["ANSWERED_ON_PLATFORM"] },
  all: { label: "All", states: Object.values(ReplyState) },
} as const satisfies Record<string, { label: string; states: readonly ReplyState[] }>;

export type InboxStatus = keyof typeof INBOX_STATUSES;

/** How the list is ordered; "urgent" puts URGENT, then PROMPT reviews first, newest first within each. */
export const INBOX_SORTS = { newest: "Newest first", urgent: "Urgent first" } as const;
export type InboxSort = keyof typeof INBOX_SORTS;

export const inboxFilterSchema = z.object({
  status: z.enum(Object.keys(INBOX_STATUSES) as [InboxStatus, ...InboxStatus[]]).catch("open").default("open"),
  property: z.string().max(64).optional().catch(undefined),
  /** "1": only reviews whose analysis found something urgent. */
  urgent: z.literal("1").optional().catch(undefined),
  sort: z.enum(Object.keys(INBOX_SORTS) as [InboxSort, ...InboxSort[]]).catch("newest").default("newest"),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

function inboxWhere(organizationId: string, filter: InboxFilter) {
  return {
    ...inOrganization(organizationId),
    replyState: { in: [...INBOX_STATUSES[filter.status].states] },
    ...(filter.property ? { propertyId: filter.property } : {}),
    ...(filter.urgent ? { urgency: "URGENT" as const } : {}),
  };
}

export async function listInbox(db: Db, organizationId: string, filter: InboxFilter, take = 200) {
  const rows = await db.review.findMany({
    where: inboxWhere(organizationId, filter),
    // Urgency is an enum declared ROUTINE, PROMPT, URGENT: descending puts URGENT first.
    orderBy: filter.sort === "urgent" ? [{ urgency: "desc" }, { publishedAt: "desc" }] : { publishedAt: "desc" },
    take,
    select: {
      id: true,
      platform: true,
      authorName: true,
      rating: true,
      title: true,
      text: true,
      language: true,
      publishedAt: true,
      replyState: true,
      property: { select: { id: true, name: true } },
      connection: { select: { externalLocationId: true } },
      urgency: true,
    },
  });
  // The reasons of the few flagged rows only: whole analyses of 200 rows would be a heavy read.
  const flagged = rows.filter((r) => r.urgency !== "ROUTINE").map((r) => r.id);
  const analyses = flagged.length
    ? await db.review.findMany({ where: { ...inOrganization(organizationId), id: { in: flagged } }, select: { id: true, analysis: true } })
    : [];
  const reasons = new Map(analyses.map((a) => [a.id, readStoredAnalysis(a.analysis)?.urgency.reasons.map((r) => r.kind) ?? []]));
  return rows.map((r) => ({ ...r, urgencyReasons: reasons.get(r.id) ?? [] }));
}

/** How many reviews under the current status and property filters are URGENT. */
export function countUrgent(db: Db, organizationId: string, filter: InboxFilter) {
  return db.review.count({ where: inboxWhere(organizationId, { ...filter, urgent: "1" }) });
}

export async function countInbox(db: Db, organizationId: string, property?: string) {
  const groups = await db.review.groupBy({
    by: ["replyState"],
    where: { ...inOrganization(organizationId), ...(property ? { propertyId: property } : {}) },
    _count: { _all: true },
  });
  const byState = new Map(groups.map((g) => [g.replyState, g._count._all]));
  return Object.fromEntries(
    (Object.keys(INBOX_STATUSES) as InboxStatus[]).map((key) => [
      key,
      INBOX_STATUSES[key].states.reduce((sum, state) => sum + (byState.get(state) ?? 0), 0),
    ]),
  ) as Record<InboxStatus, number>;
}

export function listProperties(db: Db, organizationId: string) {
  return db.property.findMany({ where: inOrganization(organizationId), orderBy: { name: "asc" }, select: { id: true, name: true, city: true } });
}

/** The organization that owns a review: the tenant always comes from the resource. */
export async function reviewOrganization(db: Db, reviewId: string) {
  const review = await db.review.findUnique({ where: { id: reviewId }, select: { organizationId: true } });
  return review?.organizationId ?? null;
}

export async function getReviewDetail(db: Db, organizationId: string, reviewId: string) {
  return db.review.findFirst({
    where: { id: reviewId, ...inOrganization(organizationId) },
    include: {
      property: true,
      connection: { select: { externalLocationId: true } },
      revisions: { orderBy: { replacedAt: "desc" }, take: 5 },
      drafts: { orderBy: { createdAt: "desc" }, take: 1, include: { createdBy: { select: { name: true } } } },
      reply: { include: { approvedBy: { select: { name: true } } } },
    },
  });
}

export function getReviewHistory(db: Db, organizationId: string, reviewId: string) {
  return db.auditEvent.findMany({
    where: { ...inOrganization(organizationId), entityType: "review", entityId: reviewId },
    orderBy: { createdAt: "asc" },
    include: { actor: { select: { name: true } } },
  });
}
