"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import { UserFacingError } from "@/lib/errors";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-client";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { appQueues } from "@/lib/jobs/queues";
import { approveReply } from "@/lib/publishing/approve-reply";
import { markReplyPosted } from "@/lib/publishing/mark-posted";
import { REPLY_RULES } from "@/lib/platforms/reply-rules";
import { requestPublish } from "@/lib/publishing/request-publish";
import { saveDraft } from "@/lib/publishing/save-draft";
import { regenerateDraft } from "@/lib/publishing/regenerate-draft";
import { checkReplyText } from "@/lib/publishing/reply-checks";
import { draftToneSchema, readDraftParts, readDraftTone } from "@/lib/drafting/stored-draft";
import { reviewOrganization } from "@/lib/reviews/inbox";

function parseEdit(input: unknown): ReplyEditInput {
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) throw new UserFacingError("The reply could not be read. Reload the page and try again.");
  return parsed.data;
}

// The organization is looked up from the review itself, never taken from the client.
async function memberForReview(reviewId: string, permission: "drafts.edit" | "replies.approve") {
  const organizationId = await reviewOrganization(db, reviewId);
  if (!organizationId) notFound();
  return requireMember(organizationId, permission);
}

/** The editor's payload, parsed here: server actions are public endpoints. */
const editSchema = z.object({ reviewId: z.string().min(1).max(64), baseDraftId: z.string().min(1).max(64).nullable(), text: z.string().max(20_000) });
export type ReplyEditInput = z.infer<typeof editSchema>;

export async function saveDraftAction(input: ReplyEditInput) {
  return runAction("saveDraft", { reviewId: input?.reviewId }, async () => {
    const edit = parseEdit(input);
    const { user, organization } = await memberForReview(edit.reviewId, "drafts.edit");
    const draft = await saveDraft(db, { ...edit, actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/reviews`, "layout");
    return { draftId: draft.id };
  });
}

export async function approveAndPublishAction(input: ReplyEditInput) {
  return runAction("approveAndPublish", { reviewId: input?.reviewId }, async () => {
    const edit = parseEdit(input);
    const { user, organization } = await memberForReview(edit.reviewId, "replies.approve");
    const { reply, draftId, platform } = await approveReply(db, { ...edit, actor: { kind: "USER", userId: user.id } });
    // Where the platform has no reply API, staff post it by hand next; otherwise Lobby sends it.
    // The approval stands even if the queue is unreachable: the workers re-queue stalled approvals.
    if (REPLY_RULES[platform].via === "api") {
      await requestPublish(db, appQueues(), reply.id).catch((err: Error) =>
        logger.error({ replyId: reply.id, err: err.message }, "could not queue the publish; the workers will resume it"),
      );
    }
    revalidatePath(`/${organization.slug}/reviews`, "layout");
    return { draftId };
  });
}

export async function markPostedAction(reviewId: string) {
  return runAction("markPosted", { reviewId }, async () => {
    if (typeof reviewId !== "string") throw new UserFacingError("Unknown review.");
    const { user, organization } = await memberForReview(reviewId, "replies.approve");
    await markReplyPosted(db, { reviewId, actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/reviews`, "layout");
    return undefined;
  });
}

const checkSchema = z.object({ reviewId: z.string().min(1).max(64), text: z.string().max(20_000) });

/**
 * Guardrail flags and voice score of the text in the editor, as staff type. Advisory only: saving and
 * approving check the text again on the server.
 */
export async function checkDraftAction(input: z.infer<typeof checkSchema>) {
  return runAction("checkDraft", { reviewId: input?.reviewId }, async () => {
    const parsed = checkSchema.safeParse(input);
    if (!parsed.success) throw new UserFacingError("The reply could not be read. Reload the page and try again.");
    await memberForReview(parsed.data.reviewId, "drafts.edit");
    const { flags, voiceReport } = await checkReplyText(db, parsed.data.reviewId, parsed.data.text);
    return { flags, voiceReport };
  });
}

const regenerateSchema = z.object({
  reviewId: z.string().min(1).max(64),
  baseDraftId: z.string().min(1).max(64).nullable(),
  tone: draftToneSchema.nullable(),
});

/** "Another version" and the tone control: a new machine draft, which becomes the text in the editor. */
export async function regenerateDraftAction(input: z.infer<typeof regenerateSchema>) {
  return runAction("regenerateDraft", { reviewId: input?.reviewId }, async () => {
    const parsed = regenerateSchema.safeParse(input);
    if (!parsed.success) throw new UserFacingError("The request could not be read. Reload the page and try again.");
    const { user, organization } = await memberForReview(parsed.data.reviewId, "drafts.edit");
    const { draft, assessment } = await regenerateDraft(db, { ...parsed.data, actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/reviews`, "layout");
    return {
      draftId: draft.id,
      text: draft.text,
      parts: readDraftParts(draft.parts),
      tone: readDraftTone(draft.tone),
      provider: draft.provider,
      promptVersion: draft.promptVersion,
      flags: assessment.flags,
      voiceReport: assessment.voiceReport,
    };
  });
}
