import type { Metadata } from "next";
import { db } from "@/lib/db";
import { requireMemberBySlug } from "@/lib/auth/session";
import { countInbox, countUrgent, INBOX_SORTS, INBOX_STATUSES, inboxFilterSchema, listInbox, listProperties, type InboxSort, type InboxStatus } from "@/lib/reviews/inbox";
import { InboxFilters } from "@/components/inbox/inbox-filters";
import { InboxList } from "@/components/inbox/inbox-list";
import { ReviewSummary } from "@/components/inbox/review-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { Kbd } from "@/components/ui/kbd";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ params, searchParams }: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const { organization } = await requireMemberBySlug(org, "reviews.read");
  const filter = inboxFilterSchema.parse(await searchParams);
  const [reviews, counts, properties, urgentCount] = await Promise.all([
    listInbox(db, organization.id, filter),
    countInbox(db, organization.id, filter.property),
    listProperties(db, organization.id),
    countUrgent(db, organization.id, filter),
  ]);
  const sorts = (Object.keys(INBOX_SORTS) as InboxSort[]).map((key) => ({ key, label: INBOX_SORTS[key] }));
  const tabs = (Object.keys(INBOX_STATUSES) as InboxStatus[]).map((key) => ({ key, label: INBOX_STATUSES[key].label, count: counts[key] }));

  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-semibold tracking-tight">Inbox</h1>
        <p className="hidden text-xs text-stone-500 sm:block">
          <Kbd>j</Kbd> <Kbd>k</Kbd> to move, <Kbd>Enter</Kbd> to open
        </p>
      </div>
      <InboxFilters
        tabs={tabs}
        status={filter.status}
        properties={properties}
        property={filter.property}
        urgent={filter.urgent === "1"}
        urgentCount={urgentCount}
        sort={filter.sort}
        sorts={sorts}
      />
      {reviews.length === 0 ? (
        filter.urgent ? (
          <EmptyState title="Nothing urgent here">
            No review under these filters reports safety, hygiene, health, discrimination, legal or theft issues.
          </EmptyState>
        ) : (
          <EmptyState title={filter.status === "open" ? "Every review has a reply" : "No reviews here"}>
            {filter.status === "open"
              ? "New reviews appear here as soon as they are fetched from your platforms, with a draft reply ready."
              : "Try another status or property."}
          </EmptyState>
        )
      ) : (
        <InboxList rows={reviews.map((review) => ({ id: review.id, href: `/${org}/reviews/${review.id}`, cells: <ReviewSummary review={review} /> }))} />
      )}
    </div>
  );
}
