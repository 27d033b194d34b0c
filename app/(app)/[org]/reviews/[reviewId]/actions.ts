"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-client";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { appQueues } from "@/lib/jobs/queues";
import { approveReply } from "@/lib/publishing/approve-reply";
import { requestPublish } from "@/lib/publishing/request-publish";
import { saveDraft } from "@/lib/publishing/save-draft";
import { reviewOrganization } from "@/lib/reviews/inbox";

// The organization is looked up from the review itself, never taken from the client.
async function memberForReview(reviewId: string, permission: "drafts.edit" | "replies.approve") {
  const organizationId = typeof reviewId === "string" ? await reviewOrganization(db, reviewId) : null;
  if (!organizationId) notFound();
  return requireMember(organizationId, permission);
}

export async function saveDraftAction(reviewId: string, text: string) {
  return runAction("saveDraft", { reviewId }, async () => {
    const { user, organization } = await memberForReview(reviewId, "drafts.edit");
    await saveDraft(db, { reviewId, text, actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/reviews`, "layout");
    return undefined;
  });
}

export async function approveAndPublishAction(reviewId: string, text: string) {
  return runAction("approveAndPublish", { reviewId }, async () => {
    const { user, organization } = await memberForReview(reviewId, "replies.approve");
    const reply = await approveReply(db, { reviewId, text, actor: { kind: "USER", userId: user.id } });
    // The approval stands even if the queue is unreachable: the workers re-queue stalled approvals.
    await requestPublish(db, appQueues(), reply.id).catch((err: Error) =>
      logger.error({ replyId: reply.id, err: err.message }, "could not queue the publish; the workers will resume it"),
    );
    revalidatePath(`/${organization.slug}/reviews`, "layout");
    return undefined;
  });
}
