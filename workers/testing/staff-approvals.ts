import type { Db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Queues } from "@/lib/jobs/queues";
import { approveReply } from "@/lib/publishing/approve-reply";
import { requestPublish } from "@/lib/publishing/request-publish";
import type { GroupPlatform } from "@/sandbox/hotel-group";
import { reviewKey, type ListedReview } from "./platform-listing";

// Staff approving drafted replies the way the review page's "Approve and publish" does
// (approveAndPublishAction): approveReply, then requestPublish, whose failure (Redis away) the
// action only logs because the workers re-queue stalled approvals.

export interface Approval {
  replyId: string;
  reviewId: string;
  /** reviewKey() of the review on its platform. */
  key: string;
  platform: GroupPlatform;
  externalId: string;
  text: string;
  /** False when queueing the publish failed (the workers must find it on their own). */
  queued: boolean;
}

export interface ApprovalRound {
  db: Db;
  queues: Queues;
  organizationId: string;
  managerId: string;
  /** What the platforms hold now, to skip reviews a platform would refuse a reply for. */
  listing: Map<string, ListedReview>;
  /** Reviews the test touches otherwise (edited, deleted) or approved already. */
  avoid: Set<string>;
}

/** Approves up to `count` drafted reviews of a platform, each from its latest draft as staff would. */
export async function approveDrafted(round: ApprovalRound, platform: GroupPlatform, count: number): Promise<Approval[]> {
  const candidates = await round.db.review.findMany({
    where: { organizationId: round.organizationId, platform, replyState: "DRAFTED", deletedAt: null },
    include: { drafts: { orderBy: { createdAt: "desc" }, take: 1 }, connection: { select: { externalLocationId: true } } },
    orderBy: { id: "asc" },
    take: count * 3,
  });
  const approved: Approval[] = [];
  for (const review of candidates) {
    if (approved.length >= count) break;
    const key = reviewKey(platform, review.connection.externalLocationId, review.externalId);
    const draft = review.drafts[0];
    if (!draft || round.avoid.has(key) || !round.listing.get(key)?.acceptsReply) continue;
    try {
      const { reply } = await approveReply(round.db, { reviewId: review.id, text: draft.text, baseDraftId: draft.id, actor: { kind: "USER", userId: round.managerId } });
      round.avoid.add(key);
      approved.push({ replyId: reply.id, reviewId: review.id, key, platform, externalId: review.externalId, text: reply.text, queued: false });
    } catch (error) {
      // A draft the platform would not take (too long for it) is left for staff to shorten.
      if (!(error instanceof UserFacingError)) throw error;
    }
  }
  return approved;
}

/** Queues the publishes; a failure is kept (queued: false), as the dashboard's action keeps the approval. */
export async function queuePublishes(db: Db, queues: Queues, approvals: Approval[]): Promise<void> {
  await Promise.all(
    approvals.map(async (approval) => {
      approval.queued = await requestPublish(db, queues, approval.replyId).then(
        () => true,
        () => false,
      );
    }),
  );
}
