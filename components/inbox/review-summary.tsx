import type { Platform, ReplyState } from "@/lib/generated/prisma/enums";
import { ReplyStateBadge } from "@/components/review/reply-state-badge";
import { Stars } from "@/components/review/stars";
import { formatDate } from "@/components/review/labels";
import { sourceName } from "@/lib/platforms/names";
import type { UrgencyReason } from "@/lib/reviews/analyse";
import type { Urgency } from "@/lib/generated/prisma/enums";
import { UrgencyMarker } from "./urgency-marker";

export type ReviewSummaryData = {
  platform: Platform;
  connection: { externalLocationId: string };
  authorName: string;
  rating: number | null;
  title: string | null;
  text: string | null;
  publishedAt: Date;
  replyState: ReplyState;
  property: { name: string };
  urgency: Urgency;
  urgencyReasons: UrgencyReason["kind"][];
};

/** One inbox row: who, where, how many stars, what they said, and where the reply stands. */
export function ReviewSummary({ review }: { review: ReviewSummaryData }) {
  const excerpt = [review.title, review.text].filter(Boolean).join(" — ");
  return (
    <div className="grid grid-cols-[1fr_auto] items-start gap-x-3 gap-y-1 sm:grid-cols-[12rem_1fr_auto]">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-stone-900">{review.authorName}</p>
        <p className="truncate text-xs text-stone-500">
          {sourceName(review)} · {review.property.name}
        </p>
      </div>
      <div className="order-3 col-span-2 min-w-0 sm:order-none sm:col-span-1">
        <div className="flex items-center gap-2">
          <Stars rating={review.rating} />
          <time className="text-xs text-stone-500" dateTime={review.publishedAt.toISOString()}>{formatDate(review.publishedAt)}</time>
          <UrgencyMarker level={review.urgency} reasons={review.urgencyReasons} />
        </div>
        <p className="mt-0.5 line-clamp-2 text-sm text-stone-600">{excerpt || <span className="italic text-stone-400">Rating only, no text</span>}</p>
      </div>
      <div className="justify-self-end">
        <ReplyStateBadge state={review.replyState} />
      </div>
    </div>
  );
}
