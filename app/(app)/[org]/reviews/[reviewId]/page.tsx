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
import { ReviewAnalysisPanel, UrgencyBanner } from "@/components/review/review-analysis";
import { readStoredAnalysis } from "@/lib/reviews/analysis-schema";
import { ReviewHistory } from "@/components/review/review-history";
import { approveAndPublishAction, checkDraftAction, markPostedAction, regenerateDraftAction, saveDraftAction } from "./actions";
import { latestMachineDraft, readDraftFlags } from "@/lib/drafting/stored-draft";
import { readVoiceReport } from "@/lib/voice/voice-score";
import { draftOrigin } from "@/components/review/draft-labels";
import { ManualPost } from "@/components/review/manual-post";
import { PLATFORM_NAMES, sourceName } from "@/lib/platforms/names";
import { replyPostingUrl } from "@/lib/reviews/platform-url";

export const metadata: Metadata = { title: "Review" };

const DRAFT_WAIT_MS = 2 * 60_000;

export default async function ReviewPage({ params }: { params: Promise<{ org: string; reviewId: string }> }) {
  const { org, reviewId } = await params;
  // The tenant comes from the review; a review of another organization is simply not found.
  const organizationId = await reviewOrganization(db, reviewId);
  if (!organizationId) notFound();
  const { membership, organization } = await requireMember(organizationId, "reviews.read");
  if (organization.slug !== org) notFound();
  const [review, history, machineDraft] = await Promise.all([
    getReviewDetail(db, organizationId, reviewId),
    getReviewHistory(db, organizationId, reviewId),
    latestMachineDraft(db, organizationId, reviewId),
  ]);
  if (!review) notFound();

  const editable = OPEN_STATES.includes(review.replyState);
  const rules = REPLY_RULES[review.platform];
  const postByHand = rules.via === "manual" && review.replyState === "APPROVED" && review.reply !== null;
  const draft = review.drafts[0];
  // A draft normally arrives within seconds; past that, staff write the reply themselves.
  const draftComing = review.replyState === "AWAITING_DRAFT" && !draft && Date.now() - review.createdAt.getTime() < DRAFT_WAIT_MS;
  const timeZone = review.property.timeZone;
  const analysis = readStoredAnalysis(review.analysis);
  const writing = editable && !draftComing;
  // The reply sits in the right column on a laptop, as tall as the left column; its "why" panel sits in
  // the left column beside it. On a phone: review, reply, why, history.
  const replySectionClass = "space-y-3 rounded-lg lg:col-start-2 lg:row-span-3 lg:row-start-1 bg-white p-4 ring-1 ring-stone-200 sm:p-5";
  const failedNotice =
    review.replyState === "FAILED" && review.reply?.lastError ? (
      <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
        Publishing failed: {review.reply.lastError}. Check the text and try again.
      </p>
    ) : null;

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
      {analysis ? <UrgencyBanner urgency={analysis.urgency} /> : null}
      {/* On a phone: the review, the reply, its "why", the history. On a laptop the reply sits beside all three. */}
      <div className="grid items-start gap-4 lg:grid-cols-2 lg:grid-rows-[auto_auto_1fr]">
        <div className="space-y-4 lg:col-start-1">
          <ReviewCard review={review} timeZone={timeZone} />
          <ReviewAnalysisPanel analysis={analysis} />
        </div>
        {writing ? (
          <ReplyEditor
            // Remount only when the state moves (a draft arrives, a publish fails), not on every save:
            // the editor tracks its own saved draft, and remounting would drop its status message.
            key={review.replyState}
            reviewId={review.id}
            baseDraftId={draft?.id ?? null}
            initialText={draft?.text ?? ""}
            initialOrigin={draft ? draftOrigin({ ...draft, editorName: draft.createdBy?.name }) : null}
            initialAssessment={draft ? { flags: readDraftFlags(draft.flags), voiceReport: readVoiceReport(draft.voiceReport) } : null}
            machineDraft={machineDraft}
            maxLength={REPLY_RULES[review.platform].maxLength}
            canEdit={roleCan(membership.role, "drafts.edit")}
            canApprove={roleCan(membership.role, "replies.approve")}
            approveLabel={rules.via === "manual" ? "Approve" : review.replyState === "FAILED" ? "Retry publishing" : "Approve & publish"}
            notice={failedNotice}
            sectionClassName={replySectionClass}
            whyClassName="lg:col-start-1"
            save={saveDraftAction}
            approve={approveAndPublishAction}
            check={checkDraftAction}
            regenerate={regenerateDraftAction}
          />
        ) : (
          <section aria-label="Reply to the guest" className={replySectionClass}>
            {failedNotice}
            {review.replyState === "ANSWERED_ON_PLATFORM" ? (
              <p className="text-sm text-stone-600">This review was already answered on the platform before Lobby fetched it.</p>
            ) : review.replyState === "REPLY_NOT_ACCEPTED" ? (
              <p className="text-sm text-stone-600">{PLATFORM_NAMES[review.platform]} does not accept replies to reviews without text. Nothing to do here.</p>
            ) : postByHand && review.reply ? (
              <ManualPost
                reviewId={review.id}
                text={review.reply.text}
                platformName={sourceName(review)}
                platformUrl={replyPostingUrl(review)}
                canMark={roleCan(membership.role, "replies.approve")}
                markPosted={markPostedAction}
              />
            ) : editable ? (
              <p className="text-sm text-stone-600" role="status">Lobby is writing a draft for this review…</p>
            ) : review.reply ? (
              <PublishedReply reply={review.reply} timeZone={timeZone} />
            ) : null}
          </section>
        )}
        <div className="lg:col-start-1">
          <ReviewHistory events={history} timeZone={timeZone} />
        </div>
      </div>
    </div>
  );
}
