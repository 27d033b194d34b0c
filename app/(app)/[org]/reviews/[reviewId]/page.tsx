import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { REPLY_RULES } from "@/lib/platforms/reply-rules";
import { OPEN_STATES } from "@/lib/reviews/reply-states";
import { getReviewDetail, getReviewHistory, reviewOrganization } from "@/lib/reviews/inbox";
import { LiveRefresh } from "@/components/review/live-refresh";
import { PublishedReply } from "@/components/review/published-reply";
import { ReplyEditor } from "@/components/review/reply-editor";
import { ReplyStateBadge } from "@/components/review/reply-state-badge";
import { ReviewCard } from "@/components/review/review-card";
import { ReviewHistory } from "@/components/review/review-history";
import { approveAndPublishAction, markPostedAction, saveDraftAction } from "./actions";
import { ManualPost } from "@/components/review/manual-post";
import { PLATFORM_NAMES } from "@/lib/platforms/names";
import { platformReviewUrl } from "@/lib/reviews/platform-url";

export const metadata: Metadata = { title: "Review" };

const DRAFT_WAIT_MS = 2 * 60_000;

export default async function ReviewPage({ params }: { params: Promise<{ org: string; reviewId: string }> }) {
  const { org, reviewId } = await params;
  // The tenant comes from the review; a review of another organization is simply not found.
  const organizationId = await reviewOrganization(db, reviewId);
  if (!organizationId) notFound();
  const { membership, organization } = await requireMember(organizationId, "reviews.read");
  if (organization.slug !== org) notFound();
  const [review, history] = await Promise.all([getReviewDetail(db, organizationId, reviewId), getReviewHistory(db, organizationId, reviewId)]);
  if (!review) notFound();

  const editable = OPEN_STATES.includes(review.replyState);
  const rules = REPLY_RULES[review.platform];
  const postByHand = rules.via === "manual" && review.replyState === "APPROVED" && review.reply !== null;
  const draft = review.drafts[0];
  // A draft normally arrives within seconds; past that, staff write the reply themselves.
  const draftComing = review.replyState === "AWAITING_DRAFT" && !draft && Date.now() - review.createdAt.getTime() < DRAFT_WAIT_MS;
  const timeZone = review.property.timeZone;

  return (
    <div className="space-y-4">
      <LiveRefresh active={(review.replyState === "APPROVED" && !postByHand) || review.replyState === "PUBLISHING" || draftComing} />
      <nav className="flex items-center justify-between gap-3 text-sm">
        <Link href={`/${org}/reviews`} className="text-stone-600 hover:text-stone-900">← Inbox</Link>
        <ReplyStateBadge state={review.replyState} />
      </nav>
      <div>
        <h1 className="text-xl font-semibold tracking-tight">{review.property.name}</h1>
        <p className="text-sm text-stone-500">{review.property.city}, {review.property.country}</p>
      </div>
      {/* On a phone: the review, then the reply, then the history. On a laptop the reply sits beside both. */}
      <div className="grid items-start gap-4 lg:grid-cols-2 lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-1">
          <ReviewCard review={review} timeZone={timeZone} />
        </div>
        <section aria-label="Reply to the guest" className="space-y-3 rounded-lg lg:col-start-2 lg:row-span-2 lg:row-start-1 bg-white p-4 ring-1 ring-stone-200 sm:p-5">
          {review.replyState === "FAILED" && review.reply?.lastError ? (
            <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
              Publishing failed: {review.reply.lastError}. Check the text and try again.
            </p>
          ) : null}
          {review.replyState === "ANSWERED_ON_PLATFORM" ? (
            <p className="text-sm text-stone-600">This review was already answered on the platform before Lobby fetched it.</p>
          ) : review.replyState === "REPLY_NOT_ACCEPTED" ? (
            <p className="text-sm text-stone-600">{PLATFORM_NAMES[review.platform]} does not accept replies to reviews without text. Nothing to do here.</p>
          ) : postByHand && review.reply ? (
            <ManualPost
              reviewId={review.id}
              text={review.reply.text}
              platformName={PLATFORM_NAMES[review.platform]}
              platformUrl={platformReviewUrl(review.raw)}
              canMark={roleCan(membership.role, "replies.approve")}
              markPosted={markPostedAction}
            />
          ) : editable ? (
            !draftComing ? (
              <>
                {!draft ? (
                  <p className="text-xs text-stone-500">No draft yet: write the reply yourself, or come back in a moment.</p>
                ) : (
                  <p className="text-xs text-stone-500">
                    {draft.origin === "HUMAN" ? `Edited by ${draft.createdBy?.name ?? "a former member"}` : `Drafted by Lobby (${draft.provider}, ${draft.promptVersion})`}
                  </p>
                )}
                <ReplyEditor
                  // Remount only when the state moves (a draft arrives, a publish fails), not on every save:
                  // the editor tracks its own saved draft, and remounting would drop its status message.
                  key={review.replyState}
                  reviewId={review.id}
                  baseDraftId={draft?.id ?? null}
                  initialText={draft?.text ?? ""}
                  maxLength={REPLY_RULES[review.platform].maxLength}
                  canEdit={roleCan(membership.role, "drafts.edit")}
                  canApprove={roleCan(membership.role, "replies.approve")}
                  save={saveDraftAction}
                  approve={approveAndPublishAction}
                  approveLabel={rules.via === "manual" ? "Approve" : review.replyState === "FAILED" ? "Retry publishing" : "Approve & publish"}
                />
              </>
            ) : (
              <p className="text-sm text-stone-600" role="status">Lobby is writing a draft for this review…</p>
            )
          ) : review.reply ? (
            <PublishedReply reply={review.reply} timeZone={timeZone} />
          ) : null}
        </section>
        <div className="lg:col-start-1">
          <ReviewHistory events={history} timeZone={timeZone} />
        </div>
      </div>
    </div>
  );
}
